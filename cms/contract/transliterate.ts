/**
 * Bulgarian → Latin transliteration for slugs.
 * TODO(lead): re-export the CMS's implementation from cms/src/lib/transliterate.ts once it exists, so
 * slugs made by the CMS and any built by the site or scripts agree; it was not there when the contract
 * was written, and a second copy here would drift.
 */
export {};
