import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../helpers/cms';

/**
 * A ten-year archive must not make every save slower: the lookups Glasnik runs on each save (is this
 * slug taken in this language? the next press-release number, is this register number taken?) go
 * through an index instead of reading the whole table, and SQLite commits without a journal file per
 * write.
 */
let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

/** Tables the planner reads row by row for a statement (SQLite's `SCAN <table>` without an index). */
async function sqliteFullScans(sql: string, bindings: unknown[]): Promise<string[]> {
  const rows = (await cms.strapi.db.connection.raw(`explain query plan ${sql}`, bindings as never)) as Array<{
    detail: string;
  }>;
  return rows
    .map((row) => row.detail)
    .filter((detail) => /^SCAN /.test(detail) && !/USING (COVERING )?INDEX/.test(detail));
}

// Each database gets only the tests that apply to it (registered, not skipped: a skip would count as a
// test that did not run in every report).
const onPostgres = process.env.GLASNIK_TEST_DB === 'postgres';

describe('lookups on every save use an index', () => {
  const lookups: Array<{ what: string; sql: string; bindings: unknown[] }> = [
    {
      what: 'slug taken in this language (news)',
      sql: 'select document_id from news_articles where slug = ? and locale = ? and document_id <> ? limit 1',
      bindings: ['a-slug', 'bg', 'x'],
    },
    {
      what: 'slug taken in this language (press release)',
      sql: 'select document_id from press_releases where slug = ? and locale = ? and document_id <> ? limit 1',
      bindings: ['a-slug', 'bg', 'x'],
    },
    {
      what: 'slug taken in this language (event)',
      sql: 'select document_id from events where slug = ? and locale = ? and document_id <> ? limit 1',
      bindings: ['a-slug', 'bg', 'x'],
    },
    {
      what: 'reference number taken',
      sql: 'select document_id from press_releases where reference_number = ? limit 1',
      bindings: ['PR-2026-001'],
    },
    {
      what: 'register number taken',
      sql: 'select document_id from agreements where register_number = ? limit 1',
      bindings: ['МД-2019-003'],
    },
    {
      what: 'revision log of one entry',
      sql: 'select id from revisions where target_uid = ? and target_document_id = ?',
      bindings: ['api::news-article.news-article', 'x'],
    },
  ];

  if (!onPostgres)
    it.each(lookups)('SQLite plans "$what" without a full table scan', async ({ sql, bindings }) => {
      expect(await sqliteFullScans(sql, bindings)).toEqual([]);
    });

  if (onPostgres)
    it('PostgreSQL has the same indexes', async () => {
      const result = (await cms.strapi.db.connection.raw(
        `select indexname from pg_indexes where schemaname = current_schema() and indexname = any(?)`,
        [
          [
            'news_articles_slug_locale_idx',
            'press_releases_slug_locale_idx',
            'press_releases_reference_number_idx',
            'events_slug_locale_idx',
            'agreements_register_number_idx',
            'revisions_target_idx',
          ],
        ],
      )) as { rows: Array<{ indexname: string }> };
      expect(result.rows.map((row) => row.indexname).sort()).toEqual([
        'agreements_register_number_idx',
        'events_slug_locale_idx',
        'news_articles_slug_locale_idx',
        'press_releases_reference_number_idx',
        'press_releases_slug_locale_idx',
        'revisions_target_idx',
      ]);
    });
});

if (!onPostgres)
  describe('SQLite journal', () => {
    it('runs in write-ahead-log mode (a commit without a journal file per write)', async () => {
      const rows = (await cms.strapi.db.connection.raw('pragma journal_mode')) as Array<{
        journal_mode: string;
      }>;
      expect(rows[0]?.journal_mode).toBe('wal');
    });
  });
