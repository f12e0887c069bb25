import type { Core } from '@strapi/strapi';

/** Bulgarian is the default language of Glasnik, English the second. */
export const GLASNIK_LOCALES = [
  { code: 'bg', name: 'Български (bg)' },
  { code: 'en', name: 'English (en)' },
] as const;
export const DEFAULT_LOCALE = 'bg';

/** Creates the bg and en locales if missing and makes bg the default. Idempotent. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of GLASNIK_LOCALES) {
    const existing: unknown = await locales.findByCode(locale.code);
    if (!existing) await locales.create({ code: locale.code, name: locale.name });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE)
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
