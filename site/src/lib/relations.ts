/**
 * What a detail page shows besides its own item: related documents as that locale's site shows them
 * (English version, or the Bulgarian one as a fallback). The page renders from these functions and its
 * cacheKey (content.ts pathsForEveryLocale) digests the same results, so a page is never
 * copied from the previous build after something it links to was renamed, translated or unpublished.
 */
import type { Agreement, Campaign, Locale, NewsArticle, PublicTypeItem } from '@glasnik/cms/contract';
import { localizedById, localizedItems, localizedTerms, type Localized } from './content';

const defined = <T>(value: T | undefined): value is T => value !== undefined;

/** Category, tags and related events of a news article, each pointing at a page of the `lang` site. */
export async function newsRelations(item: NewsArticle, lang: Locale) {
  const { category, tags } = await localizedTerms(item, lang);
  const relatedEvents = (
    await Promise.all(item.relatedEvents.map((ref) => localizedById('events', lang, ref.documentId)))
  ).filter(defined);
  return { category, tags, relatedEvents };
}

/** News linked to a campaign (listed on it or pointing at it) and its events. */
export async function campaignRelations(item: Campaign, lang: Locale) {
  const news = (await localizedItems('newsArticles', lang)).filter(
    (n) =>
      n.item.campaign?.documentId === item.documentId ||
      item.news.some((ref) => ref.documentId === n.item.documentId),
  );
  const events = (
    await Promise.all(item.events.map((ref) => localizedById('events', lang, ref.documentId)))
  ).filter(defined);
  return { news, events };
}

/** News related to an agreement. */
export async function agreementRelations(item: Agreement, lang: Locale) {
  const news = (
    await Promise.all(item.relatedNews.map((ref) => localizedById('newsArticles', lang, ref.documentId)))
  ).filter(defined);
  return { news };
}

type Related = Localized<PublicTypeItem<'newsArticles' | 'events' | 'categories' | 'tags'>>;

/**
 * The part of related documents a cacheKey needs: which version is shown (a translation replaces a
 * fallback) and its updatedAt (covers its title and slug).
 */
export function relationsDigest(relations: Record<string, Related | Related[] | undefined>): unknown {
  const one = (entry: Related) => [entry.item.documentId, entry.contentLocale, entry.item.updatedAt];
  return Object.entries(relations).map(([name, value]) => [
    name,
    value === undefined ? null : Array.isArray(value) ? value.map(one) : one(value),
  ]);
}
