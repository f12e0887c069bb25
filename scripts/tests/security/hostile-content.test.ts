/**
 * Hostile content (issue 8, point 4), built into the real site. An editor saves markup and script in
 * titles, summaries and rich text; the CMS refuses `javascript:` links. Content that went around the
 * CMS's checks (a restored old backup, a direct database edit) is simulated by writing the body straight
 * into the database: `javascript:`/`data:` links, unknown, malformed and 500-deep nested blocks. The
 * site build must succeed, report the broken blocks, and every page, feed and calendar must hold the
 * content only as inert text. File uploads (SVG with script, `../` and Unicode file names) are covered
 * in cms/tests/api/uploads.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeContent, decodeEntities, scanHtml } from './helpers/html-scan.ts';
import {
  adminClient,
  buildSite,
  readTextFiles,
  startTestSystem,
  type AdminClient,
  type TestSystem,
} from './helpers/system.ts';

const NEWS = 'api::news-article.news-article';
const EVENT = 'api::event.event';
const AGREEMENT = 'api::agreement.agreement';

const TITLE = '<script>alert("xss-title")</script> Новина с </title> и "кавички"';
const SUMMARY = '<img src=x onerror=alert("xss-summary")> резюме & още';
const EVENT_TITLE = '<script>alert("xss-ical")</script> Събитие';
const EVENT_SUMMARY = 'Ред едно\r\nATTENDEE:mailto:evil@example.com\r\nEND:VEVENT';
const AGREEMENT_TITLE = '=HYPERLINK("http://evil.example","кликни")';

const text = (value: string) => ({ type: 'text', text: value });
/** What an editor can save: markup as text, an odd but valid link text. */
const EDITOR_BODY = [
  { type: 'paragraph', children: [text('<script>alert("xss-body")</script>')] },
  { type: 'paragraph', children: [text('<img src=x onerror=alert("xss-img")>')] },
  {
    type: 'paragraph',
    children: [
      { type: 'link', url: 'https://ruse.bg/', children: [text('"><svg onload=alert("xss-link")>')] },
    ],
  },
];

function nestedList(depth: number): unknown {
  let node: unknown = { type: 'list-item', children: [text('дъно')] };
  for (let level = 0; level < depth; level += 1)
    node = { type: 'list', format: 'unordered', children: [node] };
  return node;
}

/** What only a bypass of the CMS can store: dangerous links and blocks no editor could make. */
const BYPASS_BODY = [
  ...EDITOR_BODY,
  {
    type: 'paragraph',
    children: [{ type: 'link', url: 'javascript:alert("xss-js")', children: [text('връзка 1')] }],
  },
  {
    type: 'paragraph',
    children: [{ type: 'link', url: ' JaVaScRiPt:alert(1)', children: [text('връзка 2')] }],
  },
  {
    type: 'paragraph',
    children: [
      {
        type: 'link',
        url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        children: [text('връзка 3')],
      },
    ],
  },
  {
    type: 'paragraph',
    children: [{ type: 'link', url: 'vbscript:msgbox(1)', children: [text('връзка 4')] }],
  },
  { type: 'paragraph' },
  { type: 'heading', level: 'one', children: [text('грешно ниво')] },
  { type: 'script', children: [text('alert("xss-unknown")')] },
  { type: 'paragraph', children: [{ type: 'text', text: 42 }] },
  { type: 'image', image: { url: 'javascript:alert("xss-image")', alternativeText: 'x' } },
  'not a block',
  null,
  nestedList(500),
  { type: 'paragraph', children: [text('Последен нормален абзац.')] },
];
/** Top-level positions (1-based) of the blocks the site cannot read. */
const BROKEN_POSITIONS = '8, 9, 10, 11, 13, 14, 15';

let system: TestSystem;
let admin: AdminClient;
let outDir: string;
let buildOutput: string;
let buildCode: number | null;
let files: Map<string, string>;
let newsSlug: string;
let deepListSlug: string;

