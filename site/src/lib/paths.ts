/** getStaticPaths helpers shared by the list pages. */
import { locales, type Locale } from '@glasnik/cms/contract';
import { pages } from './content';

/** Items per page of every paginated list. */
export const PAGE_SIZE = 12;

/**
 * Paths of a paginated list for one locale: page 1 at the list's own path (`page` undefined), page n at
 * `page/n`. Used with a rest parameter `[...page]`.
 */
export function paginatedPaths<T, Extra extends Record<string, string>>(
  lang: Locale,
  items: readonly T[],
  extra: Extra = {} as Extra,
) {
  const chunks = pages(items, PAGE_SIZE);
  return chunks.map((chunk, index) => ({
    params: { lang, ...extra, page: index === 0 ? undefined : `page/${index + 1}` },
    props: { items: chunk, current: index + 1, total: chunks.length },
  }));
}

/** `{ params: { lang } }` for each locale. */
export const localePaths = () => locales.map((lang) => ({ params: { lang } }));
