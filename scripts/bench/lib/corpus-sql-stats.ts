/**
 * SQL statistics for `bench:corpus -- --sql-stats`: how often each statement shape ran and how long it
 * took in total, from knex's `query` / `query-response` events. Statements are grouped by their SQL with
 * `in (?, ?, …)` lists folded, so one query that Strapi or a Glasnik middleware issues per item shows up
 * as one line whose count grows with the items and whose mean time grows with the archive if it scans.
 * Not counted: BEGIN/COMMIT (knex reports no response for them), so the cost of committing (the journal's
 * fsyncs, ~11 ms per commit in SQLite's rollback-journal mode here) does not show in these figures.
 */
import type { Core } from '@strapi/strapi';

interface KnexQueryEvent {
  __knexQueryUid?: string;
  sql?: string;
  bindings?: unknown[];
}

interface QueryEmitter {
  on(event: 'query', listener: (query: KnexQueryEvent) => void): unknown;
  on(event: 'query-response', listener: (response: unknown, query: KnexQueryEvent) => void): unknown;
  on(event: 'query-error', listener: (error: unknown, query: KnexQueryEvent) => void): unknown;
}

export interface SqlShape {
  sql: string;
  count: number;
  totalMs: number;
  /** Statements run per caller: the first Glasnik CMS function (cms/src) on the async stack, else "strapi". */
  callers: Map<string, number>;
  /** The statement and bindings of its first run, to ask the database how it plans it. */
  example: { sql: string; bindings: unknown[] };
}

export interface SqlStats {
  /** Statement shapes by total time, longest first. */
  shapes(): SqlShape[];
  /** Empties the counters (e.g. after the demo seed, before the items). */
  reset(): void;
}

/** One statement shape per SQL text, `in (?, ?, …)` lists folded to `in (…)`. */
export function sqlShape(sql: string): string {
  return sql.replace(/in \((?:\?(?:, )?)+\)/gi, 'in (…)').replace(/\s+/g, ' ');
}

/** The innermost Glasnik CMS function on the (async) stack of a statement, e.g. "checkSlug". */
function glasnikCaller(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const frame = stack.split('\n').find((line) => /[/\\]cms[/\\](dist[/\\])?src[/\\]/.test(line));
  return (
    frame
      ?.trim()
      .replace(/^at (async )?/, '')
      .replace(/ \(.*[/\\]/, ' (') ?? 'strapi'
  );
}

/**
 * Starts counting the statements of Strapi's knex connection.
 * @throws {Error} when the connection is not a knex instance (no event emitter).
 */
export function watchSql(strapi: Core.Strapi): SqlStats {
  const connection = strapi.db.connection as unknown as Partial<QueryEmitter>;
  if (typeof connection.on !== 'function')
    throw new Error('strapi.db.connection emits no query events: --sql-stats needs a knex connection.');
  const emitter = connection as QueryEmitter;
  const started = new Map<string, { at: number; caller: string }>();
  const shapes = new Map<string, SqlShape>();
  const finish = (query: KnexQueryEvent): void => {
    const uid = query.__knexQueryUid;
    const start = uid === undefined ? undefined : started.get(uid);
    if (uid === undefined || start === undefined || query.sql === undefined) return;
    started.delete(uid);
    const sql = sqlShape(query.sql);
    const shape = shapes.get(sql) ?? {
      sql,
      count: 0,
      totalMs: 0,
      callers: new Map(),
      example: { sql: query.sql, bindings: query.bindings ?? [] },
    };
    shape.count += 1;
    shape.totalMs += performance.now() - start.at;
    shape.callers.set(start.caller, (shape.callers.get(start.caller) ?? 0) + 1);
    shapes.set(sql, shape);
  };
  emitter.on('query', (query) => {
    if (query.__knexQueryUid !== undefined)
      started.set(query.__knexQueryUid, { at: performance.now(), caller: glasnikCaller() });
  });
  emitter.on('query-response', (_response, query) => finish(query));
  emitter.on('query-error', (_error, query) => finish(query));
  return {
    shapes: () => [...shapes.values()].sort((a, b) => b.totalMs - a.totalMs),
    reset: () => shapes.clear(),
  };
}

/**
 * SQLite's plan of a statement, reduced to the tables it reads row by row without an index
 * (`SCAN <table>`): those reads grow with the archive. Empty for statements that only search indexes.
 */
export async function fullScans(strapi: Core.Strapi, shape: SqlShape): Promise<string[]> {
  if (strapi.db.dialect.client !== 'sqlite' || !/^\s*select/i.test(shape.example.sql)) return [];
  const rows = (await strapi.db.connection.raw(
    `explain query plan ${shape.example.sql}`,
    shape.example.bindings as never,
  )) as Array<{ detail?: string }>;
  return rows
    .map((row) => row.detail ?? '')
    .filter((detail) => /^SCAN /.test(detail) && !/USING (COVERING )?INDEX/.test(detail))
    .map((detail) => detail.replace(/^SCAN /, ''));
}
