/**
 * Writes a planned corpus into a loaded Strapi: pictures through the upload plugin's service (each
 * uploaded once, then referenced by many items), documents through the Document Service (bg version,
 * en translation, publish), so every Glasnik document middleware sees them as it sees an editor's work.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { renderPicture, type Scene } from '../../../cms/scripts/seed/images.ts';
import { documentsOf, errorText } from '../../../cms/scripts/seed/documents.ts';
import { createRandom } from '../../../cms/scripts/seed/prng.ts';
import type { CorpusPlan, CorpusType, PlannedItem } from './corpus-plan.ts';
import { mapPool } from './pool.ts';

/** Every picture the corpus uploads is named like this, so a corpus CMS can be recognised. */
export const CORPUS_FILE_PREFIX = 'glasnik-bench-';

const SCENES: readonly Scene[] = ['river', 'town', 'fields', 'night', 'event'];
const fileRow = z.object({ id: z.number() }).loose();
const documentRef = z.object({ documentId: z.string().min(1) }).loose();
const sluggedRef = documentRef.extend({ slug: z.string() });

export const UID: Readonly<Record<CorpusType, string>> = {
  'news-article': 'api::news-article.news-article',
  'press-release': 'api::press-release.press-release',
  event: 'api::event.event',
  agreement: 'api::agreement.agreement',
  'media-asset': 'api::media-asset.media-asset',
};

export type Progress = (message: string) => void;

/**
 * Renders `count` small JPEGs (800×533, seeded scenes) and uploads each once.
 * @returns upload file ids in image-index order.
 * @throws {Error} naming the picture when the upload plugin refuses it.
 */
export async function uploadImages(
  strapi: Core.Strapi,
  count: number,
  seed: number,
  concurrency: number,
  progress: Progress,
): Promise<number[]> {
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'glasnik-bench-images-'));
  const random = createRandom(seed ^ 0x5eed);
  const scenes = Array.from({ length: count }, () => random.pick(SCENES));
  let done = 0;
  try {
    return await mapPool(scenes, concurrency, async (scene, index) => {
      const name = `${CORPUS_FILE_PREFIX}${seed}-${String(index + 1).padStart(4, '0')}.jpg`;
      const bytes = await renderPicture({
        seed: seed * 10_000 + index,
        width: 800,
        height: 533,
        scene,
        label: `Дунавец · ${index + 1}`,
      });
      const filepath = path.join(tmpDir, name);
      await writeFile(filepath, bytes);
      try {
        const uploaded: unknown = await strapi
          .plugin('upload')
          .service('upload')
          .upload({
            data: {
              fileInfo: { name, alternativeText: `Изглед от Дунавец, снимка ${index + 1}`, caption: null },
            },
            files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: bytes.length },
          });
        const [row] = z.array(fileRow).min(1).parse(uploaded);
        done += 1;
        if (done % 50 === 0) progress(`images: ${done}/${count}`);
        return row!.id;
      } catch (error) {
        throw new Error(`Uploading the benchmark picture "${name}" failed: ${errorText(error)}`, {
          cause: error,
        });
      }
    });
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

/** documentIds of what the demo seed made, by stable key: categories and tags by English slug, contacts. */
export interface Taxonomy {
  categories: Map<string, string>;
  tags: Map<string, string>;
  contacts: string[];
}

/**
 * Reads categories, tags and press contacts (written by the demo seed) so corpus items can link to them.
 * @throws {Error} when there are no categories: the demo seed did not run.
 */
export async function readTaxonomy(strapi: Core.Strapi): Promise<Taxonomy> {
  const bySlug = async (uid: string): Promise<Map<string, string>> => {
    const rows = z.array(sluggedRef).parse(
      await documentsOf(strapi, uid).findMany({
        locale: 'en',
        status: 'draft',
        fields: ['slug'],
        limit: 1000,
      }),
    );
    return new Map(rows.map((row) => [row.slug, row.documentId]));
  };
  const categories = await bySlug('api::category.category');
  if (categories.size === 0)
    throw new Error(
      'The CMS has no categories: the demo seed must run before the corpus (bench:corpus does this on a fresh CMS).',
    );
  const contacts = z.array(documentRef).parse(
    await documentsOf(strapi, 'api::press-contact.press-contact').findMany({
      locale: 'bg',
      status: 'draft',
      fields: ['documentId'],
      limit: 1000,
    }),
  );
  return { categories, tags: await bySlug('api::tag.tag'), contacts: contacts.map((row) => row.documentId) };
}

