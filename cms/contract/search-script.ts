/**
 * Latin ↔ Cyrillic forms of words, so that "Ruse" finds "Русе" and "Русе" finds "Ruse". Cyrillic goes to
 * Latin by the official Bulgarian system (the CMS's slug transliteration, one table for both); Latin goes
 * back to Cyrillic by the reverse of that table, which is right for Bulgarian names written in Latin
 * ("Dunavets" → "дунавец") and harmless noise for other words (they live in a field searched last).
 * Pure functions: the site and the scripts use them too.
 */
import { transliterate } from './transliterate';

export { transliterate } from './transliterate';

/** Reverse of the official table; longer Latin groups first so "sht" wins over "s" + "h" + "t". */
const LATIN_TO_CYRILLIC: ReadonlyArray<readonly [string, string]> = [
  ['sht', 'щ'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['i', 'и'],
  ['y', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  // Letters the official table never produces, read the way Bulgarian spells foreign names.
  ['c', 'к'],
  ['q', 'к'],
  ['w', 'в'],
  ['x', 'кс'],
  ['j', 'дж'],
];

const CYRILLIC = /[\u0400-\u04FF]/u;
const LATIN = /[a-z]/iu;

/**
 * Bulgarian Cyrillic spelling of a Latin word, by the reverse of the official transliteration.
 * @example latinToCyrillic('Dunavets') === 'дунавец'; latinToCyrillic('Bulgaria') === 'булгария'
 */
export function latinToCyrillic(word: string): string {
  const plain = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  let out = '';
  let rest = plain;
  while (rest.length > 0) {
    // Word-final "ia" is how the official table writes "ия" (България → Bulgaria).
    if (rest === 'ia') {
      out += 'ия';
      break;
    }
    const match = LATIN_TO_CYRILLIC.find(([latin]) => rest.startsWith(latin));
    if (match) {
      out += match[1];
      rest = rest.slice(match[0].length);
    } else {
      out += rest[0];
      rest = rest.slice(1);
    }
  }
  return out;
}

/**
 * Every word of `text` in the other script: Cyrillic words in Latin, Latin words in Cyrillic; each form
 * once, words that have no other form left out. Indexed beside the original so either spelling matches.
 * @example crossScriptForms('Кмет на Русе, Mayor Petkov') === 'Kmet na Ruse майор петков'
 */
export function crossScriptForms(text: string): string {
  const forms = new Set<string>();
  for (const word of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2) continue;
    const form = otherScriptForm(word);
    if (form !== null) forms.add(form);
  }
  return [...forms].join(' ');
}

/**
 * Remembered forms: an archive repeats the same words in thousands of items, and converting each
 * occurrence again was ~40 % of the full reindex's document building (~3 s of CPU at 10,000 items).
 */
const formCache = new Map<string, string | null>();
const FORM_CACHE_LIMIT = 100_000;

/** The word in the other script, or null when it has no letters of either script. */
function otherScriptForm(word: string): string | null {
  const known = formCache.get(word);
  if (known !== undefined) return known;
  const form = CYRILLIC.test(word) ? transliterate(word) : LATIN.test(word) ? latinToCyrillic(word) : null;
  if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
  formCache.set(word, form);
  return form;
}
