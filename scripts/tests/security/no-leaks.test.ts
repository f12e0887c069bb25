/**
 * No leaks (issue 8, point 3). On a real system with the demo content, an editor leaves items in every
 * state that must stay hidden — a draft, a press release scheduled behind its embargo, an item published
 * and then unpublished, an unpublished revision of a published item, a draft agreement and a draft
 * event — then the site is built and the search index rebuilt. Every public output is searched for
 * their unique words: every built file (pages, feeds, iCal, sitemaps, CSV/JSON exports, scripts) and
 * file name, both search indexes through the search-only key, and the REST API with every trick a
 * client can send. Zero hits; and the published control items ARE found, so the search itself works.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSearchKey } from '../../src/lib/search/search-key.ts';
import {
  adminClient,
  buildSite,
  listFiles,
  readTextFiles,
  reindex,
  startTestSystem,
  type AdminClient,
  type TestSystem,
} from './helpers/system.ts';

const NEWS = 'api::news-article.news-article';
const PRESS = 'api::press-release.press-release';
const AGREEMENT = 'api::agreement.agreement';
const EVENT = 'api::event.event';

/** Latin, lower-case words that survive slug transliteration, unique to this run. */
const run = randomBytes(4).toString('hex');
const SECRET = {
  draft: `leakdraft${run}`,
  embargoed: `leakembargo${run}`,
  unpublished: `leakunpublished${run}`,
  revision: `leakrevision${run}`,
  agreement: `leakagreement${run}`,
  event: `leakevent${run}`,
};
const CONTROL = {
  news: `ctlnews${run}`,
  revisionBase: `ctlrevision${run}`,
  agreement: `ctlagreement${run}`,
  event: `ctlevent${run}`,
};
const secretPattern = new RegExp(`leak[a-z]+${run}`, 'gi');

let system: TestSystem;
let admin: AdminClient;
let outDir: string;
let files: Map<string, string>;
const secretIds: Array<{ uid: string; endpoint: string; documentId: string }> = [];

/** Every secret word found in `text`, deduplicated. */
function leaksIn(text: string): string[] {
  return [...new Set(text.match(secretPattern) ?? [])];
}

beforeAll(async () => {
  system = await startTestSystem({ seed: true, buildSite: false });
  admin = await adminClient(system);
  const news = (title: string) => ({ title: `Новина ${title}`, summary: `Резюме ${title}.` });

  secretIds.push({
    uid: NEWS,
    endpoint: 'news-articles',
    documentId: await admin.create(NEWS, news(SECRET.draft)),
  });

  const dayAhead = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const embargoedId = await admin.create(PRESS, {
    title: `Съобщение ${SECRET.embargoed}`,
    summary: `Резюме ${SECRET.embargoed}.`,
    releaseDate: dayAhead,
    embargoUntil: dayAhead,
  });
  const pressed = await admin.publish(PRESS, embargoedId);
  expect(pressed.publishedAt, 'Publish during the embargo schedules, it does not publish').toBeNull();
  secretIds.push({ uid: PRESS, endpoint: 'press-releases', documentId: embargoedId });

  const unpublishedId = await admin.create(NEWS, news(SECRET.unpublished));
  await admin.publish(NEWS, unpublishedId);
  await admin.unpublish(NEWS, unpublishedId);
  secretIds.push({ uid: NEWS, endpoint: 'news-articles', documentId: unpublishedId });

  const revisedId = await admin.create(NEWS, news(CONTROL.revisionBase));
  await admin.publish(NEWS, revisedId);
  await admin.update(NEWS, revisedId, {
    title: `Поправка ${SECRET.revision}`,
    summary: `Резюме ${SECRET.revision}.`,
  });

  secretIds.push({
    uid: AGREEMENT,
    endpoint: 'agreements',
    documentId: await admin.create(AGREEMENT, {
      title: `Споразумение ${SECRET.agreement}`,
      registerNumber: `МД-2026-${run}`,
      partnerCountry: 'RO',
      partnerName: SECRET.agreement,
      signedOn: '2026-01-15',
    }),
  });
  const controlAgreement = await admin.create(AGREEMENT, {
    title: `Споразумение ${CONTROL.agreement}`,
    registerNumber: `МД-2026-c${run}`,
    partnerCountry: 'RO',
    signedOn: '2026-01-16',
  });
  await admin.publish(AGREEMENT, controlAgreement);

  const eventData = (title: string) => ({
    title: `Събитие ${title}`,
    summary: `Резюме ${title}.`,
    start: '2030-06-01T15:00:00.000Z',
    end: '2030-06-01T17:00:00.000Z',
  });
  secretIds.push({
    uid: EVENT,
    endpoint: 'events',
    documentId: await admin.create(EVENT, eventData(SECRET.event)),
  });
  await admin.publish(EVENT, await admin.create(EVENT, eventData(CONTROL.event)));

  await admin.publish(NEWS, await admin.create(NEWS, news(CONTROL.news)));

  const indexed = await reindex(system);
  if (indexed.code !== 0) throw new Error(`search reindex failed:\n${indexed.output}`);
  outDir = mkdtempSync(path.join(tmpdir(), 'glasnik-no-leaks-site-'));
  const built = await buildSite(system, outDir);
  if (built.code !== 0) throw new Error(`site build failed:\n${built.output.slice(-4000)}`);
  files = readTextFiles(outDir);
}, 600_000);

