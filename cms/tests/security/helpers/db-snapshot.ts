import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * Tables whose rows change when someone merely signs in or reads, not when content changes: admin
 * sessions and Strapi's own migration bookkeeping.
 */
const VOLATILE_TABLES = new Set([
  'strapi_sessions',
  'strapi_migrations',
  'strapi_migrations_internal',
  'strapi_database_schema',
  'sqlite_sequence',
]);
/** Columns that record use, not content: using an API token stamps its last use (and so its update time). */
const VOLATILE_COLUMNS: Record<string, Set<string>> = {
  strapi_api_tokens: new Set(['last_used_at', 'updated_at']),
};

export interface DatabaseSnapshot {
  /** Row count and SHA-256 of all rows (order-independent) per table: a difference names the table. */
  tables: Record<string, { rows: number; sha256: string }>;
}

async function tableNames(strapi: Core.Strapi): Promise<string[]> {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    const result = (await knex.raw(
      'select tablename as name from pg_tables where schemaname = current_schema()',
    )) as { rows: Array<{ name: string }> };
    return result.rows.map((row) => row.name);
  }
  const rows = (await knex.raw("select name from sqlite_master where type = 'table'")) as Array<{
    name: string;
  }>;
  return rows.map((row) => row.name);
}

/**
 * Counts and hashes the whole database (content, users, roles, permissions, tokens, files), so a test
 * can show that a burst of hostile requests changed nothing at all.
 */
export async function snapshotDatabase(strapi: Core.Strapi): Promise<DatabaseSnapshot> {
  const tables: DatabaseSnapshot['tables'] = {};
  for (const table of (await tableNames(strapi)).filter((name) => !VOLATILE_TABLES.has(name)).sort()) {
    const rows = (await strapi.db.connection(table).select('*')) as Array<Record<string, unknown>>;
    const volatile = VOLATILE_COLUMNS[table] ?? new Set<string>();
    const lines = rows
      .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !volatile.has(column))))
      .sort();
    tables[table] = {
      rows: rows.length,
      sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
    };
  }
  return { tables };
}