/** Relation and media fields of one item, resolved from indexes to ids. */
function relationsOf(
  item: PlannedItem,
  images: readonly number[],
  taxonomy: Taxonomy,
  written: Readonly<Record<CorpusType, string[]>>,
  translated: ReadonlyMap<CorpusType, boolean[]>,
  locale: 'bg' | 'en',
): Record<string, unknown> {
  const image = item.image === null ? null : (images[item.image] ?? null);
  const category = taxonomy.categories.get(item.category) ?? null;
  const tags = item.tags.map((key) => taxonomy.tags.get(key)).filter((id): id is string => id !== undefined);
  // Strapi links a translation only to targets that exist in the same locale: an English article cannot
  // point at an event that has no English version ("Document … locale en not found").
  const pick = (type: CorpusType) =>
    item.related
      .filter((index) => locale === 'bg' || translated.get(type)?.[index] === true)
      .map((index) => written[type][index])
      .filter((id): id is string => id !== undefined);
  switch (item.type) {
    case 'news-article':
      return { cover: image, category, tags, relatedEvents: pick('event') };
    case 'press-release':
      return {
        category,
        mediaAssets: pick('media-asset'),
        contacts: taxonomy.contacts.slice(
          item.index % Math.max(1, taxonomy.contacts.length),
          (item.index % Math.max(1, taxonomy.contacts.length)) + 1,
        ),
        attachments: image === null ? [] : [image],
      };
    case 'event':
      return { image, category };
    case 'media-asset':
      return { file: image };
    case 'agreement':
      return { relatedNews: pick('news-article') };
  }
}

/** The write rate over one stretch of items: does the rate fall as the archive grows? */
export interface RateWindow {
  /** Items written when the window closed (all types). */
  done: number;
  /** The type being written when the window closed (a window can start in the previous type). */
  type: CorpusType;
  itemsPerSecond: number;
  /** One-minute load average of the machine when the window closed. */
  load: number;
}

export interface WriteResult {
  /** documentIds per type, in plan order. */
  written: Record<CorpusType, string[]>;
  /** Milliseconds spent per type. */
  milliseconds: Record<CorpusType, number>;
  /** Rate per stretch of items (a tenth of the corpus, at least 100), in write order. */
  windows: RateWindow[];
}

/**
 * Writes every planned item: create the bg draft, add the en translation, publish all locales.
 * Types are written one after another (relations point backwards); within a type, `concurrency` items
 * are in flight at once.
 * @throws {Error} naming the item and Strapi's validation details when a write is refused.
 */
export async function writeItems(
  strapi: Core.Strapi,
  plan: CorpusPlan,
  images: readonly number[],
  taxonomy: Taxonomy,
  concurrency: number,
  progress: Progress,
): Promise<WriteResult> {
  const written: Record<CorpusType, string[]> = {
    'news-article': [],
    'press-release': [],
    event: [],
    agreement: [],
    'media-asset': [],
  };
  const milliseconds: Record<CorpusType, number> = {
    'news-article': 0,
    'press-release': 0,
    event: 0,
    agreement: 0,
    'media-asset': 0,
  };
  let done = 0;
  const step = Math.max(100, Math.round(plan.items.length / 10));
  const started = Date.now();
  const windows: RateWindow[] = [];
  let windowStarted = started;
  const byType = new Map<CorpusType, PlannedItem[]>();
  const translated = new Map<CorpusType, boolean[]>();
  for (const item of plan.items) {
    if (!byType.has(item.type)) byType.set(item.type, []);
    if (!translated.has(item.type)) translated.set(item.type, []);
    byType.get(item.type)?.push(item);
    translated.get(item.type)?.push(item.en !== undefined);
  }
  for (const [type, items] of byType) {
    const typeStarted = Date.now();
    const service = documentsOf(strapi, UID[type]);
    written[type] = await mapPool(items, concurrency, async (item) => {
      const shared = (locale: 'bg' | 'en') => ({
        ...item.shared,
        ...relationsOf(item, images, taxonomy, written, translated, locale),
      });
      const describe = `${type} #${item.index}`;
      try {
        const created = documentRef.parse(
          await service.create({ locale: 'bg', data: { ...shared('bg'), ...item.bg } }),
        );
        if (item.en)
          await service.update({
            documentId: created.documentId,
            locale: 'en',
            data: { ...shared('en'), ...item.en },
          });
        await service.publish({ documentId: created.documentId, locale: '*' });
        done += 1;
        if (done % step === 0) {
          const now = Date.now();
          const window: RateWindow = {
            done,
            type,
            itemsPerSecond: Number((step / ((now - windowStarted) / 1000)).toFixed(1)),
            load: Number((os.loadavg()[0] ?? 0).toFixed(1)),
          };
          windowStarted = now;
          windows.push(window);
          progress(
            `documents: ${done}/${plan.items.length} · last ${step}: ${window.itemsPerSecond} items/s (${type}) · overall ${(done / ((now - started) / 1000)).toFixed(1)} items/s · load ${window.load}`,
          );
        }
        return created.documentId;
      } catch (error) {
        throw new Error(`Writing corpus item ${describe} failed: ${errorText(error)}`, { cause: error });
      }
    });
    milliseconds[type] = Date.now() - typeStarted;
  }
  return { written, milliseconds, windows };
}
