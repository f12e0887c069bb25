/**
 * The synthetic archive as data: how many items of each type, and each item's fields in bg and en,
 * drawn from one seeded generator so the same `--items`/`--seed` give the same archive everywhere.
 * Texts are recombined from the demo newsroom's hand-written bilingual pools (cms/scripts/seed/data),
 * so pages look like the real thing (Cyrillic titles, paragraphs, quotes) without a word generator.
 * Pure: no Strapi here; relations are given as indexes and resolved by the writer.
 */
import { agreementKinds, eventKinds, type Locale } from '@glasnik/cms/contract';
import { paragraph, quote, type Block } from '../../../cms/scripts/seed/blocks.ts';
import { CATEGORIES, TAGS } from '../../../cms/scripts/seed/data/taxonomy.ts';
import { NEWS } from '../../../cms/scripts/seed/data/news.ts';
import { PRESS_RELEASES } from '../../../cms/scripts/seed/data/press-releases.ts';
import { EVENTS, VENUES } from '../../../cms/scripts/seed/data/events.ts';
import {
  CONTEXT_BY_CATEGORY,
  QUOTES,
  QUOTE_ATTRIBUTION,
} from '../../../cms/scripts/seed/data/news-paragraphs.ts';
import { createRandom, type Random } from '../../../cms/scripts/seed/prng.ts';
import { slugify } from '../../../cms/scripts/seed/translit.ts';

export type CorpusType = 'news-article' | 'press-release' | 'event' | 'agreement' | 'media-asset';

/** Share of each type in the archive: mostly news and press releases, as in a real newsroom. */
export const TYPE_SHARES: Readonly<Record<CorpusType, number>> = {
  'news-article': 0.55,
  'press-release': 0.22,
  event: 0.1,
  'media-asset': 0.08,
  agreement: 0.05,
};

/** Share of items that also get an English translation (the rest stay Bulgarian only). */
export const TRANSLATED_SHARE = 0.85;

/** Fixed "now" of the archive, so dates (and so pages, feeds and calendars) are reproducible. */
export const CORPUS_NOW = Date.UTC(2026, 5, 1, 9, 0, 0);
const DAY_MS = 86_400_000;
/** Ten years of archive. */
const ARCHIVE_DAYS = 3_650;

export interface PlannedItem {
  type: CorpusType;
  /** Position within its type (0-based), used in unique keys. */
  index: number;
  /** Upload image index (into the image pool) for cover / image / file, or null. */
  image: number | null;
  /** Category key (CATEGORIES[].key) and tag keys (TAGS[].key). */
  category: string;
  tags: string[];
  /** Indexes of earlier items this one relates to (events for news, media assets for releases, news for agreements). */
  related: number[];
  /** Fields shared by both locales (dates, enums, numbers). */
  shared: Record<string, unknown>;
  bg: Record<string, unknown>;
  en: Record<string, unknown> | undefined;
}

export interface CorpusPlan {
  seed: number;
  images: number;
  counts: Record<CorpusType, number>;
  /** Items in writing order: relations only point backwards (media → events → news → releases → agreements). */
  items: PlannedItem[];
}

/** Writing order: what others relate to comes first. */
export const WRITE_ORDER: readonly CorpusType[] = [
  'media-asset',
  'event',
  'news-article',
  'press-release',
  'agreement',
];

/** Splits `total` over the types by {@link TYPE_SHARES}; news absorbs the rounding. */
export function countsFor(total: number): Record<CorpusType, number> {
  const counts = {} as Record<CorpusType, number>;
  let rest = total;
  for (const type of WRITE_ORDER) {
    if (type === 'news-article') continue;
    counts[type] = Math.floor(total * TYPE_SHARES[type]);
    rest -= counts[type];
  }
  counts['news-article'] = rest;
  return counts;
}

const QUOTE_MARKS: Record<Locale, readonly [string, string]> = { bg: ['„', '“'], en: ['“', '”'] };
const COUNTRIES = ['RO', 'RS', 'GR', 'MK', 'DE', 'AT', 'HU', 'SK', 'PL', 'IT', 'FR', 'UA'] as const;
const LICENCES = ['cc_by_4_0', 'cc_by_sa_4_0', 'editorial_use', 'public_domain'] as const;
const YEARS = { bg: 'г.', en: '' } as const;

