import { HttpHandler, http, matchRequestUrl, type RequestHandler } from 'msw';
import { problem } from '../http';
import { API_URL } from '../worker/protocol';

/**
 * Last in the list: a request under /api that no handler took gets the API's JSON error shape,
 * not Next.js's HTML 404 — `405` with `Allow` when the path exists for other methods, `404` when
 * it does not. The path is not echoed: the method and a fixed text are enough.
 */
export function fallbackHandlers(known: readonly RequestHandler[]) {
  const routes = known.filter((h): h is HttpHandler => h instanceof HttpHandler && typeof h.info.method === 'string');
  return [
    http.all(API_URL, ({ request }) => {
      const url = new URL(request.url);
      const methods = routes
        .filter((h) => {
          const path = h.info.path;
          return (typeof path === 'string' || path instanceof RegExp) && matchRequestUrl(url, path).matches;
        })
        .map((h) => String(h.info.method));
      if (!methods.length) return problem(404, 'NOT_FOUND', 'no such API endpoint');
      const allow = [...new Set(methods)].join(', ');
      const res = problem(
        405,
        'METHOD_NOT_ALLOWED',
        `${request.method.slice(0, 10)} is not allowed here; use ${allow}`,
      );
      res.headers.set('Allow', allow);
      return res;
    }),
  ];
}
