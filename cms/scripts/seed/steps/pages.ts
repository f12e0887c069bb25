/** Accessibility statement, privacy notice and "about the department" pages. */
import { PAGES, type PageSection } from '../data/pages';
import type { SeedContext } from '../context';
import { ensureLocalizedDocument } from '../documents';
import { heading, list, paragraph, type Block } from '../blocks';
import { slugify } from '../translit';

function body(sections: readonly PageSection[]): Block[] {
  return sections.flatMap((section) => [
    ...(section.heading ? [heading(section.heading)] : []),
    ...section.paragraphs.map((text) => paragraph(text)),
    ...(section.list ? [list(section.list)] : []),
  ]);
}

export async function seedPages(ctx: SeedContext): Promise<void> {
  for (const page of PAGES) {
    const localized = (locale: 'bg' | 'en') => ({
      title: page.title[locale],
      slug: slugify(page.title[locale]),
      summary: page.summary[locale],
      body: body(page.sections[locale]),
      kind: page.kind,
      reviewStage: 'approved',
    });
    const bg = localized('bg');
    await ensureLocalizedDocument(ctx, {
      uid: 'api::page.page',
      label: 'page',
      key: { slug: bg.slug },
      bg,
      en: localized('en'),
      publish: true,
    });
  }
}
