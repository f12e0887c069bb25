/**
 * `npm run seed`: loads the CMS in this process (no server needed, the CMS may be stopped), seeds the
 * demo newsroom when the CMS is empty (or completes an interrupted demo seed), prints what is there,
 * and exits. A CMS holding other content is left alone. Uses the same database settings as
 * the CMS (SQLite under cms/.tmp/ by default, DATABASE_* from the environment or cms/.env).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { demoContentState, formatReport, seedDemoContent } from './seed/index';

async function main(): Promise<void> {
  const appDir = path.resolve(__dirname, '..');
  // Strapi reads .env from the working directory; pin it to the CMS's own file whatever the cwd is.
  const envFile = path.join(appDir, '.env');
  if (!process.env.ENV_PATH && existsSync(envFile)) process.env.ENV_PATH = envFile;
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';

  const started = Date.now();
  // Loaded after the environment is set (Strapi reads .env when its modules load), and with require:
  // a dynamic import() would pick Strapi's ESM build, which Node cannot resolve (`lodash/fp`).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir });
  const strapi = await createStrapi({ appDir, distDir }).load();
  try {
    const state = await demoContentState(strapi);
    if (state === 'content') {
      console.log('The CMS already holds content that is not the demo: no demo content added.');
      return;
    }
    console.log(
      `Seeding demo content into ${strapi.config.get('database.connection.client')} (${state === 'empty' ? 'empty CMS' : 'completing the demo'}) …`,
    );
    const report = await seedDemoContent(strapi, { log: (message) => console.log(message) });
    console.log(
      report.created === 0 ? 'Demo content was already there; nothing added.' : 'Demo content seeded.',
    );
    console.log(formatReport(report));
    console.log(`Total time including CMS start: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.error(
      'Seeding stopped. Fix the problem above and run `npm run seed` again: it continues where it stopped.',
    );
    process.exit(1);
  },
);
