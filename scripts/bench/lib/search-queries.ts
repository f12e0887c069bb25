/**
 * A reproducible mix of search queries made from the words of an archive's own titles, the way readers
 * type them: one to three words, Bulgarian words also in Latin letters, the last word often cut short
 * (a prefix, as typed), some with a type or year filter, and some that must find nothing.
 */
import { transliterate, type Locale } from '@glasnik/cms/contract/search';
import { createRandom } from '../../../cms/scripts/seed/prng.ts';

/** What the generator needs of a search document. */
export interface TitleSample {
  locale: Locale;
  title: string;
  type: string;
  year: number | null;
}

export interface BenchQuery {
  locale: Locale;
  q: string;
  type?: string;
  year?: string;
  /** Labels for the per-kind table: `1 word`, `latin`, `prefix`, `filtered`, `no hits`, … */
  kinds: string[];
}

/** A year before any archive item (the corpus spans ten years before 2026): a filter on it finds nothing. */
const EMPTY_YEAR = '1987';

const wordsOf = (title: string): string[] =>
  title.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 && /\p{L}/u.test(word));

/** A word no title contains: consonants only, in the locale's script. */
function nonsense(random: () => number, cyrillic: boolean): string {
  const letters = cyrillic ? 'бвгджзклмнпрстфхцчшщ' : 'bcdfghjklmnpqrstvwxz';
  return Array.from({ length: 7 }, () => letters[Math.floor(random() * letters.length)]).join('');
}

/**
 * @param samples titles of the indexed documents (both locales)
 * @throws {Error} when there are no titles to draw words from.
 */
export function makeQueries(samples: readonly TitleSample[], count: number, seed = 42): BenchQuery[] {
  const random = createRandom(seed).next;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const byLocale = {
    bg: samples.filter((sample) => sample.locale === 'bg' && wordsOf(sample.title).length > 0),
    en: samples.filter((sample) => sample.locale === 'en' && wordsOf(sample.title).length > 0),
  };
  if (byLocale.bg.length === 0)
    throw new Error('No Bulgarian titles to make queries from: is the index empty?');
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const locale: Locale = byLocale.en.length > 0 && random() < 0.35 ? 'en' : 'bg';
    const sample = pick(byLocale[locale]);
    const words = wordsOf(sample.title);
    const roll = random();
    const wanted = roll < 0.5 ? 1 : roll < 0.8 ? 2 : 3;
    const start = Math.floor(random() * Math.max(1, words.length - wanted + 1));
    let chosen = words.slice(start, start + wanted);
    const kinds = [`${chosen.length} word${chosen.length === 1 ? '' : 's'}`];
    if (locale === 'bg' && random() < 0.25) {
      chosen = chosen.map((word) => transliterate(word));
      kinds.push('latin');
    }
    if (random() < 0.3) {
      const last = chosen[chosen.length - 1]!;
      if (last.length > 3) {
        chosen[chosen.length - 1] = last.slice(0, 3 + Math.floor(random() * (last.length - 3)));
        kinds.push('prefix');
      }
    }
    const query: BenchQuery = { locale, q: chosen.join(' '), kinds };
    const filter = random();
    if (filter < 0.15) query.type = sample.type;
    else if (filter < 0.3 && sample.year !== null) query.year = String(sample.year);
    else if (filter < 0.4 && sample.year !== null) {
      query.type = sample.type;
      query.year = String(sample.year);
    }
    if (query.type || query.year) kinds.push('filtered');
    const empty = random();
    if (empty < 0.05) {
      query.q = nonsense(random, locale === 'bg');
      query.kinds = ['1 word', 'no hits'];
      delete query.type;
      delete query.year;
    } else if (empty < 0.08) {
      query.year = EMPTY_YEAR;
      if (!kinds.includes('filtered')) kinds.push('filtered');
      kinds.push('no hits');
    }
    queries.push(query);
  }
  return queries;
}
