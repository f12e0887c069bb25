/** schema.org JSON-LD for search engines: the municipality, news articles and events. */
import {
  absoluteUrl,
  homeUrl,
  type Event,
  type Locale,
  type NewsArticle,
  type PressRelease,
  type SiteSettings,
} from '@glasnik/cms/contract';

type Settings = Pick<SiteSettings, 'siteName' | 'municipalityName' | 'address' | 'phone'> & {
  email?: string | null | undefined;
  socialAccounts: Array<{ url: string }>;
};

/** The municipality as a GovernmentOrganization, referenced as publisher and organizer. */
export function governmentOrganization(settings: Settings, site: URL, lang: Locale): Record<string, unknown> {
  return {
    '@type': 'GovernmentOrganization',
    '@id': absoluteUrl(site, '/#organization'),
    name: settings.municipalityName,
    url: absoluteUrl(site, homeUrl(lang)),
    logo: absoluteUrl(site, '/favicon.svg'),
    ...(settings.address ? { address: settings.address } : {}),
    ...(settings.phone ? { telephone: settings.phone } : {}),
    ...(settings.email ? { email: settings.email } : {}),
    ...(settings.socialAccounts.length > 0 ? { sameAs: settings.socialAccounts.map((a) => a.url) } : {}),
  };
}

/** A news article or press release as NewsArticle. */
export function newsArticle(
  item: Pick<NewsArticle | PressRelease, 'title' | 'summary' | 'updatedAt' | 'locale'>,
  published: string,
  url: string,
  imageUrl: string | null,
  settings: Settings,
  site: URL,
): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    headline: item.title.slice(0, 110),
    description: item.summary,
    inLanguage: item.locale,
    datePublished: published,
    dateModified: item.updatedAt,
    mainEntityOfPage: url,
    ...(imageUrl ? { image: [imageUrl] } : {}),
    author: {
      '@type': 'GovernmentOrganization',
      '@id': absoluteUrl(site, '/#organization'),
      name: settings.municipalityName,
    },
    publisher: {
      '@type': 'GovernmentOrganization',
      '@id': absoluteUrl(site, '/#organization'),
      name: settings.municipalityName,
    },
  };
}

const EVENT_STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  past: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  moved_online: 'https://schema.org/EventMovedOnline',
};

/** An event with its status, attendance mode and place. */
export function eventData(
  item: Event,
  url: string,
  imageUrl: string | null,
  settings: Settings,
  site: URL,
): Record<string, unknown> {
  const online = item.eventStatus === 'moved_online';
  const place =
    item.venue && (item.venue.name || item.venue.address)
      ? {
          '@type': 'Place',
          name: item.venue.name ?? item.venue.address,
          address: item.venue.address ?? item.venue.name,
          ...(item.venue.latitude != null && item.venue.longitude != null
            ? {
                geo: {
                  '@type': 'GeoCoordinates',
                  latitude: item.venue.latitude,
                  longitude: item.venue.longitude,
                },
              }
            : {}),
        }
      : null;
  return {
    '@type': 'Event',
    name: item.title,
    description: item.summary,
    inLanguage: item.locale,
    startDate: item.start,
    ...(item.end ? { endDate: item.end } : {}),
    eventStatus: EVENT_STATUS[item.eventStatus ?? 'scheduled'],
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: online
      ? { '@type': 'VirtualLocation', url: item.registrationUrl ?? url }
      : (place ?? {
          '@type': 'Place',
          name: settings.municipalityName,
          address: settings.address ?? settings.municipalityName,
        }),
    ...(imageUrl ? { image: [imageUrl] } : {}),
    url,
    organizer: {
      '@type': 'GovernmentOrganization',
      '@id': absoluteUrl(site, '/#organization'),
      name: settings.municipalityName,
      url: absoluteUrl(site, homeUrl(item.locale)),
    },
  };
}

/**
 * The text of a `<script type="application/ld+json">`: `<` is escaped so text from the CMS cannot close
 * the script.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}
