/**
 * Latin forms of the demo's Bulgarian text. Slugs come from the CMS's own transliteration (official
 * Bulgarian system), so the seed's slugs are exactly the ones the CMS would make from the titles.
 */
import { slugify, transliterate } from '../../src/lib/transliterate';

export { slugify };

const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  ı: 'i',
  İ: 'I',
};

/**
 * Plain printable ASCII for the PDF base fonts: Cyrillic transliterated, diacritics stripped
 * (ă → a), typographic quotes and dashes simplified, anything else dropped.
 */
export function toAscii(text: string): string {
  return (
    transliterate(text)
      // Letters with strokes do not decompose under NFKD (Wiślany → "Wilany" needs ł → l by hand).
      .replace(/[łŁđĐøØßıİ]/g, (char) => LETTERS_WITHOUT_DECOMPOSITION[char] ?? '')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[„“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/[–—]/g, '-')
      .replace(/[^\x20-\x7e]/g, '')
  );
}
