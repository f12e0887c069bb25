/**
 * Local sitemap integration: writes sitemap-index.xml and sitemap-N.xml after `astro build`.
 * See build-sitemap.ts for why it replaces @astrojs/sitemap.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routeKeys } from '../../src/lib/route-keys';
import { renderSitemapFiles, sitemapEntries } from './build-sitemap';

/** Options of {@link sitemap}: locale path prefix → hreflang, e.g. `{ bg: 'bg-BG', en: 'en-GB' }`. */
export interface SitemapIntegrationOptions {
  hreflangByLocale: Readonly<Record<string, string>>;
}

/**
 * The sitemap integration for astro.config.ts.
 * @throws {Error} at build time when the Astro config has no `site` (every sitemap URL is absolute).
 */
export function sitemap(options: SitemapIntegrationOptions): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'glasnik-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site)
          throw new Error('The sitemap needs `site` in astro.config.ts (SITE_URL): set it and build again.');
        const started = performance.now();
        const sitemapOptions = { site, hreflangByLocale: options.hreflangByLocale };
        // Astro reports only the pages it rendered; keyed pages left in place as they were are in the
        // route keys (src/lib/route-keys.ts).
        const pathnames = new Set([...pages.map((page) => page.pathname), ...(routeKeys()?.pages ?? [])]);
        const entries = sitemapEntries([...pathnames], sitemapOptions);
        const files = renderSitemapFiles(entries, sitemapOptions);
        const outDir = fileURLToPath(dir);
        await Promise.all(files.map((file) => writeFile(`${outDir}/${file.fileName}`, file.xml, 'utf8')));
        logger.info(
          `${entries.length} URLs in ${files.length - 1} sitemap file(s) (${Math.round(performance.now() - started)} ms)`,
        );
      },
    },
  };
}
