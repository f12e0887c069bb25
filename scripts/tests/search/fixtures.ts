/**
 * Items shaped as the Strapi REST read API returns them, one or more of every search type, with the
 * names search must handle: a partner town written "Русе"/"Ruse", agreements ("споразумение"), an event
 * and a press release mentioning the mayor ("кметът").
 */
type Item = Record<string, unknown>;

const stamp = '2026-02-01T09:00:00.000Z';
let row = 1;
const base = (documentId: string, locale: 'bg' | 'en', extra: Item = {}): Item => ({
  id: row++,
  documentId,
  locale,
  createdAt: stamp,
  updatedAt: stamp,
  publishedAt: stamp,
  ...extra,
});
const blocks = (...paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
const image = (id: number, alt: string): Item => ({
  id,
  documentId: `file${id}`,
  name: `photo-${id}.jpg`,
  alternativeText: alt,
  caption: null,
  width: 1600,
  height: 1000,
  formats: {
    thumbnail: {
      url: `/uploads/thumbnail_photo_${id}.jpg`,
      width: 245,
      height: 153,
      mime: 'image/jpeg',
      size: 8,
    },
  },
  ext: '.jpg',
  mime: 'image/jpeg',
  size: 200,
  url: `/uploads/photo_${id}.jpg`,
});

export const fixtureItems: Record<'bg' | 'en', Record<string, Item[]>> = {
  bg: {
    'news-article': [
      base('news1', 'bg', {
        title: 'Кметът откри новия кей на Дунав',
        slug: 'kmetat-otkri-noviya-key',
        summary: 'Новият пристан свързва Дунавец с Русе по вода.',
        body: blocks('Кметът Мирослав Петков преряза лентата.', 'Корабите до Русе тръгват всеки ден.'),
        cover: image(1, 'Кейът при изгрев'),
        tags: [{ id: 1, documentId: 'tag1', name: 'Транспорт', slug: 'transport' }],
        category: { id: 1, documentId: 'cat1', name: 'Инфраструктура', slug: 'infrastruktura' },
        firstPublishedAt: '2025-11-20T08:00:00.000Z',
      }),
      base('news2', 'bg', {
        title: 'Общината обяви конкурс за млади художници',
        slug: 'konkurs-hudozhnitsi',
        summary: 'Конкурсът е отворен до края на март.',
        body: blocks('Творбите се подават в читалището.'),
        firstPublishedAt: '2026-01-15T08:00:00.000Z',
      }),
    ],
    'press-release': [
      base('pr1', 'bg', {
        title: 'Бюджет 2026 е приет от Общинския съвет',
        slug: 'byudzhet-2026',
        summary: 'Кметът внесе проектобюджета през януари.',
        body: blocks('Общинският съвет прие бюджета с 21 гласа.'),
        releaseDate: '2026-01-28T10:00:00.000Z',
        referenceNumber: 'PR-2026-004',
      }),
    ],
    campaign: [
      base('camp1', 'bg', {
        title: 'Чист бряг',
        slug: 'chist-bryag',
        summary: 'Доброволци почистват брега на Дунав.',
        body: blocks('Присъединете се в събота.'),
        startDate: '2026-04-01',
        campaignStatus: 'upcoming',
      }),
    ],
    event: [
      base('ev1', 'bg', {
        title: 'Пресконференция на кмета',
        slug: 'preskonferentsiya',
        summary: 'Отчет за първите сто дни.',
        description: blocks('Журналистите се акредитират по имейл.'),
        start: '2026-03-05T08:00:00.000Z',
        kind: 'press_conference',
        eventStatus: 'scheduled',
        venue: { name: 'Зала „Русе“', address: 'пл. „Свобода“ 1, Дунавец' },
      }),
    ],
    'media-asset': [
      base('media1', 'bg', {
        title: 'Панорама на кея',
        file: image(2, 'Кейът отгоре'),
        caption: 'Кейът от въздуха',
        altText: 'Кейът отгоре',
        credit: 'Община Дунавец',
        licence: 'cc_by_4_0',
        takenOn: '2025-10-01',
        takenAt: 'Дунавец',
      }),
    ],
    agreement: [
      base('agr1', 'bg', {
        title: 'Споразумение за побратимяване с Русе',
        slug: 'sporazumenie-ruse',
        registerNumber: 'МД-2019-003',
        partnerName: 'Община Русе',
        partnerCountry: 'BG',
        kind: 'twinning',
        subject: 'Сътрудничество в речния туризъм.',
        signedOn: '2019-02-18',
        agreementStatus: 'in_force',
        areas: ['туризъм', 'култура'],
      }),
      base('agr2', 'bg', {
        title: 'Меморандум за сътрудничество с Портулешти',
        slug: 'memorandum-portuleshti',
        registerNumber: 'МД-2021-002',
        partnerName: 'Община Портулешти',
        partnerCountry: 'RO',
        kind: 'memorandum',
        subject: 'Споразумение за фериботната връзка.',
        signedOn: '2021-05-28',
        agreementStatus: 'in_force',
        areas: ['транспорт'],
      }),
    ],
    page: [
      base('page1', 'bg', {
        title: 'Декларация за достъпност',
        slug: 'dostapnost',
        summary: 'Как правим сайта достъпен.',
        body: blocks('Сайтът отговаря на WCAG 2.2 AA.'),
        kind: 'accessibility',
      }),
    ],
  },
  en: {
    'news-article': [
      base('news1', 'en', {
        title: 'Mayor opens the new Danube pier',
        slug: 'mayor-opens-pier',
        summary: 'The new pier links Dunavets with Ruse by river.',
        body: blocks('Mayor Miroslav Petkov cut the ribbon.'),
        firstPublishedAt: '2025-11-20T08:00:00.000Z',
      }),
    ],
    agreement: [
      base('agr1', 'en', {
        title: 'Twinning agreement with Ruse',
        slug: 'agreement-ruse',
        registerNumber: 'МД-2019-003',
        partnerName: 'Ruse Municipality',
        partnerCountry: 'BG',
        kind: 'twinning',
        subject: 'Cooperation in river tourism.',
        signedOn: '2019-02-18',
        agreementStatus: 'in_force',
        areas: ['tourism', 'culture'],
      }),
    ],
  },
};
