import type { Core } from '@strapi/strapi';

/**
 * The two API tokens Strapi creates on the first start of an empty database (copied from
 * @strapi/admin's services/constants DEFAULT_API_TOKENS, 5.54). Glasnik uses neither: the site reads with
 * its own narrow token (read-token.ts). Left in place, "Full Access" can write every type, and a super
 * admin can reveal its key in the admin panel.
 */
export const STRAPI_DEFAULT_API_TOKENS = [
  {
    name: 'Read Only',
    description: 'A default API token with read-only permissions, only used for accessing resources',
    type: 'read-only',
  },
  {
    name: 'Full Access',
    description:
      'A default API token with full access permissions, used for accessing or modifying resources',
    type: 'full-access',
  },
] as const;

interface TokenRow {
  id: number;
  name: string;
  description: string | null;
  type: string;
  kind: string | null;
  lastUsedAt: string | Date | null;
}

function isUntouchedDefault(token: TokenRow): boolean {
  return STRAPI_DEFAULT_API_TOKENS.some(
    (preset) =>
      token.name === preset.name &&
      token.description === preset.description &&
      token.type === preset.type &&
      (token.kind ?? 'content-api') === 'content-api',
  );
}

/**
 * Deletes Strapi's default "Read Only" and "Full Access" API tokens while they are still exactly as
 * Strapi made them (same name, description and type) and have never been used. A token an
 * administrator created or changed is left alone; a default one that has been used is kept too (an
 * integration may depend on it) and a warning names it, so an administrator can replace it. Runs on
 * every start: it also clears the pair from databases created before this existed.
 */
export async function removeDefaultApiTokens(strapi: Core.Strapi): Promise<void> {
  const query = strapi.db.query('admin::api-token');
  const candidates = (await query.findMany({
    where: { name: { $in: STRAPI_DEFAULT_API_TOKENS.map((preset) => preset.name) } },
    select: ['id', 'name', 'description', 'type', 'kind', 'lastUsedAt'],
  })) as TokenRow[];
  const tokens = strapi.service('admin::api-token-content-api');
  for (const token of candidates.filter(isUntouchedDefault)) {
    if (token.lastUsedAt) {
      strapi.log.warn(
        `Glasnik: Strapi's default API token "${token.name}" has been used, so it was kept. Glasnik does not need it: replace it with a narrower token in Settings → API Tokens and delete it.`,
      );
      continue;
    }
    // revoke() also removes the token's permissions, as deleting it in the admin panel does.
    await tokens.revoke(token.id);
    strapi.log.info(`Glasnik: deleted Strapi's unused default API token "${token.name}".`);
  }
}
