/**
 * Settings of the publisher, from the environment, validated once: a wrong value stops it with one
 * sentence naming the variable.
 */
import path from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../paths.ts';

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, {
      message: `is not a whole number between ${min} and ${max}`,
    })
    .transform(Number);
const absoluteUrl = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((value) => URL.canParse(value), { message: 'is not an absolute URL' })
    .transform((value) => value.replace(/\/+$/, ''));

export const publisherSettingsSchema = z.object({
  /** Port of the publisher's webhook and status server (127.0.0.1). */
  PUBLISHER_PORT: int(4322, 1, 65_535),
  /** Shared secret the CMS webhook sends in X-Glasnik-Webhook-Secret. */
  PUBLISH_WEBHOOK_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters (npm start generates one into cms/.env)'),
  /** Where builds, `current` and the Astro cache live (default .data/). */
  GLASNIK_DATA_DIR: z.string().optional(),
  CMS_URL: absoluteUrl('http://127.0.0.1:1337'),
  STRAPI_READ_TOKEN: z.string().min(1, 'is required: the site build reads the CMS with it'),
  /** Public address of the site (links in feeds, sitemap, syndication posts). */
  SITE_URL: absoluteUrl('http://127.0.0.1:4321'),
  MEILI_URL: z.string().optional(),
  /** Astro's cache folder (optimised images, incremental builds); default site/node_modules/.astro. */
  SITE_CACHE_DIR: z.string().optional(),
  /** `warn`: a build with broken internal links still goes live (they are listed in /status). */
  PUBLISH_BROKEN_LINKS: z.enum(['fail', 'warn']).default('fail'),
  /** Quiet period after the last change before a build starts. */
  PUBLISH_DEBOUNCE_MS: int(1500, 0, 600_000),
  /** A steady stream of changes still gets a build at least this often. */
  PUBLISH_MAX_WAIT_MS: int(10_000, 0, 3_600_000),
});

export type PublisherSettings = z.infer<typeof publisherSettingsSchema>;

/**
 * @throws {Error} naming the first wrong variable (secrets are not echoed).
 */
export function readPublisherSettings(
  env: NodeJS.ProcessEnv = process.env,
): PublisherSettings & { dataDir: string } {
  const relevant = Object.fromEntries(
    Object.keys(publisherSettingsSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = publisherSettingsSchema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    const shown = /SECRET|TOKEN/.test(variable) ? '(hidden)' : `"${relevant[variable] ?? ''}"`;
    throw new Error(`${variable}=${shown} ${issue.message}.`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.GLASNIK_DATA_DIR ?? DATA_DIR) };
}
