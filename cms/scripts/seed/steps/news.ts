/**
 * Forty-two news articles: hand-written titles and leads, bodies assembled from the paragraph pools
 * (same choices for bg and en, so the translation matches), backdated first-publication times.
 */
import { NEWS, type NewsData } from '../data/news';
import { CONTEXT_BY_CATEGORY, MORE_INFO, QUOTES, QUOTE_ATTRIBUTION } from '../data/news-paragraphs';
import { MUNICIPALITY } from '../data/municipality';
import type { Bilingual } from '../data/types';
import type { Locale } from '../documents';
import type { SeedContext } from '../context';
import { ensureLocalizedDocument } from '../documents';
import { link, paragraph, quote, type Block } from '../blocks';
import type { Random } from '../prng';
import { slugify } from '../translit';
import type { SeededMedia } from './media';
import type { Taxonomy } from './taxonomy';

interface BodyPlan {
  context: Bilingual[];
  quote?: Bilingual;
}

/** Quotation marks as each language writes them. */
const QUOTE_MARKS: Record<Locale, readonly [string, string]> = { bg: ['„', '“'], en: ['“', '”'] };

/** Draws the optional parts of an article once, so both languages get the same ones. */
function planBody(random: Random, news: NewsData): BodyPlan {
  const pool = CONTEXT_BY_CATEGORY[news.category];
  const context = random.sample(pool, news.detail ? 1 : random.int(1, pool.length));
  return random.chance(0.6) ? { context, quote: random.pick(QUOTES) } : { context };
}

/**
 * The article text after the lead. The lead itself is the summary, which the site shows above the
 * body, so the body does not repeat it.
 */
function body(news: NewsData, plan: BodyPlan, locale: Locale): Block[] {
  const blocks: Block[] = [];
  if (news.detail) blocks.push(paragraph(news.detail[locale]));
  if (plan.quote) {
    const [open, close] = QUOTE_MARKS[locale];
    blocks.push(quote(`${open}${plan.quote[locale]}${close} – ${QUOTE_ATTRIBUTION[locale]}`));
  }
  for (const context of plan.context) blocks.push(paragraph(context[locale]));
  blocks.push(
    paragraph(MORE_INFO[locale], link(`mailto:${MUNICIPALITY.pressEmail}`, MUNICIPALITY.pressEmail), '.'),
  );
  return blocks;
}

/** Cuts text to `max` characters at a word boundary, with an ellipsis when anything was cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:–-]+$/, '')}…`;
}

function localized(news: NewsData, plan: BodyPlan, locale: Locale) {
  return {
    title: news.title[locale],
    slug: slugify(news.title[locale]),
    summary: news.lead[locale],
    body: body(news, plan, locale),
    changeNote: news.changeNote?.[locale] ?? null,
    seo: { metaTitle: clip(news.title[locale], 70), metaDescription: clip(news.lead[locale], 170) },
  };
}

/** @returns news-article documentIds by English title (agreements link to them). */
export async function seedNews(
  ctx: SeedContext,
  taxonomy: Taxonomy,
  media: SeededMedia,
  campaigns: Map<string, string>,
  events: Map<string, string>,
): Promise<Map<string, string>> {
  const byTitle = new Map<string, string>();
  for (const news of NEWS) {
    const plan = planBody(ctx.random, news);
    // Publication hour drawn for every article (drafts too), so later choices do not shift.
    const hour = ctx.random.int(8, 17);
    const minute = ctx.random.pick([0, 15, 30, 45]);
    const cover = media.files.get(news.cover);
    const shared = {
      cover: cover ?? null,
      gallery: (news.gallery ?? [])
        .map((key) => media.files.get(key))
        .filter((id): id is number => id !== undefined),
      category: taxonomy.categories.get(news.category) ?? null,
      tags: news.tags.map((key) => taxonomy.tags.get(key)).filter((id): id is string => id !== undefined),
      campaign: news.campaign ? (campaigns.get(news.campaign) ?? null) : null,
      relatedEvents: (news.events ?? [])
        .map((key) => events.get(key))
        .filter((id): id is string => id !== undefined),
      syndicate: news.syndicate ?? false,
      // The demo's history: articles appear published on their own dates, not all at seed time.
      firstPublishedAt: news.draft ? null : ctx.clock.at(-news.daysAgo, hour, minute).toISOString(),
      reviewStage: news.draft ?? 'approved',
    };
    const bg = localized(news, plan, 'bg');
    const { documentId } = await ensureLocalizedDocument(ctx, {
      uid: 'api::news-article.news-article',
      label: 'news-article',
      key: { slug: bg.slug },
      bg: { ...shared, ...bg },
      en: news.untranslated ? undefined : { ...shared, ...localized(news, plan, 'en') },
      publish: !news.draft,
    });
    byTitle.set(news.title.en, documentId);
  }
  return byTitle;
}
