/** Interface words of the search page in both languages (the site's ui.ts holds the rest). */
import type { Locale } from '@glasnik/cms/contract/locales';
import type { SearchType } from '@glasnik/cms/contract/search-query';

export interface SearchLabels {
  query: string;
  submit: string;
  type: string;
  year: string;
  anyType: string;
  anyYear: string;
  types: Record<SearchType, string>;
  typeHint: string;
  searching: string;
  results: (count: number, q: string) => string;
  none: (q: string) => string;
  more: string;
  unavailable: string;
  notConfigured: string;
  noJs: string;
  browse: string;
}

export const searchLabels: Record<Locale, SearchLabels> = {
  bg: {
    query: 'Какво търсите?',
    submit: 'Търсене',
    type: 'Вид',
    year: 'Година',
    anyType: 'Всички видове',
    anyYear: 'Всички години',
    types: {
      'news-article': 'Новина',
      'press-release': 'Прессъобщение',
      campaign: 'Кампания',
      event: 'Събитие',
      'media-asset': 'Снимка или файл',
      agreement: 'Споразумение',
      page: 'Страница',
    },
    typeHint: 'Въведете дума, за да търсите.',
    searching: 'Търсене…',
    results: (count, q) => (count === 1 ? `1 резултат за „${q}“` : `${count} резултата за „${q}“`),
    none: (q) => `Няма резултати за „${q}“. Проверете правописа или опитайте с по-обща дума.`,
    more: 'Още резултати',
    unavailable: 'Търсенето временно не работи. Опитайте по-късно или разгледайте:',
    notConfigured: 'Търсенето не е включено на този сайт. Разгледайте:',
    noJs: 'Търсенето работи с JavaScript. Без него можете да разгледате:',
    browse: 'Списъци',
  },
  en: {
    query: 'What are you looking for?',
    submit: 'Search',
    type: 'Type',
    year: 'Year',
    anyType: 'All types',
    anyYear: 'All years',
    types: {
      'news-article': 'News',
      'press-release': 'Press release',
      campaign: 'Campaign',
      event: 'Event',
      'media-asset': 'Photo or file',
      agreement: 'Agreement',
      page: 'Page',
    },
    typeHint: 'Type a word to search.',
    searching: 'Searching…',
    results: (count, q) => (count === 1 ? `1 result for “${q}”` : `${count} results for “${q}”`),
    none: (q) => `No results for “${q}”. Check the spelling or try a more general word.`,
    more: 'More results',
    unavailable: 'Search is not working right now. Try again later, or browse:',
    notConfigured: 'Search is not switched on for this site. Browse:',
    noJs: 'Search needs JavaScript. Without it you can browse:',
    browse: 'Lists',
  },
};
