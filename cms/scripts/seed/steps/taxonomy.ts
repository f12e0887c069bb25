/** Categories and tags; returns their documentIds by stable key. */
import { CATEGORIES, TAGS } from '../data/taxonomy';
import type { SeedContext } from '../context';
import { ensureLocalizedDocument } from '../documents';
import { slugify } from '../translit';

export interface Taxonomy {
  categories: Map<string, string>;
  tags: Map<string, string>;
}

export async function seedTaxonomy(ctx: SeedContext): Promise<Taxonomy> {
  const categories = new Map<string, string>();
  for (const category of CATEGORIES) {
    const bgSlug = slugify(category.name.bg);
    const { documentId } = await ensureLocalizedDocument(ctx, {
      uid: 'api::category.category',
      label: 'category',
      key: { slug: bgSlug },
      bg: { name: category.name.bg, slug: bgSlug, description: category.description.bg },
      en: { name: category.name.en, slug: category.key, description: category.description.en },
      publish: true,
    });
    categories.set(category.key, documentId);
  }
  const tags = new Map<string, string>();
  for (const tag of TAGS) {
    const bgSlug = slugify(tag.name.bg);
    const { documentId } = await ensureLocalizedDocument(ctx, {
      uid: 'api::tag.tag',
      label: 'tag',
      key: { slug: bgSlug },
      bg: { name: tag.name.bg, slug: bgSlug },
      en: { name: tag.name.en, slug: tag.key },
      publish: true,
    });
    tags.set(tag.key, documentId);
  }
  return { categories, tags };
}