function dateAt(random: Random, daysAgoMax: number, daysAheadMax = 0): Date {
  const day = random.int(-daysAgoMax, daysAheadMax);
  return new Date(CORPUS_NOW + day * DAY_MS + random.int(8, 17) * 3_600_000);
}

/** A body of 2–5 paragraphs from the category's pool, the same choices in both languages. */
function bodyPlan(random: Random, category: string): (locale: Locale) => Block[] {
  const pool =
    CONTEXT_BY_CATEGORY[category as keyof typeof CONTEXT_BY_CATEGORY] ?? CONTEXT_BY_CATEGORY.society;
  const context = random.sample(pool, random.int(1, pool.length));
  const chosenQuote = random.chance(0.5) ? random.pick(QUOTES) : undefined;
  return (locale) => {
    const blocks: Block[] = context.slice(0, 1).map((entry) => paragraph(entry[locale]));
    if (chosenQuote) {
      const [open, close] = QUOTE_MARKS[locale];
      blocks.push(quote(`${open}${chosenQuote[locale]}${close} – ${QUOTE_ATTRIBUTION[locale]}`));
    }
    for (const entry of context.slice(1)) blocks.push(paragraph(entry[locale]));
    return blocks;
  };
}

/** Title of a synthetic item: a demo title with a district and year, numbered so slugs stay unique. */
function titled(base: { bg: string; en: string }, year: number, serial: number): { bg: string; en: string } {
  return { bg: `${base.bg} (${year} ${YEARS.bg}, № ${serial})`, en: `${base.en} (${year}, no. ${serial})` };
}

function localizedText(
  title: { bg: string; en: string },
  summary: { bg: string; en: string },
  locale: Locale,
  seed: number,
) {
  return {
    title: title[locale].slice(0, 200),
    // Unique across the corpus (and from the demo's) whatever the title: the type index and the seed.
    slug: `${slugify(title[locale]).slice(0, 150)}-s${seed}`,
    summary: summary[locale].slice(0, 400),
  };
}

/**
 * Plans an archive of `total` items with `images` pictures to share between them.
 * @throws {Error} when `total` or `images` is not a positive whole number.
 */
