/**
 * Runs inside a child process (cwd = cms/, the CMS's environment): boots Strapi without its HTTP server
 * on whatever database the environment names and writes what it holds to a JSON file — counts per
 * type, locale and state, and with `--documents` every document in full (for the restore test). A child,
 * because Strapi takes over process-wide state (listeners, logger) that the backup/restore commands and
 * test runners must keep.
 *
 * Usage: tsx inventory-child.ts <out.json> [--documents]
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { addCount, type Counts } from './manifest.ts';

export interface Inventory {
  counts: Counts;
  /** Content types of the app (api::…) plus the media library, which decide whether an instance is empty. */
  contentUids: string[];
  /** `uid → locale → status → documents`, normalised (numeric ids dropped), only with `--documents`. */
  documents?: Record<string, Record<string, Record<string, unknown[]>>>;
  /** Media library entries, normalised, only with `--documents`. */
  mediaLibrary?: unknown[];
}

type Attribute = { type: string; component?: string; components?: string[]; relation?: string };
type Populate = Record<string, unknown>;

/** A populate tree down to every relation (as documentId + locale), media and component of a model. */
function deepPopulate(strapi: Core.Strapi, attributes: Record<string, Attribute>, depth = 0): Populate {
  const populate: Populate = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (name === 'localizations' || name === 'createdBy' || name === 'updatedBy') continue;
    if (attribute.type === 'relation') populate[name] = { fields: ['documentId', 'locale', 'publishedAt'] };
    else if (attribute.type === 'media') populate[name] = true;
    else if (attribute.type === 'component' && attribute.component && depth < 4) {
      const component = strapi.getModel(attribute.component as UID.Component);
      const inner = deepPopulate(strapi, component.attributes as Record<string, Attribute>, depth + 1);
      populate[name] = Object.keys(inner).length ? { populate: inner } : true;
    } else if (attribute.type === 'dynamiczone' && attribute.components && depth < 4) {
      populate[name] = {
        on: Object.fromEntries(
          attribute.components.map((uid) => {
            const inner = deepPopulate(
              strapi,
              strapi.getModel(uid as UID.Component).attributes as Record<string, Attribute>,
              depth + 1,
            );
            return [uid, Object.keys(inner).length ? { populate: inner } : true];
          }),
        ),
      };
    }
  }
  return populate;
}

/** Drops database row ids (they may differ after a restore; documentIds must not) and sorts keys. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, normalise(inner)]),
    );
  }
  return value;
}

async function main(): Promise<void> {
  const [outFile, ...flags] = process.argv.slice(2);
  if (!outFile) throw new Error('usage: inventory-child.ts <out.json> [--documents]');
  const appDir = process.cwd();
  const { createStrapi } = createRequire(path.join(appDir, 'package.json'))(
    '@strapi/strapi',
  ) as typeof import('@strapi/strapi');
  const strapi = await createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  strapi.log.level = 'error';
  try {
    const exportedUids = Object.keys(strapi.contentTypes).filter(
      (uid) =>
        !uid.startsWith('admin::') &&
        !uid.startsWith('strapi::') &&
        !uid.startsWith('plugin::content-releases') &&
        !uid.startsWith('plugin::review-workflows'),
    );
    const counts: Counts = {};
    for (const uid of exportedUids) {
      const model = strapi.getModel(uid as UID.ContentType);
      const hasLocale = 'locale' in model.attributes;
      const rows = (await strapi.db
        .query(uid as UID.ContentType)
        .findMany({ select: hasLocale ? ['locale', 'publishedAt'] : ['publishedAt'] })) as Array<{
        locale?: string | null;
        publishedAt?: unknown;
      }>;
      for (const row of rows)
        addCount(counts, uid, row.locale, row.publishedAt !== null && row.publishedAt !== undefined);
      if (rows.length === 0 && uid.startsWith('api::')) counts[uid] = {};
    }
    const inventory: Inventory = {
      counts,
      contentUids: [...exportedUids.filter((uid) => uid.startsWith('api::')), 'plugin::upload.file'],
    };
    if (flags.includes('--documents')) {
      const locales = ((await strapi.db.query('plugin::i18n.locale').findMany({})) as Array<{ code: string }>)
        .map((locale) => locale.code)
        .sort();
      inventory.documents = {};
      for (const uid of exportedUids.filter((candidate) => candidate.startsWith('api::'))) {
        const model = strapi.getModel(uid as UID.ContentType);
        const populate = deepPopulate(strapi, model.attributes as Record<string, Attribute>);
        const localized = 'locale' in model.attributes;
        const byLocale: Record<string, Record<string, unknown[]>> = {};
        for (const locale of localized ? locales : ['-']) {
          const byStatus: Record<string, unknown[]> = {};
          for (const status of ['draft', 'published'] as const) {
            const documents = await strapi.documents(uid as UID.ContentType).findMany({
              ...(localized ? { locale } : {}),
              status,
              populate,
              sort: 'documentId:asc',
            } as never);
            byStatus[status] = documents.map(normalise);
          }
          byLocale[locale] = byStatus;
        }
        inventory.documents[uid] = byLocale;
      }
      const files = (await strapi.db
        .query('plugin::upload.file')
        .findMany({ orderBy: { hash: 'asc' } })) as unknown[];
      inventory.mediaLibrary = files.map(normalise);
    }
    writeFileSync(outFile, JSON.stringify(inventory));
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`inventory: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
