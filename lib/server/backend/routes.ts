import type { Backend } from './context';

export type Params = Record<string, string>;
export type Handler = (b: Backend, request: Request, params: Params) => Promise<Response> | Response;
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** docs/api.md's path, `:name` for a percent-encoded segment. */
  path: string;
  handle: Handler;
}

/** The route a path and method take, its decoded segments, or the methods the path has (405) or none (404). */
export function match(
  routes: readonly Route[],
  method: string,
  pathname: string,
): { route: Route; params: Params } | { allow: string[] } {
  const segments = pathname.split('/').filter(Boolean);
  const allow: string[] = [];
  for (const route of routes) {
    const parts = route.path.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Params = {};
    const fits = parts.every((p, i) => {
      if (!p.startsWith(':')) return p === segments[i];
      try {
        params[p.slice(1)] = decodeURIComponent(segments[i]);
        return true;
      } catch {
        return false;
      }
    });
    if (!fits) continue;
    if (route.method === method) return { route, params };
    allow.push(route.method);
  }
  return { allow };
}
