/**
 * Build-time settings of the site, validated once so a wrong value stops the build with one sentence
 * naming the variable.
 */
import { z } from 'zod';

const absoluteUrl = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: 'is not an absolute http(s) URL',
    })
    .transform((value) => value.replace(/\/+$/, ''));

export const siteEnvSchema = z.object({
  /** Public address of the site; every absolute link (feeds, canonical, sitemap, Open Graph) starts with it. */
  SITE_URL: absoluteUrl('http://127.0.0.1:4321'),
  /** Address of the Strapi CMS the build reads from. */
  CMS_URL: absoluteUrl('http://127.0.0.1:1337'),
  /** Read-only API token of the CMS; optional when the public role may read. */
  STRAPI_READ_TOKEN: z.string().min(1).optional(),
  /** Where to write the build (the publisher builds into a fresh folder and swaps it in). */
  SITE_OUT_DIR: z.string().min(1).optional(),
  /**
   * '1': SITE_OUT_DIR holds the previous build's output (the publisher mirrors it there): it is not
   * emptied, and only routes whose cacheKey changed are rendered (route-keys.ts). The publisher deletes
   * what the build no longer produced itself.
   */
  SITE_KEEP_OUT_DIR: z.enum(['0', '1']).default('0'),
  /** Astro's cache folder (optimised images, content store, route keys); the publisher keeps one per data folder. */
  SITE_CACHE_DIR: z.string().min(1).optional(),
  /** Public address of the search service, for the search page (added by the search client). */
  PUBLIC_SEARCH_URL: z.string().optional(),
});
export type SiteEnv = z.infer<typeof siteEnvSchema>;

/**
 * Reads and validates the site's environment.
 * @throws {Error} naming the first wrong variable, its value and what is expected.
 */
export function readSiteEnv(env: Record<string, string | undefined> = process.env): SiteEnv {
  const relevant = Object.fromEntries(
    Object.keys(siteEnvSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = siteEnvSchema.safeParse(relevant);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const variable = String(issue.path[0]);
  const shown = variable.includes('TOKEN') ? '(hidden)' : `"${relevant[variable]}"`;
  throw new Error(`${variable}=${shown} ${issue.message}.`);
}
