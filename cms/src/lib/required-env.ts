/**
 * Secrets the CMS cannot run without. There is deliberately no fallback value: a made-up default
 * (`tobemodified`) would run fine in production and sign every session with a public string.
 * `npm start` writes random ones into `cms/.env` on first start; tests generate their own.
 */
type EnvReader = (key: string) => string | undefined;

/**
 * `strapi build` (admin panel and server code) loads the configuration but signs and encrypts nothing,
 * and the admin bundle contains none of these values; CI and packagers build without the secrets.
 * The `build` script sets this flag; a server started without secrets still stops with the error.
 */
const BUILD_ONLY = process.env['GLASNIK_BUILD_ONLY'] === '1';

/**
 * @throws {Error} naming the variable and how to provide it.
 */
export function requiredEnv(env: EnvReader, key: string): string {
  const value = env(key);
  if (!value && BUILD_ONLY) return `build-only-placeholder-${key}`;
  if (!value) {
    throw new Error(
      `The CMS setting ${key} is missing: set it in the environment or in cms/.env (\`npm start\` creates cms/.env with random secrets on first run).`,
    );
  }
  return value;
}

/** Comma-separated list variant of {@link requiredEnv} (APP_KEYS). */
export function requiredEnvList(env: EnvReader, key: string): string[] {
  return requiredEnv(env, key)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
