/** The languages Glasnik publishes in. Bulgarian is the default and the language every item exists in first. */
export const locales = ['bg', 'en'] as const;

/** One of the published languages, as Strapi's i18n plugin names it (`locale` on every document). */
export type Locale = (typeof locales)[number];

/** The language of the municipality; an item not yet translated is shown in it on the English site. */
export const defaultLocale: Locale = 'bg';

/** BCP 47 language tags for `lang` attributes, `og:locale` and feeds. */
export const localeTags: Record<Locale, { lang: string; ogLocale: string; name: string }> = {
  bg: { lang: 'bg', ogLocale: 'bg_BG', name: 'Български' },
  en: { lang: 'en', ogLocale: 'en_GB', name: 'English' },
};

/** Type guard: is this string one of the published locales? */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language, for the language switcher. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'bg' ? 'en' : 'bg';
}
