import path from 'node:path';
import { createRequire } from 'node:module';

// Strapi's ESM build imports `lodash/fp` as a directory, which Node's ESM loader refuses: load the CommonJS build.
const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

/** Compiles the CMS (TypeScript → dist/) once per test run; every test file then boots from dist. */
export default async function setup(): Promise<void> {
  // For quick local iterations after compiling yourself (`npx tsc -p tsconfig.json`).
  if (process.env.GLASNIK_TEST_SKIP_COMPILE === '1') return;
  const appDir = path.resolve(import.meta.dirname, '..', '..');
  await compileStrapi({ appDir });
}
