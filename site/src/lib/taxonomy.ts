/** Paths of the category and tag lists: one list per category/tag per locale, paginated. */
import { locales } from '@glasnik/cms/contract';
import { articleDate, localizedItems, newestFirst, withListCacheKeys } from './content';
import { paginatedPaths } from './paths';

/** getStaticPaths for `/[lang]/news/{category|tag}/[slug]/[...page]`. */
export async function taxonomyPaths(kind: 'categories' | 'tags') {
  const paths = [];
  for (const lang of locales) {
    const news = newestFirst(await localizedItems('newsArticles', lang), articleDate);
    for (const term of await localizedItems(kind, lang)) {
      const matching = news.filter((entry) =>
        kind === 'categories'
          ? entry.item.category?.documentId === term.item.documentId
          : entry.item.tags.some((tag) => tag.documentId === term.item.documentId),
      );
      const termPaths = paginatedPaths(lang, matching, { slug: term.item.slug }).map((path) => ({
        params: path.params,
        props: { ...path.props, term },
      }));
      paths.push(...(await withListCacheKeys(lang, termPaths)));
    }
  }
  return paths;
}
