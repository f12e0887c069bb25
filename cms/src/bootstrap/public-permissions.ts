import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES } from '../lib/content-types';

/** Exactly what anonymous readers may do: find/findOne on public types. No sign-up, no writes. */
export function publicActions(): string[] {
  return [
    ...PUBLIC_COLLECTION_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
    ...PUBLIC_SINGLE_TYPES.map((uid) => `${uid}.find`),
  ];
}

/**
 * Makes the users-permissions Public role hold exactly {@link publicActions}: missing ones are added,
 * anything else (Strapi's default sign-up and password routes included) is removed.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!role)
    throw new Error(
      'Glasnik: the users-permissions "public" role is missing; start Strapi once with the users-permissions plugin enabled.',
    );
  const wanted = new Set(publicActions());
  const existing = (await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: role.id } })) as Array<{ id: number; action: string }>;
  const extra = existing.filter((permission) => !wanted.has(permission.action));
  if (extra.length > 0)
    await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
  const have = new Set(existing.map((permission) => permission.action));
  for (const action of wanted) {
    if (!have.has(action))
      await strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action, role: role.id } });
  }
  // Authenticated users do not exist in Glasnik; make sure that role cannot write either.
  const authenticated = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
  if (authenticated) {
    await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { role: authenticated.id, action: { $notIn: [...wanted] } } });
  }
}
