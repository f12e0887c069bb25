/**
 * Bulgarian → Latin transliteration by the official system of the Transliteration Act
 * (Закон за транслитерацията, 2009), and URL slugs built on it. Pure functions with no Strapi
 * dependency, so the site, search and scripts can reuse them (re-exported by `@glasnik/cms/contract`).
 */

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
};

/** The Act's one named exception: the country's name keeps its established spelling. */
const EXCEPTIONS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}])България(?![\p{L}\p{N}])/gu, 'Bulgaria'],
  [/(?<![\p{L}\p{N}])БЪЛГАРИЯ(?![\p{L}\p{N}])/gu, 'BULGARIA'],
];

/** "ия" closing a word is written "ia" (България → Bulgaria), everywhere else "iya". */
const WORD_FINAL_IA = /ия(?![\p{L}\p{N}])/gu;
const WORD_FINAL_IA_UPPER = /ИЯ(?![\p{L}\p{N}])/gu;

function transliterateChar(char: string): string {
  const lower = char.toLowerCase();
  const latin = CYRILLIC_TO_LATIN[lower];
  if (latin === undefined) return char;
  if (char === lower) return latin;
  // Capital letter: capitalise the first Latin letter only ("Щ" → "Sht"), as the Act's examples do.
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * Transliterates Bulgarian Cyrillic to Latin letters; other characters pass through unchanged.
 * @example transliterate('Русе') === 'Ruse'; transliterate('България') === 'Bulgaria'
 */
export function transliterate(text: string): string {
  const withExceptions = EXCEPTIONS.reduce(
    (current, [pattern, latin]) => current.replace(pattern, latin),
    text.normalize('NFC'),
  );
  const withFinalIa = withExceptions.replace(WORD_FINAL_IA_UPPER, 'IA').replace(WORD_FINAL_IA, 'ia');
  let out = '';
  for (const char of withFinalIa) out += transliterateChar(char);
  return out;
}

/** Longest slug we generate; long titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 96;

/**
 * URL slug from any title: Bulgarian transliteration, accents removed, lower case, words joined by
 * "-", nothing but `[a-z0-9-]` left (so no "../", no look-alike Unicode letters).
 * Returns "" when nothing usable remains (e.g. a title of only emoji); callers choose a fallback.
 * @example slugify('Русе и Гюргево подписаха споразумение') === 'ruse-i-gyurgevo-podpisaha-sporazumenie'
 */
export function slugify(text: string): string {
  const ascii = transliterate(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : ascii.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/g, '');
}

/** True when `value` is a slug {@link slugify} could have produced. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 200;
}
