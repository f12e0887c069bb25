/**
 * Bulgarian → Latin by the official Bulgarian system (Transliteration Act 2009, "Streamlined System"):
 * щ → sht, ъ → a, ь → y, ю → yu, я → ya, and "ия" at the end of a word → "ia" (България → Bulgaria).
 * Used for the demo's stable slugs and for the Latin text in generated PDFs (the PDF base fonts have
 * no Cyrillic).
 */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

/** Transliterates Bulgarian Cyrillic, keeping the case of each letter; other characters pass through. */
export function transliterate(text: string): string {
  return text
    .replace(/ия(?=$|[^\p{L}])/gu, 'ia')
    .replace(/ИЯ(?=$|[^\p{L}])/gu, 'IA')
    .replace(/\p{L}/gu, (char) => {
      const lower = char.toLowerCase();
      const latin = LETTERS[lower];
      if (latin === undefined) return char;
      if (char === lower) return latin;
      // Upper case: "Щ" → "Sht" at the start of a word, all-caps words are rare enough to ignore.
      return latin.charAt(0).toUpperCase() + latin.slice(1);
    });
}

/** Plain ASCII: transliterated, diacritics stripped (ä → a), anything else outside ASCII dropped. */
export function toAscii(text: string): string {
  return transliterate(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[„“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '');
}

/** URL slug from a Bulgarian or English title: lower case, ASCII letters and digits joined by "-". */
export function slugify(title: string, maxLength = 80): string {
  const slug = toAscii(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 20 ? cut.slice(0, lastDash) : cut;
}
