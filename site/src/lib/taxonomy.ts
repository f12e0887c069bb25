/** Paths of the category and tag lists: one list per category/tag per locale, with its archive pages. */
import { categoryUrl, locales, tagUrl, type NewsArticle } from '@glasnik/cms/contract';
import { articleDate, listOptions, localizedItems, withListCacheKeys } from './content';
import { listPaths } from './paths';

/** getStaticPaths for `/[lang]/news/{category|tag}/[slug]/[...page]`. */
export async function taxonomyPaths(kind: 'categories' | 'tags') {
  const url = kind === 'categories' ? categoryUrl : tagUrl;
  const paths = [];
  for (const lang of locales) {
    const news = await localizedItems('newsArticles', lang);
    for (const term of await localizedItems(kind, lang)) {
      const matching = news.filter((entry) =>
        kind === 'categories'
          ? entry.item.category?.documentId === term.item.documentId
          : entry.item.tags.some((tag) => tag.documentId === term.item.documentId),
      );
      const options = listOptions<NewsArticle>(url(lang, term.item.slug), articleDate);
      const termPaths = listPaths(lang, matching, options, { slug: term.item.slug }).map((path) => ({
        params: path.params,
        props: { ...path.props, term },
      }));
      paths.push(...(await withListCacheKeys(lang, termPaths)));
    }
  }
  return paths;
}
