/** Shapes of the demo data: every editorial text exists in Bulgarian (default locale) and English. */
export interface Bilingual<T = string> {
  bg: T;
  en: T;
}

/** Text of a body in both languages: paragraphs separated by blank lines. */
export type BilingualText = Bilingual<string>;
