/**
 * Bulgarian → Latin transliteration (Transliteration Act 2009) and slugs, as the CMS makes them: one
 * implementation, so slugs built by the site or scripts agree with the CMS's.
 */
export { transliterate, slugify, isSlug, MAX_SLUG_LENGTH } from '../src/lib/transliterate';
