import type { Core } from '@strapi/strapi';

export interface RegisteredRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route pattern as Strapi registered it, e.g. `/api/news-articles/:id`. */
  pattern: string;
}

interface LayerLike {
  methods: string[];
  path: string;
}

const PROBED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route Strapi has actually registered on one of its routers (`content-api` = /api/…, `admin` =
 * the admin panel's API incl. plugins), read from the live router rather than from a list in the test,
 * so a route someone adds later is probed too. Router-level middleware (no methods) is skipped.
 */
export function registeredRoutes(strapi: Core.Strapi, router: 'content-api' | 'admin'): RegisteredRoute[] {
  const seen = new Set<string>();
  const routes: RegisteredRoute[] = [];
  for (const layer of strapi.server.api(router).listRoutes() as unknown as LayerLike[]) {
    for (const method of layer.methods) {
      if (!PROBED_METHODS.has(method)) continue;
      const key = `${method} ${layer.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      routes.push({ method: method as RegisteredRoute['method'], pattern: layer.path });
    }
  }
  return routes;
}

/** Fills a route pattern's parameters (`:id`, `(.*)`) with the given values, or `x` when none is given. */
export function concretePath(pattern: string, values: Record<string, string>): string {
  return pattern
    .replace(/:(\w+)(\([^)]*\))?/g, (_match, name: string) => encodeURIComponent(values[name] ?? 'x'))
    .replace(/\(\.\*\)/g, 'x');
}
