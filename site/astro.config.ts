// The public site: static HTML from the CMS read API, bg (default) and en, every URL with its locale prefix.
import { defineConfig } from 'astro/config';
import { routeKeysIntegration } from './integrations/route-keys';
import { sitemap } from './integrations/sitemap';
import { readSiteEnv } from './src/lib/env';

const env = readSiteEnv();
const cms = new URL(env.CMS_URL);

export default defineConfig({
  site: env.SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Builds go where the publisher says (a fresh folder it swaps in), or dist/ by default.
  outDir: env.SITE_OUT_DIR ?? './dist',
  // Fixed across builds (publisher issue 7): optimised images, the content store and the route keys.
  cacheDir: env.SITE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', concurrency: 4 },
  i18n: {
    locales: ['bg', 'en'],
    defaultLocale: 'bg',
    // `/` is our own page (src/pages/index.astro: meta refresh plus a link), so Astro must not add one.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // Renders only the routes whose cacheKey changed when the output folder holds the previous build
    // (src/lib/route-keys.ts); it replaces Astro's experimental.incrementalBuild (issue 9).
    // The search settings are left out of its code digest: only the (unkeyed) search page shows them.
    routeKeysIntegration({ outputHoldsPreviousBuild: env.SITE_KEEP_OUT_DIR === '1' }),
    // Our own O(n) sitemap (sitemap-index.xml + sitemap-N.xml, without `/` and 404): @astrojs/sitemap
    // matched alternates in O(n²), 6–8 s of a 10,000-item rebuild (issue 9).
    sitemap({ hreflangByLocale: { bg: 'bg-BG', en: 'en-GB' } }),
  ],
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // AVIF costs ~2.4 s per variant on two cores at the default effort; effort 2 keeps the size close.
      config: {
        avif: { effort: 2, quality: 55 },
        webp: { quality: 72 },
        jpeg: { quality: 78, mozjpeg: true },
      },
    },
    remotePatterns: [
      {
        protocol: cms.protocol.replace(':', ''),
        hostname: cms.hostname,
        ...(cms.port ? { port: cms.port } : {}),
      },
    ],
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Astro empties the output folder before a build unless this is false (core/build/static-build.js).
      ...(env.SITE_KEEP_OUT_DIR === '1' ? { emptyOutDir: false } : {}),
      // The static server's CSP allows only same-origin scripts: never inline them as data: URLs.
      assetsInlineLimit: 0,
    },
  },
});