beforeAll(async () => {
  system = await startTestSystem({ seed: false, buildSite: false });
  admin = await adminClient(system);
  const refused = await admin.call('POST', `/content-manager/collection-types/${NEWS}?locale=bg`, {
    title: 'Опит',
    summary: 'Опит.',
    body: [
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('x')] }] },
    ],
  });
  expect(refused.status, 'the CMS refuses a javascript: link').toBe(400);

  // What any editor can save through the admin API: a list nested 500 levels deep.
  const deepListId = await admin.create(NEWS, {
    title: 'Дълбок списък',
    summary: 'Списък в списък.',
    body: [nestedList(500), { type: 'paragraph', children: [text('След списъка.')] }],
  });
  deepListSlug = String((await admin.publish(NEWS, deepListId)).slug);

  const newsId = await admin.create(NEWS, { title: TITLE, summary: SUMMARY, body: EDITOR_BODY });
  const published = await admin.publish(NEWS, newsId);
  newsSlug = String(published.slug);
  await admin.publish(
    EVENT,
    await admin.create(EVENT, {
      title: EVENT_TITLE,
      summary: EVENT_SUMMARY,
      start: '2030-06-01T15:00:00.000Z',
      end: '2030-06-01T17:00:00.000Z',
    }),
  );
  await admin.publish(
    AGREEMENT,
    await admin.create(AGREEMENT, {
      title: AGREEMENT_TITLE,
      registerNumber: 'МД-2026-666',
      partnerCountry: 'RO',
      partnerName: '@SUM(1+1)*cmd|"/c calc"!A0',
      signedOn: '2026-01-15',
    }),
  );

  // The bypass: straight into the CMS's SQLite file, both the draft and the published row.
  const Database = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => {
    prepare: (sql: string) => { run: (...args: unknown[]) => { changes: number } };
    close: () => void;
  };
  const db = new Database(path.join(system.workDir, 'cms.db'));
  try {
    const changed = db
      .prepare('UPDATE news_articles SET body = ? WHERE document_id = ?')
      .run(JSON.stringify(BYPASS_BODY), newsId);
    expect(changed.changes).toBe(2);
  } finally {
    db.close();
  }

  outDir = mkdtempSync(path.join(tmpdir(), 'glasnik-hostile-site-'));
  const built = await buildSite(system, outDir);
  buildOutput = built.output;
  buildCode = built.code;
  files = buildCode === 0 ? readTextFiles(outDir) : new Map();
}, 600_000);

afterAll(async () => {
  await system?.dispose();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the site build with hostile content', () => {
  it('succeeds and names the broken blocks of the article in its log', () => {
    expect(buildCode, buildOutput.slice(-3000)).toBe(0);
    expect(buildOutput).toContain(
      `rich-text block(s) ${BROKEN_POSITIONS} of ${BYPASS_BODY.length} are not valid Strapi blocks`,
    );
  });

  it('a list nested 500 levels deep, which the CMS accepts from an editor, is left out and the rest shown', () => {
    expect(buildOutput).toMatch(/rich-text block\(s\) 1 of 2 are not valid Strapi blocks/);
    expect(files.get(`bg/news/${deepListSlug}/index.html`)).toContain('След списъка.');
  });

  it('the article page shows the markup as text and has no script, handler or dangerous link from content', () => {
    const page = files.get(`bg/news/${newsSlug}/index.html`);
    expect(page, [...files.keys()].filter((file) => file.includes('news')).join('\n')).toBeDefined();
    const html = page ?? '';
    // Shown, as text.
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toContain('xss-body');
    expect(html).toContain('Последен нормален абзац.');
    // Not markup: no handler, no script URL, no inline script anywhere in the page.
    expect(activeContent(html)).toEqual([]);
  });

  it('no built page or feed holds active content', () => {
    const checked = [...files].filter(([file]) => /\.(html|xml|svg)$/.test(file));
    expect(checked.length).toBeGreaterThan(10);
    const problems = checked.flatMap(([file, content]) =>
      activeContent(content).map((problem) => `${file}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('feeds: the XML is well escaped and descriptions, read as HTML the way feed readers do, hold no markup', () => {
    const feeds = [...files].filter(([file]) => file.endsWith('rss.xml') && file.startsWith('bg/'));
    const withItem = feeds.filter(([, xml]) => xml.includes('xss-title'));
    expect(withItem.length, feeds.map(([file]) => file).join(', ')).toBeGreaterThan(0);
    for (const [file, xml] of withItem) {
      expect(xml, file).not.toMatch(/<script/i);
      expect(xml, file).not.toMatch(/<img/i);
      for (const [, description] of xml.matchAll(/<description>([\s\S]*?)<\/description>/g)) {
        const raw = description ?? '';
        const asHtml = raw.startsWith('<![CDATA[')
          ? raw.slice(9, -3)
          : decodeEntities(raw.replace(/&apos;/g, "'"));
        expect(
          scanHtml(asHtml).map((tag) => tag.name),
          `${file}: ${raw}`,
        ).toEqual([]);
      }
    }
  });

  it('iCal: markup stays text and a line break in a summary cannot add a property', () => {
    const calendars = [...files].filter(([file, ics]) => file.endsWith('.ics') && ics.includes('xss-ical'));
    expect(calendars.length).toBeGreaterThan(0);
    for (const [file, ics] of calendars) {
      const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(
        lines.filter((line) => line.startsWith('ATTENDEE')),
        file,
      ).toEqual([]);
      expect(lines.filter((line) => line === 'END:VEVENT').length, file).toBe(
        lines.filter((line) => line === 'BEGIN:VEVENT').length,
      );
    }
  });

  it('the agreements CSV does not let a spreadsheet run a title or partner as a formula', () => {
    const csv =
      files.get('bg/agreements.csv') ?? readFileSync(path.join(outDir, 'bg', 'agreements.csv'), 'utf8');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`'@SUM`);
    expect(csv).not.toMatch(/(^|[,\r\n])"?=HYPERLINK/);
    expect(csv).not.toMatch(/(^|[,\r\n])"?@SUM/);
  });
});
