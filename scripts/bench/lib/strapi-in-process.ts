/**
 * Loads the Glasnik CMS inside this process (no HTTP server), as `npm run seed` does, so a benchmark can
 * write through the Document Service and the upload plugin directly.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from '../../src/lib/paths.ts';

/**
 * Boots Strapi from cms/ with the current process environment (set DATABASE_*, CMS_PUBLIC_DIR and the
 * secrets before calling: Strapi reads them while its modules load).
 * @throws {Error} when the CMS cannot compile or load (e.g. a missing secret; Strapi's message says which).
 */
export async function loadStrapi(): Promise<Core.Strapi> {
  // With require, like cms/scripts/seed.ts: Strapi's ESM build cannot be resolved by Node (`lodash/fp`).
  const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
  const { compileStrapi, createStrapi } = requireFromCms('@strapi/strapi') as typeof import('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir: CMS_DIR });
  return createStrapi({ appDir: CMS_DIR, distDir }).load();
}