export function planCorpus(total: number, seed: number, images: number): CorpusPlan {
  if (!Number.isInteger(total) || total < 1)
    throw new Error(`--items ${total}: give a whole number of items, 1 or more.`);
  if (!Number.isInteger(images) || images < 1)
    throw new Error(`--images ${images}: give a whole number of images, 1 or more.`);
  const random = createRandom(seed);
  const counts = countsFor(total);
  const items: PlannedItem[] = [];
  const categoryKeys = CATEGORIES.map((category) => category.key);
  const tagKeys = TAGS.map((tag) => tag.key);
  let serial = 0;
  for (const type of WRITE_ORDER) {
    for (let index = 0; index < counts[type]; index += 1) {
      serial += 1;
      const category = random.pick(categoryKeys);
      const translated = random.chance(TRANSLATED_SHARE);
      const image =
        random.chance(type === 'agreement' ? 0 : 0.8) || type === 'media-asset'
          ? random.int(0, images - 1)
          : null;
      const tags = random.sample(tagKeys, random.int(0, 3));
      const body = bodyPlan(random, category);
      const item: PlannedItem = {
        type,
        index,
        image,
        category,
        tags,
        related: [],
        shared: { reviewStage: 'approved' },
        bg: {},
        en: undefined,
      };
      const withText = (
        title: { bg: string; en: string },
        summary: { bg: string; en: string },
        bodyField: 'body' | 'description' | null,
      ) => {
        for (const locale of ['bg', 'en'] as const) {
          if (locale === 'en' && !translated) continue;
          const fields: Record<string, unknown> = { ...localizedText(title, summary, locale, serial) };
          if (bodyField) fields[bodyField] = body(locale);
          item[locale] = fields;
        }
      };
      switch (type) {
        case 'news-article': {
          const base = random.pick(NEWS);
          const published = dateAt(random, ARCHIVE_DAYS);
          withText(titled(base.title, published.getUTCFullYear(), serial), base.lead, 'body');
          item.shared = { ...item.shared, firstPublishedAt: published.toISOString(), syndicate: false };
          item.related = counts.event > 0 && random.chance(0.2) ? [random.int(0, counts.event - 1)] : [];
          break;
        }
        case 'press-release': {
          const base = random.pick(PRESS_RELEASES);
          const released = dateAt(random, ARCHIVE_DAYS);
          withText(titled(base.title, released.getUTCFullYear(), serial), base.summary, 'body');
          item.shared = {
            ...item.shared,
            releaseDate: released.toISOString(),
            firstPublishedAt: released.toISOString(),
            syndicate: false,
          };
          item.related =
            counts['media-asset'] > 0
              ? random.sample(
                  Array.from({ length: counts['media-asset'] }, (_, i) => i),
                  random.int(0, 2),
                )
              : [];
          break;
        }
        case 'event': {
          const base = random.pick(EVENTS);
          // Mostly past events, some coming ones: the calendar and "upcoming" lists have both.
          const start = dateAt(random, ARCHIVE_DAYS, 180);
          const venue = VENUES[base.venue];
          withText(titled(base.title, start.getUTCFullYear(), serial), base.summary, 'description');
          for (const locale of ['bg', 'en'] as const) {
            const fields = item[locale];
            if (fields)
              fields.venue = {
                name: venue.name[locale],
                address: venue.address[locale],
                latitude: venue.latitude,
                longitude: venue.longitude,
              };
          }
          item.shared = {
            ...item.shared,
            start: start.toISOString(),
            end: new Date(start.getTime() + random.int(1, 4) * 3_600_000).toISOString(),
            allDay: false,
            timeZone: 'Europe/Sofia',
            kind: random.pick(eventKinds),
            isPressEvent: random.chance(0.2),
          };
          break;
        }
        case 'media-asset': {
          const taken = dateAt(random, ARCHIVE_DAYS);
          const place = random.pick(Object.values(VENUES));
          const title = { bg: `Снимка ${serial}: ${place.name.bg}`, en: `Photo ${serial}: ${place.name.en}` };
          const caption = {
            bg: `${place.name.bg}, ${place.address.bg}`,
            en: `${place.name.en}, ${place.address.en}`,
          };
          for (const locale of ['bg', 'en'] as const) {
            if (locale === 'en' && !translated) continue;
            item[locale] = {
              title: title[locale],
              caption: caption[locale],
              altText: caption[locale],
              takenAt: place.name[locale],
              collection: taken.getUTCFullYear().toString(),
            };
          }
          item.shared = {
            ...item.shared,
            credit: 'Община Дунавец',
            licence: random.pick(LICENCES),
            consentRecorded: true,
            takenOn: taken.toISOString().slice(0, 10),
            inMediaKit: random.chance(0.5),
          };
          break;
        }
        case 'agreement': {
          const signed = dateAt(random, ARCHIVE_DAYS);
          const country = random.pick(COUNTRIES);
          const title = {
            bg: `Споразумение за сътрудничество № ${serial} (${country})`,
            en: `Cooperation agreement no. ${serial} (${country})`,
          };
          withText(
            title,
            {
              bg: `Сътрудничество с партньор от ${country}.`,
              en: `Cooperation with a partner from ${country}.`,
            },
            null,
          );
          for (const locale of ['bg', 'en'] as const) {
            const fields = item[locale];
            if (fields) fields.partnerName = locale === 'bg' ? `Партньор ${serial}` : `Partner ${serial}`;
          }
          item.shared = {
            ...item.shared,
            registerNumber: `BENCH-${seed}-${String(index + 1).padStart(5, '0')}`,
            partnerCountry: country,
            kind: random.pick(agreementKinds),
            signedOn: signed.toISOString().slice(0, 10),
            validFrom: signed.toISOString().slice(0, 10),
            autoRenewal: random.chance(0.3),
          };
          item.related = counts['news-article'] > 0 ? [random.int(0, counts['news-article'] - 1)] : [];
          break;
        }
      }
      items.push(item);
    }
  }
  return { seed, images, counts, items };
}
