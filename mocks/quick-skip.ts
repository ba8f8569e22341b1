import { HttpHandler, type RequestHandler } from 'msw';

/**
 * MSW tries handlers in order and, for each one, parses the page's cookies and compiles its URL
 * pattern before finding out that it does not apply: ~0.5 ms per handler on a busy laptop, for
 * every request — and with a service worker MSW sees all of the page's requests (chunks, Next's
 * prefetches), not only /api. This skips a handler at once when its method differs or a regular
 * expression made once from its pattern rules the URL out; what it lets through is matched by
 * MSW as before, so the expression only has to be at least as permissive as MSW's matching
 * (path-to-regexp: `:param` is one segment, `*` anything, trailing slash optional, any case).
 */
const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const patternRegExp = (path: string) =>
  new RegExp(
    `^${path
      .split(/(\*|:[A-Za-z0-9_]+)/)
      .map((p) => (p === '*' ? '.*' : p.startsWith(':') ? '[^/]+' : escapeRegExp(p)))
      .join('')}/?$`,
    'i',
  );

const methodMatches = (method: HttpHandler['info']['method'], actual: string) =>
  method instanceof RegExp ? method.test(actual) : method.toUpperCase() === actual.toUpperCase();

const skipped = new WeakSet<RequestHandler>();

export function quickSkip<H extends RequestHandler>(handlers: H[]): H[] {
  for (const h of handlers) {
    if (!(h instanceof HttpHandler) || typeof h.info.path !== 'string' || skipped.has(h)) continue;
    skipped.add(h);
    const re = patternRegExp(h.info.path),
      method = h.info.method,
      parse = h.parse.bind(h);
    h.parse = (args) => {
      const url = new URL(args.request.url);
      if (methodMatches(method, args.request.method) && re.test(url.origin + url.pathname)) return parse(args);
      return Promise.resolve({ match: { matches: false, params: {} }, cookies: {} });
    };
  }
  return handlers;
}
