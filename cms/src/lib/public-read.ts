import type { Core } from '@strapi/strapi';
import { isOneOf, EMBARGOED_TYPES } from './content-types';
import { notEmbargoedFilter, publicPopulate } from './populate';
import { checkFilterTree, checkNoNulCharacter } from '../security/public-filters';

interface KoaLikeContext {
  query: Record<string, unknown>;
  state: Record<string, unknown>;
}

/** Where the middleware leaves the server's populate tree for {@link publicReadController}. */
export const SERVER_POPULATE_KEY = 'glasnikServerPopulate';

/**
 * Route middleware of the public read path (find / findOne of every public type). Whatever the client
 * sends, it reads published content only, never an item under embargo, with the server's populate
 * tree (applied by publicReadController): `?status=draft`, `populate[...]=` and relation tricks are overwritten, not trusted. Malformed
 * filters are refused with 400 before they reach the database.
 * @throws {PublicFilterError} when `filters` is not a well-formed filter tree or a parameter holds NUL.
 */
export function publicReadMiddleware(uid: string) {
  return async (ctx: KoaLikeContext, next: () => Promise<unknown>): Promise<unknown> => {
    const strapi = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
    const now = new Date();
    checkNoNulCharacter(ctx.query);
    const { populate: _ignoredPopulate, status: _ignoredStatus, filters, ...rest } = ctx.query;
    if (filters !== undefined) checkFilterTree(filters);
    const hidesEmbargoed = isOneOf(EMBARGOED_TYPES, uid);
    const clientFilters: unknown = filters ?? undefined;
    const combinedFilters = hidesEmbargoed
      ? clientFilters
        ? { $and: [clientFilters, notEmbargoedFilter(now)] }
        : notEmbargoedFilter(now)
      : clientFilters;
    ctx.query = {
      ...rest,
      status: 'published',
      ...(combinedFilters ? { filters: combinedFilters } : {}),
    };
    // Trusted and large: added after the client's query is validated (see public-controller.ts).
    ctx.state[SERVER_POPULATE_KEY] = publicPopulate(strapi, uid, now);
    return next();
  };
}
