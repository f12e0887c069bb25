import type { Core } from '@strapi/strapi';

/** The parts of a Strapi attribute definition Glasnik's generic code reads. */
export interface AttributeInfo {
  type: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
  allowedTypes?: string[];
  private?: boolean;
}

/** Attributes of a content type or component, by uid. */
export function attributesOf(strapi: Core.Strapi, uid: string): Record<string, AttributeInfo> {
  const model =
    (strapi.contentTypes as unknown as Record<string, { attributes?: unknown } | undefined>)[uid] ??
    (strapi.components as unknown as Record<string, { attributes?: unknown } | undefined>)[uid];
  if (!model) throw new Error(`Glasnik: no content type or component "${uid}" is registered.`);
  return (model.attributes ?? {}) as Record<string, AttributeInfo>;
}

export function hasAttribute(strapi: Core.Strapi, uid: string, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(attributesOf(strapi, uid), name);
}
