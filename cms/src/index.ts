import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { registerAdminRoutes } from './admin-api/revisions';
import { ensureLocales } from './bootstrap/locales';
import { useSqliteWriteAheadLog } from './bootstrap/sqlite-journal';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureReadToken } from './bootstrap/read-token';
import { removeDefaultApiTokens } from './bootstrap/default-api-tokens';
import { cleanUploadTexts, guardImageUploads } from './bootstrap/upload-guard';
import { invalidatePublicReadsOnChange } from './lib/public-read-cache';
import { registerSearchSync } from './document-middlewares/search-sync'; // search (issue 6)
import { registerPublishingRoutes } from './syndication/routes'; // publish to live (issue 7)
import { ensurePublishing } from './bootstrap/publish-webhook'; // publish to live (issue 7)

export default {
  /** Before the server starts: content rules (document middlewares) and Glasnik's admin routes. */
  register({ strapi }: { strapi: Core.Strapi }) {
    useSqliteWriteAheadLog(strapi); // before the schema sync: SQLite commits ~7x cheaper (see the module)
    registerDocumentMiddlewares(strapi);
    registerAdminRoutes(strapi);
    registerPublishingRoutes(strapi); // publish to live (issue 7): outbox routes for the publisher, status routes for the admin
  },
  /** On every start, idempotently: languages, roles, public permissions, first admin, site token (and no unused Strapi default tokens). */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureAdminRoles(strapi);
    await ensurePublicPermissions(strapi);
    await ensureFirstAdmin(strapi);
    await ensureReadToken(strapi);
    await removeDefaultApiTokens(strapi);
    guardImageUploads(strapi);
    cleanUploadTexts(strapi);
    invalidatePublicReadsOnChange(strapi); // the public read cache empties on every content change
    registerSearchSync(strapi); // search (issue 6): publish/unpublish/delete → Meilisearch; off when MEILI_URL is unset
    await ensurePublishing(strapi); // publish to live (issue 7): webhook to the publisher, syndication queue
  },
};
