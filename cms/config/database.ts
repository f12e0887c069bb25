import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite under `cms/.tmp/` is the embedded default; `DATABASE_CLIENT=postgres` with `DATABASE_URL`
 * (or the DATABASE_HOST/… parts) is the production setup.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60_000);

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'glasnik'),
          user: env('DATABASE_USERNAME', 'glasnik'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool,
        acquireConnectionTimeout,
      },
    };
  }
  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT="${client}" is not supported: use "sqlite" (default) or "postgres".`);
  }
  // Compiled config lives in dist/config, so the app root is two levels up either way we run.
  const appRoot = path.resolve(__dirname, '..', '..');
  const filename = env('DATABASE_FILENAME', '') || '.tmp/data.db';
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.isAbsolute(filename) ? filename : path.join(appRoot, filename) },
      useNullAsDefault: true,
      acquireConnectionTimeout,
    },
  };
};

export default config;
