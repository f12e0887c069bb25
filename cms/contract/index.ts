/**
 * The CMS ↔ site contract (`@glasnik/cms/contract`): what the public read API returns, the locales, the
 * public URLs and text helpers. Plain TypeScript with no Node-only APIs: imported by the Astro site
 * (Vite), the scripts (tsx) and the CMS (CommonJS tsc).
 */
export * from './locales';
export * from './common';
export * from './blocks';
export * from './blocks-text';
export * from './content-types';
export * from './public-types';
export * from './urls';
export * from './transliterate';
