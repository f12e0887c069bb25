/**
 * Twelve press releases with contacts, media assets and attachments. Publishing goes through the
 * Document Service publish, the path the CMS's embargo rule guards: the release embargoed into the
 * future stays unpublished and scheduled; the one whose embargo passed is public.
 */
import { PRESS_RELEASES, type PressReleaseData } from '../data/press-releases';
import { PRESS_ROOM } from '../data/municipality';
import type { Locale } from '../documents';
import type { SeedContext } from '../context';
import { ensureLocalizedDocument } from '../documents';
import { heading, list, paragraph, paragraphs, type Block } from '../blocks';
import { assertValidPdf, renderPdf } from '../pdf';
import { slugify } from '../translit';
import { ensureUpload } from '../uploads';
import type { SeededMedia } from './media';
import type { Taxonomy } from './taxonomy';

const ABOUT = { bg: 'За Община Дунавец', en: 'About Dunavets Municipality' } as const;
const END_MARK = '###';

function body(release: PressReleaseData, locale: Locale): Block[] {
  const blocks: Block[] = [...paragraphs(release.body[locale])];
  if (release.facts) blocks.push(list(release.facts[locale]));
  blocks.push(paragraph(END_MARK), heading(ABOUT[locale], 3), paragraph(PRESS_ROOM.boilerplate[locale]));
  return blocks;
}

function factSheet(release: PressReleaseData): Buffer {
  const pdf = renderPdf({
    title: release.title.en,
    lines: [
      { text: 'Dunavets Municipality - press office (DEMO)', size: 10 },
      { text: 'Fact sheet', size: 18, bold: true, spaceBefore: 12 },
      { text: release.title.en, size: 14, bold: true, spaceBefore: 6 },
      { text: release.summary.en, spaceBefore: 10 },
      ...(release.facts?.en ?? []).map((fact) => ({ text: `- ${fact}` })),
      { text: release.title.bg, size: 10, spaceBefore: 16 },
      { text: 'Contact: press@dunavets.example, +359 99 000 120', size: 10, spaceBefore: 16 },
      { text: 'Demo content: Dunavets Municipality is fictional.', size: 9, spaceBefore: 4 },
    ],
  });
  assertValidPdf(pdf, `fact sheet "${release.title.en}"`);
  return pdf;
}

/** @returns the documentId of the release still under embargo (tests look for it). */
export async function seedPressReleases(
  ctx: SeedContext,
  taxonomy: Taxonomy,
  media: SeededMedia,
  contacts: Map<string, string>,
): Promise<{ futureEmbargoed?: string }> {
  let futureEmbargoed: string | undefined;
  // Oldest first, so the automatic reference numbers (PR-YYYY-NNN) follow the release dates.
  const oldestFirst = [...PRESS_RELEASES].sort((a, b) => a.releaseInDays - b.releaseInDays);
  for (const release of oldestFirst) {
    const releaseDate = ctx.clock.at(release.releaseInDays, release.hour);
    const attachments = release.mediaAssets
      .map((key) => media.files.get(key))
      .filter((id): id is number => id !== undefined);
    if (release.factSheet) {
      attachments.unshift(
        await ensureUpload(ctx, {
          name: `dunavets-demo-fact-sheet-${slugify(release.title.en)}.pdf`,
          mime: 'application/pdf',
          render: () => factSheet(release),
        }),
      );
    }
    const shared = {
      releaseDate: releaseDate.toISOString(),
      // Both embargoed releases are held until their release time; only the future one still waits.
      embargoUntil: release.embargo ? releaseDate.toISOString() : null,
      firstPublishedAt: release.embargo === 'future' ? null : releaseDate.toISOString(),
      contacts: release.contacts
        .map((key) => contacts.get(key))
        .filter((id): id is string => id !== undefined),
      mediaAssets: release.mediaAssets
        .map((key) => media.assets.get(key))
        .filter((id): id is string => id !== undefined),
      attachments,
      category: taxonomy.categories.get(release.category) ?? null,
      syndicate: release.syndicate ?? false,
      reviewStage: 'approved',
    };
    const localized = (locale: Locale) => ({
      title: release.title[locale],
      slug: slugify(release.title[locale]),
      summary: release.summary[locale],
      body: body(release, locale),
    });
    const bg = localized('bg');
    const { documentId } = await ensureLocalizedDocument(ctx, {
      uid: 'api::press-release.press-release',
      label: 'press-release',
      key: { slug: bg.slug },
      bg: { ...shared, ...bg },
      en: { ...shared, ...localized('en') },
      publish: true,
    });
    if (release.embargo === 'future') futureEmbargoed = documentId;
  }
  return futureEmbargoed === undefined ? {} : { futureEmbargoed };
}
