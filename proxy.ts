import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

/**
 * The language: /ja/… is Japanese; an unprefixed path is English, except on a first visit (no
 * choice remembered) from a Japanese browser (Accept-Language), which is redirected to /ja/….
 *
 * next-intl answers an English path with an internal rewrite to /en/…, which Next 16 under
 * `next start -H 127.0.0.1` (how the e2e suite, the bench and the walkthroughs serve the app)
 * treats as an external URL — the rewrite names `localhost`, the server its literal host — and
 * proxies back through here, where /en/… is redirected to /…: a redirect loop
 * (vercel/next.js#94745). So that rewrite is done by next.config.js's `rewrites` instead, and here
 * the request goes on with the rest of next-intl's answer (its cookie and alternate links).
 */
export default function proxy(request: NextRequest) {
  const response = intl(request);
  if (!response.headers.has('x-middleware-rewrite')) return response;
  const next = NextResponse.next();
  response.headers.forEach((value, key) => {
    if (key !== 'x-middleware-rewrite') next.headers.append(key, value);
  });
  return next;
}

// Not the API (served by MSW in the page), Next's files, or files such as mockServiceWorker.js.
export const config = { matcher: '/((?!api|_next|_vercel|.*\\..*).*)' };
