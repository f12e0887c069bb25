import type { Core } from '@strapi/strapi';
import { z } from 'zod';

/**
 * Who is acting in the current request. Admin users (the content manager) are held to Glasnik's
 * editorial rules; API-token calls and code without a request (cron, seed, bootstrap) are trusted,
 * because only administrators can create tokens and run code.
 */
export type Actor =
  | { kind: 'admin'; id: number; name: string; roleCodes: string[] }
  | { kind: 'token'; name: string }
  | { kind: 'system'; name: string };

const adminUserSchema = z.object({
  id: z.union([z.number(), z.string()]).transform(Number),
  firstname: z.string().nullish(),
  lastname: z.string().nullish(),
  username: z.string().nullish(),
  email: z.string().nullish(),
  roles: z.array(z.object({ code: z.string() })),
});

interface RequestState {
  state?: { user?: unknown; auth?: { credentials?: { name?: unknown } } };
}

/** Reads the acting user from Strapi's request context (AsyncLocalStorage). */
export function currentActor(strapi: Core.Strapi): Actor {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  const parsed = adminUserSchema.safeParse(ctx?.state?.user);
  if (parsed.success) {
    const { id, firstname, lastname, username, email, roles } = parsed.data;
    const name = [firstname, lastname].filter(Boolean).join(' ') || username || email || `admin #${id}`;
    return { kind: 'admin', id, name, roleCodes: roles.map((role) => role.code) };
  }
  const tokenName = ctx?.state?.auth?.credentials?.name;
  if (typeof tokenName === 'string') return { kind: 'token', name: `API token "${tokenName}"` };
  return { kind: 'system', name: 'system' };
}

/** True for trusted callers and for admins holding one of `codes`. */
export function mayActAs(actor: Actor, codes: readonly string[]): boolean {
  return actor.kind !== 'admin' || actor.roleCodes.some((code) => codes.includes(code));
}

/** Code of the default locale ("bg"). */
export async function defaultLocale(strapi: Core.Strapi): Promise<string> {
  const code: unknown = await strapi.plugin('i18n').service('locales').getDefaultLocale();
  return typeof code === 'string' ? code : 'bg';
}