afterAll(async () => {
  await system?.dispose();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the built site', () => {
  it('has the published control items in pages, feeds, sitemap, iCal and the register exports', () => {
    const holding = (word: string) =>
      [...files].filter(([, text]) => text.includes(word)).map(([file]) => file);
    const newsFiles = holding(CONTROL.news);
    expect(newsFiles.some((file) => file.startsWith('bg/news/') && file.endsWith('.html'))).toBe(true);
    expect(newsFiles.some((file) => /rss\.xml$/.test(file))).toBe(true);
    expect(newsFiles.some((file) => /sitemap.*\.xml$/.test(file))).toBe(true);
    expect(holding(CONTROL.revisionBase).length).toBeGreaterThan(0);
    expect(holding(CONTROL.agreement)).toEqual(
      expect.arrayContaining(['bg/agreements.csv', 'bg/agreements.json']),
    );
    expect(holding(CONTROL.event).some((file) => file.endsWith('.ics'))).toBe(true);
  });

  it('holds none of the hidden items in any file or file name', () => {
    const found: string[] = [];
    for (const [file, text] of files) for (const word of leaksIn(text)) found.push(`${file}: ${word}`);
    for (const file of listFiles(outDir))
      for (const word of leaksIn(file)) found.push(`file name ${file}: ${word}`);
    expect(found).toEqual([]);
    // The search covered every kind of output.
    for (const kind of ['.html', '.xml', '.ics', '.csv', '.json'])
      expect(
        [...files.keys()].some((file) => file.endsWith(kind)),
        kind,
      ).toBe(true);
  });
});

describe('the search index (search-only key, as the browser uses it)', () => {
  it('holds none of the hidden items in either language, and does hold the control', async () => {
    const key = readSearchKey(path.join(system.workDir, 'data'));
    expect(key).toBeTruthy();
    const search = async (index: string, q: string) => {
      const response = await fetch(`${system.meiliUrl}/indexes/${index}/search`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ q, limit: 1000 }),
      });
      expect(response.status, index).toBe(200);
      return (await response.json()) as { hits: unknown[]; estimatedTotalHits?: number };
    };
    for (const index of ['glasnik_bg', 'glasnik_en']) {
      const everything = await search(index, '');
      expect(everything.hits.length, `${index} is not empty`).toBeGreaterThan(0);
      expect(leaksIn(JSON.stringify(everything.hits)), index).toEqual([]);
      for (const word of Object.values(SECRET))
        expect((await search(index, word)).hits, `${index} ${word}`).toEqual([]);
    }
    expect((await search('glasnik_bg', CONTROL.news)).hits.length).toBe(1);
  });
});

describe('the REST API', () => {
  const asPublic = (apiPath: string) => fetch(`${system.cmsUrl}${apiPath}`);
  const asReadToken = (apiPath: string) =>
    fetch(`${system.cmsUrl}${apiPath}`, {
      headers: { Authorization: `Bearer ${system.secrets.STRAPI_READ_TOKEN}` },
    });

  it('lists, finds by id, filters and populates no hidden item — as the public and with the read token', async () => {
    const found: string[] = [];
    const tricks = [
      '',
      '?status=draft',
      '?populate=*',
      '?populate[localizations]=*&status=draft',
      '?publicationState=preview',
      '?hasPublishedVersion=false',
      '?locale=en',
      '?locale=*',
      '?pagination[pageSize]=100',
    ];
    const endpoints = [
      'news-articles',
      'press-releases',
      'agreements',
      'events',
      'campaigns',
      'media-assets',
      'pages',
    ];
    let answered = 0;
    for (const read of [asPublic, asReadToken]) {
      const paths: string[] = [];
      for (const endpoint of endpoints) {
        for (const trick of tricks) paths.push(`/api/${endpoint}${trick}`);
        for (const word of Object.values(SECRET))
          paths.push(
            `/api/${endpoint}?filters[title][$containsi]=${word}&status=draft`,
            `/api/${endpoint}?filters[slug][$containsi]=${word}`,
          );
      }
      for (const { endpoint, documentId } of secretIds) {
        for (const trick of tricks) paths.push(`/api/${endpoint}/${documentId}${trick}`);
      }
      for (const apiPath of paths) {
        const response = await read(apiPath);
        const text = await response.text();
        if (response.status >= 500) found.push(`${apiPath} → ${response.status}`);
        if (response.status === 200) answered += 1;
        for (const word of leaksIn(text)) found.push(`${apiPath}: ${word}`);
      }
    }
    expect(found).toEqual([]);
    expect(answered).toBeGreaterThan(100);
    const control = (await (
      await asPublic(`/api/news-articles?filters[title][$containsi]=${CONTROL.news}`)
    ).json()) as { data: unknown[] };
    expect(control.data).toHaveLength(1);
  });

  it('the hidden items do exist, with these words, for a signed-in editor (so the searches above could find them)', async () => {
    for (const { uid, documentId } of secretIds) {
      const answer = await admin.call(
        'GET',
        `/content-manager/collection-types/${uid}/${documentId}?locale=bg`,
      );
      expect(answer.status).toBe(200);
      expect(leaksIn(JSON.stringify(answer.body)).length, documentId).toBeGreaterThan(0);
    }
  });

  it('the published version of a revised item is served with its published title', async () => {
    const response = (await (
      await asPublic(`/api/news-articles?filters[title][$containsi]=${CONTROL.revisionBase}&status=draft`)
    ).json()) as { data: Array<{ title: string }> };
    expect(response.data.map((item) => item.title)).toEqual([`Новина ${CONTROL.revisionBase}`]);
  });
});
