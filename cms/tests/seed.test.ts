/**
 * The demo seed on a real, empty Strapi: it fills every content type in Bulgarian and English, keeps
 * drafts and the future embargo out of the public API, uploads images with responsive formats and
 * agreements with readable PDFs, and a second run adds nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blockSchema } from '../contract/blocks';
import { publicTypes } from '../contract/public-types';
import { startCms, type TestCms } from './helpers/cms';
import { demoContentState, seedDemoContent, type SeedReport } from '../scripts/seed/index';
import { documentsOf } from '../scripts/seed/documents';
import { assertValidPdf, renderPdf } from '../scripts/seed/pdf';
import { PRESS_RELEASES } from '../scripts/seed/data/press-releases';
import { NEWS } from '../scripts/seed/data/news';
import { slugify } from '../scripts/seed/translit';

let cms: TestCms;
let first: SeedReport;
let second: SeedReport;
let stateBefore: string;

const listResponse = z.object({
  data: z.array(z.object({ documentId: z.string(), slug: z.string().nullish() }).loose()),
  meta: z.object({ pagination: z.object({ total: z.number() }).loose() }).loose(),
});

/** Everything the public REST API lists for a type and locale (what the site build sees). */
async function publicList(
  pluralName: string,
  locale: 'bg' | 'en',
  query = '',
): Promise<z.infer<typeof listResponse>> {
  const response = await cms.http.get(`/api/${pluralName}?locale=${locale}&pagination[pageSize]=100${query}`);
  expect(response.status, `${pluralName} ${locale}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(
    200,
  );
  return listResponse.parse(response.body);
}

/** Documents of a type in a locale, drafts included (what editors see). */
async function countAll(uid: string, locale: 'bg' | 'en'): Promise<number> {
  return documentsOf(cms.strapi, uid).count({ locale, status: 'draft' });
}

beforeAll(async () => {
  cms = await startCms();
  const quiet = () => {};
  stateBefore = await demoContentState(cms.strapi);
  first = await seedDemoContent(cms.strapi, { log: quiet });
  second = await seedDemoContent(cms.strapi, { log: quiet });
}, 240_000);

afterAll(async () => {
  if (!cms) return;
  // The local upload provider writes into cms/public/uploads whatever the database: remove this run's files.
  const files = (await cms.strapi.db.query('plugin::upload.file').findMany({})) as unknown[];
  for (const file of files) await cms.strapi.plugin('upload').service('upload').remove(file);
  await cms.stop();
});

describe('npm run seed on an empty CMS', () => {
  it('creates the demo newsroom: every type, the required numbers', () => {
    const created = Object.fromEntries(
      Object.entries(first.tally).map(([label, tally]) => [label, tally.created]),
    );
    expect(created).toMatchObject({
      'news-article': NEWS.length,
      'press-release': 12,
      campaign: 5,
      event: 20,
      'media-asset': 30,
      agreement: 15,
      page: 3,
      'press-contact': 4,
      'site-setting': 1,
      'press-room': 1,
    });
  });

  it('recognises an empty CMS before and a demo CMS after (npm run seed leaves other content alone)', async () => {
    expect(stateBefore).toBe('empty');
    expect(await demoContentState(cms.strapi)).toBe('demo');
  });

  it('adds nothing when run a second time', async () => {
    expect(second.created).toBe(0);
    expect(await countAll('api::news-article.news-article', 'bg')).toBe(NEWS.length);
    expect(await countAll('api::press-release.press-release', 'bg')).toBe(12);
    const uploads = await cms.strapi.db.query('plugin::upload.file').count({});
    const names = (await cms.strapi.db.query('plugin::upload.file').findMany({ select: ['name'] })) as Array<{
      name: string;
    }>;
    expect(new Set(names.map((file) => file.name)).size).toBe(uploads);
  });

  it('has an English translation of every document but the news deliberately left in Bulgarian', async () => {
    for (const uid of [
      'news-article',
      'press-release',
      'campaign',
      'event',
      'media-asset',
      'agreement',
      'page',
      'press-contact',
      'category',
      'tag',
    ]) {
      const full = `api::${uid}.${uid}`;
      const untranslated = uid === 'news-article' ? NEWS.filter((news) => news.untranslated).length : 0;
      expect(await countAll(full, 'en'), uid).toBe((await countAll(full, 'bg')) - untranslated);
    }
    expect(NEWS.some((news) => news.untranslated)).toBe(true);
  });

  it('publishes at least 40 news articles per language, and never the drafts', async () => {
    const drafts = NEWS.filter((news) => news.draft);
    for (const locale of ['bg', 'en'] as const) {
      const list = await publicList('news-articles', locale);
      expect(list.meta.pagination.total).toBeGreaterThanOrEqual(40);
      const slugs = list.data.map((item) => item.slug);
      for (const draft of drafts) expect(slugs).not.toContain(slugify(draft.title[locale]));
      const asked = await publicList('news-articles', locale, '&status=draft');
      for (const draft of drafts)
        expect(asked.data.map((item) => item.slug)).not.toContain(slugify(draft.title[locale]));
    }
  });

  it('holds back the press release under a future embargo, and shows the one whose embargo passed', async () => {
    const future = PRESS_RELEASES.find((release) => release.embargo === 'future');
    const passed = PRESS_RELEASES.find((release) => release.embargo === 'passed');
    if (!future || !passed) throw new Error('data/press-releases.ts must have a future and a passed embargo');
    for (const locale of ['bg', 'en'] as const) {
      const slugs = (await publicList('press-releases', locale)).data.map((item) => item.slug);
      expect(slugs).toHaveLength(11);
      expect(slugs).not.toContain(slugify(future.title[locale]));
      expect(slugs).toContain(slugify(passed.title[locale]));
    }
    expect(first.futureEmbargoedPressRelease).toBeTruthy();
    const held = (await documentsOf(cms.strapi, 'api::press-release.press-release').findOne({
      documentId: first.futureEmbargoedPressRelease,
      locale: 'bg',
      status: 'draft',
    })) as { embargoUntil: string; releaseScheduled?: boolean; referenceNumber: string };
    expect(Date.parse(held.embargoUntil)).toBeGreaterThan(Date.now());
    expect(held.releaseScheduled).toBe(true);
    expect(held.referenceNumber).toMatch(/^PR-\d{4}-\d{3}$/);
  });

  it('serves the other types publicly in both languages', async () => {
    const expected: Record<string, number> = {
      campaigns: 5,
      events: 19,
      'media-assets': 30,
      agreements: 15,
      pages: 3,
      'press-contacts': 4,
    };
    for (const [plural, total] of Object.entries(expected)) {
      for (const locale of ['bg', 'en'] as const) {
        expect((await publicList(plural, locale)).meta.pagination.total, `${plural} ${locale}`).toBe(total);
      }
    }
    const settings = await cms.http.get('/api/site-setting?locale=en');
    expect(settings.status).toBe(200);
    expect(settings.body.data).toMatchObject({
      municipalityName: 'Dunavets Municipality',
      demoNotice: expect.stringContaining('demo content'),
    });
  });

  it('serves every public type in the shape the site build validates (the contract)', async () => {
    for (const [name, type] of Object.entries(publicTypes)) {
      for (const locale of ['bg', 'en'] as const) {
        const response = await cms.http.get(
          `/api/${type.endpoint}?locale=${locale}${type.kind === 'collection' ? '&pagination[pageSize]=100' : ''}`,
        );
        expect(response.status, `${name} ${locale}`).toBe(200);
        const items: unknown[] =
          type.kind === 'collection'
            ? (response.body as { data: unknown[] }).data
            : [(response.body as { data: unknown }).data];
        expect(items.length, `${name} ${locale}`).toBeGreaterThan(0);
        for (const item of items) {
          const parsed = type.schema.safeParse(item);
          expect(parsed.success, `${name} ${locale}: ${parsed.error?.message.slice(0, 600)}`).toBe(true);
        }
      }
    }
  });

  it('writes bodies the site can render (Strapi blocks)', async () => {
    const articles = (await documentsOf(cms.strapi, 'api::news-article.news-article').findMany({
      locale: 'en',
      status: 'published',
      fields: ['body'],
    })) as Array<{ body: unknown[] }>;
    for (const article of articles) {
      expect(article.body.length).toBeGreaterThan(1);
      for (const block of article.body)
        expect(blockSchema.safeParse(block).success, JSON.stringify(block)).toBe(true);
    }
  });

  it('uploads images with responsive formats and alternative text', async () => {
    const images = (await cms.strapi.db
      .query('plugin::upload.file')
      .findMany({ where: { mime: 'image/jpeg', name: { $startsWith: 'dunavets-demo-' } } })) as Array<{
      name: string;
      width: number;
      alternativeText: string | null;
      formats: Record<string, { width: number }> | null;
    }>;
    expect(images.length).toBeGreaterThanOrEqual(30);
    for (const image of images) {
      expect(image.alternativeText, image.name).toBeTruthy();
      expect(Object.keys(image.formats ?? {}), image.name).toContain('thumbnail');
      if (image.width >= 1600)
        expect(Object.keys(image.formats ?? {}), image.name).toEqual(
          expect.arrayContaining(['large', 'medium', 'small']),
        );
    }
  });

  it('attaches a readable PDF to every agreement', async () => {
    const agreements = (await documentsOf(cms.strapi, 'api::agreement.agreement').findMany({
      locale: 'bg',
      status: 'published',
      populate: { documents: { populate: ['file'] } },
    })) as Array<{
      registerNumber: string;
      agreementStatus: string;
      documents: Array<{ file: { url: string; mime: string } | null }>;
    }>;
    expect(agreements).toHaveLength(15);
    expect(agreements.map((agreement) => agreement.agreementStatus)).toEqual(
      expect.arrayContaining(['in_force', 'expired', 'terminated', 'in_preparation']),
    );
    for (const agreement of agreements) {
      expect(agreement.documents.length, agreement.registerNumber).toBeGreaterThan(0);
      for (const document of agreement.documents) {
        expect(document.file?.mime).toBe('application/pdf');
        const bytes = await readFile(path.join(cms.strapi.dirs.static.public, document.file?.url ?? ''));
        expect(() => assertValidPdf(bytes, agreement.registerNumber)).not.toThrow();
      }
    }
  });
});

describe('the demo PDF writer', () => {
  it('writes a PDF whose cross-reference table points at its objects', () => {
    const pdf = renderPdf({
      title: 'МД-2019-003',
      lines: [{ text: 'Споразумение (test) \\ ok', bold: true }],
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(() => assertValidPdf(pdf, 'test')).not.toThrow();
    expect(pdf.toString('latin1')).toContain('(Sporazumenie \\(test\\) \\\\ ok) Tj');
  });

  it('notices a file whose offsets are broken', () => {
    const pdf = renderPdf({ title: 'x', lines: [{ text: 'x' }] });
    const broken = Buffer.from(pdf.toString('latin1').replace('1 0 obj', '1 0 obk'), 'latin1');
    expect(() => assertValidPdf(broken, 'broken')).toThrow(/xref entry 1/);
  });
});
