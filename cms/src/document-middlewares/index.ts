import type { Core, Modules } from '@strapi/strapi';
import { reviewStage } from './review-stage';
import { automaticValues } from './automatic-values';
import { validation } from './validation';
import { embargo } from './embargo';
import { publicationLog } from './publication-log';
import type { DocumentMiddlewareFactory } from './types';

/**
 * Order matters: who may do it → fill automatic values → validate the result → hold back embargoed
 * publishes → log publishes. Each later middleware sees what the earlier ones changed.
 */
const ORDER: DocumentMiddlewareFactory[] = [
  reviewStage,
  automaticValues,
  validation,
  embargo,
  publicationLog,
];

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  for (const factory of ORDER) {
    strapi.documents.use(factory(strapi) as unknown as Modules.Documents.Middleware.Middleware);
  }
}
