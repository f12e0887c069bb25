import type { Core } from '@strapi/strapi';
import { publicActions } from './public-permissions';

/** Name of the read-only API token the site build uses. */
export const READ_TOKEN_NAME = 'Glasnik site build (read-only)';

interface TokenRow {
  id: number;
  name: string;
  type: string;
  accessKey: string;
}

/**
 * Makes sure an API token whose secret is STRAPI_READ_TOKEN exists and may do exactly what the Public
 * role may (find/findOne of the public types): Strapi's "read-only" type would also let it list every
 * uploaded file (drafts' and embargoed releases' attachments included), the users and the roles.
 * `npm start` generates the secret into cms/.env and the site build reads with it, with no clicks. Strapi stores
 * only an HMAC of the key (admin.apiToken.salt) and an encrypted copy: both are written here the way
 * the admin's api-token service writes them. Idempotent; a changed secret replaces the old one.
 * @throws {Error} when STRAPI_READ_TOKEN is shorter than 32 characters (guessable).
 */
export async function ensureReadToken(
  strapi: Core.Strapi,
  secret: string | undefined = process.env.STRAPI_READ_TOKEN,
): Promise<void> {
  if (!secret) return;
  if (secret.length < 32)
    throw new Error(
      'STRAPI_READ_TOKEN is shorter than 32 characters: use a long random value (npm start generates one into cms/.env).',
    );
  const tokens = strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const accessKey = tokens.hash(secret) as string;
  const query = strapi.db.query('admin::api-token');
  const permissions = publicActions();
  const byKey = (await query.findOne({ where: { accessKey } })) as TokenRow | null;
  if (byKey) {
    // Also narrows a token an earlier version created as "read-only".
    await tokens.update(byKey.id, { type: 'custom', permissions });
    return;
  }
  const byName = (await query.findOne({ where: { name: READ_TOKEN_NAME } })) as TokenRow | null;
  const created =
    byName ??
    ((await tokens.create({
      name: READ_TOKEN_NAME,
      description:
        'Used by the static site build (npm start / CI). Managed by Glasnik from STRAPI_READ_TOKEN.',
      type: 'custom',
      permissions,
      lifespan: null,
    })) as TokenRow);
  await tokens.update(created.id, { type: 'custom', permissions });
  await query.update({
    where: { id: created.id },
    data: { accessKey, encryptedKey: encryption.encrypt(secret) },
  });
  strapi.log.info(`Glasnik: the read-only API token "${READ_TOKEN_NAME}" now uses STRAPI_READ_TOKEN.`);
}
