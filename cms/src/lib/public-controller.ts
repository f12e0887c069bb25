/**
 * Controller of every public type's read path. It does what Strapi's core find/findOne do — validate
 * and sanitize the client's query, read through the service, sanitize the output — with one change:
 * the server's populate tree (set by {@link publicReadMiddleware}) is added AFTER the client's query is
 * validated. Strapi would otherwise validate and sanitize that large, trusted tree on every request as if
 * a client had sent it, which cost 100-300 ms per request and made the API time out under load.
 */
import { factories } from '@strapi/strapi';
import { SERVER_POPULATE_KEY } from './public-read';

interface ReadContext {
  params: { id?: string };
  state: Record<string, unknown>;
  query: Record<string, unknown>;
}

/** Methods of Strapi's core controller this one builds on. */
interface CoreReadMethods {
  validateQuery(ctx: ReadContext): Promise<void>;
  sanitizeQuery(ctx: ReadContext): Promise<Record<string, unknown>>;
  sanitizeOutput(data: unknown, ctx: ReadContext): Promise<unknown>;
  transformResponse(data: unknown, meta?: Record<string, unknown>): unknown;
}

interface ReadService {
  find(query: Record<string, unknown>): Promise<unknown>;
  findOne(id: string, query: Record<string, unknown>): Promise<unknown>;
}

function withServerPopulate(ctx: ReadContext, sanitized: Record<string, unknown>): Record<string, unknown> {
  const populate = ctx.state[SERVER_POPULATE_KEY];
  return populate === undefined ? sanitized : { ...sanitized, populate };
}

/** The core controller of a public type (collection or single) with the fast read path. */
export function publicReadController(uid: string, kind: 'collection' | 'single') {
  // Strapi's factory is typed per known UID; the read path is the same for all of them.
  const createController = factories.createCoreController as unknown as (
    uid: string,
    extend: (context: { strapi: { service(uid: string): unknown } }) => Record<string, unknown>,
  ) => unknown;

  return createController(uid, ({ strapi }) => {
    const service = () => strapi.service(uid) as ReadService;
    if (kind === 'single') {
      return {
        async find(this: CoreReadMethods, ctx: ReadContext) {
          await this.validateQuery(ctx);
          const query = withServerPopulate(ctx, await this.sanitizeQuery(ctx));
          const entity = await service().find(query);
          return this.transformResponse(await this.sanitizeOutput(entity, ctx));
        },
      };
    }
    return {
      async find(this: CoreReadMethods, ctx: ReadContext) {
        await this.validateQuery(ctx);
        const query = withServerPopulate(ctx, await this.sanitizeQuery(ctx));
        const { results, pagination } = (await service().find(query)) as {
          results: unknown;
          pagination: unknown;
        };
        return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination });
      },
      async findOne(this: CoreReadMethods, ctx: ReadContext) {
        await this.validateQuery(ctx);
        const query = withServerPopulate(ctx, await this.sanitizeQuery(ctx));
        const entity = await service().findOne(ctx.params.id ?? '', query);
        return this.transformResponse(await this.sanitizeOutput(entity, ctx));
      },
    };
  });
}
