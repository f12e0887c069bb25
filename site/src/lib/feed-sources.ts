/** Feed items of a locale's site, read from the collections. */
import { eventUrl, newsUrl, pressReleaseUrl, type Locale, type Media } from '@glasnik/cms/contract';
import { articleDate, localizedItems } from './content';
import { downloadPath } from './downloads';
import type { FeedSource } from './feeds';
import { t, tEnum } from '../i18n/ui';

const FEED_LENGTH = 50;

function enclosure(image: Media | null | undefined): FeedSource['enclosure'] {
  // Strapi reports sizes in kB.
  return image ? { path: downloadPath(image), bytes: image.size * 1024, type: image.mime } : undefined;
}

export async function newsSources(lang: Locale): Promise<FeedSource[]> {
  return (await localizedItems('newsArticles', lang)).map(({ item }) => ({
    title: item.title,
    path: newsUrl(lang, item.slug),
    date: articleDate(item),
    summary: item.summary,
    categories: [item.category?.name ?? '', ...item.tags.map((tag) => tag.name)],
    enclosure: enclosure(item.cover),
  }));
}

export async function pressSources(lang: Locale): Promise<FeedSource[]> {
  return (await localizedItems('pressReleases', lang)).map(({ item }) => ({
    title: item.referenceNumber ? `${item.title} (${item.referenceNumber})` : item.title,
    path: pressReleaseUrl(lang, item.slug),
    date: item.releaseDate,
    summary: item.summary,
    categories: [t(lang, 'releases'), item.category?.name ?? ''],
    enclosure: enclosure(item.mediaAssets.find((a) => a.file.mime.startsWith('image/'))?.file),
  }));
}

/** Events are dated by their publication, so a new announcement appears at the top of readers. */
export async function eventSources(lang: Locale): Promise<FeedSource[]> {
  return (await localizedItems('events', lang)).map(({ item }) => ({
    title:
      item.eventStatus === 'cancelled' ? `${tEnum(lang, 'status', 'cancelled')}: ${item.title}` : item.title,
    path: eventUrl(lang, item.slug),
    date: item.publishedAt ?? item.updatedAt,
    summary: item.summary,
    categories: [t(lang, 'events'), item.kind ? tEnum(lang, 'kind', item.kind) : ''],
    enclosure: enclosure(item.image),
  }));
}

/** Newest `FEED_LENGTH` sources. */
export const latest = (sources: FeedSource[]) =>
  [...sources].sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEED_LENGTH);
