import { errors } from '@strapi/utils';

/**
 * Strapi's body middleware (koa-body/formidable) throws a plain Error for a broken multipart body
 * ("MultipartParser.end(): stream ended unexpectedly"), which strapi::errors answers with 500. A
 * broken body is the client's mistake: these two middlewares, placed around `strapi::body` in
 * config/middlewares.ts, turn any status-less error raised while the body was being read into a 400
 * that says so. Errors with a status (400 bad JSON, 413 too large) and errors after the body was read
 * (the route's own) pass unchanged.
 */

const BODY_READ = Symbol('glasnik.bodyRead');

interface Ctx {
  state: Record<string | symbol, unknown>;
}

const hasStatus = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (typeof (error as { status?: unknown }).status === 'number' || error instanceof errors.ApplicationError);

/** Goes before `strapi::body` (config/middlewares.ts loads it through middlewares/body-read-errors). */
export function beforeBodyParsing() {
  return async (ctx: Ctx, next: () => Promise<unknown>): Promise<void> => {
    try {
      await next();
    } catch (error) {
      if (ctx.state[BODY_READ] || hasStatus(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new errors.ValidationError(
        `The request body could not be read (${reason}). Send valid JSON, or a complete multipart form.`,
      );
    }
  };
}

/** Goes right after `strapi::body` (through middlewares/body-read-marker): from here on, errors are not about the body. */
export function afterBodyParsing() {
  return async (ctx: Ctx, next: () => Promise<unknown>): Promise<unknown> => {
    ctx.state[BODY_READ] = true;
    return next();
  };
}
