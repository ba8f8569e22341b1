import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { labWorkerStart } from './lib/server/lab-worker-start';
import { BACKEND_COOKIE, TOKEN_COOKIE } from './lib/storage-keys';

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
  const token = tokenRedirect(request);
  if (token) return token;
  const response = intl(request);
  if (!response.headers.has('x-middleware-rewrite')) return markBackend(request, response);
  const next = NextResponse.next();
  response.headers.forEach((value, key) => {
    if (key !== 'x-middleware-rewrite') next.headers.append(key, value);
  });
  return markBackend(request, next);
}

/**
 * Which backend the page talks to, told in a cookie the page's boot scripts read (the HTML is the
 * same static page for both): the real libvirt URIs when VIRTLAB_LIBVIRT_URI is set, else none —
 * and a cookie left by an earlier real-backend run is removed (docs/decisions/019).
 *
 * With the lab, a page whose `<head>` does not carry the built-in lab's answers inline (decision 091: it does
 * whenever they can stand inline) preloads their file (decision 080's, which the inline <head> script then adds on
 * a first visit): from the response's header the browser asks for it before it
 * parses the <head>, where React writes the route's ~11 chunks above the inline script — behind which it
 * queued on the six connections (docs/decisions/084-…). 4 KB, immutable: a later visit, which does not
 * use it, finds it in the HTTP cache. Only that file: the worker's start files are not preloaded
 * (Lighthouse charged their download to the first paint, decision 064; they were, decision 047).
 */
function markBackend(request: NextRequest, response: NextResponse) {
  const uris = process.env.VIRTLAB_LIBVIRT_URI?.trim();
  if (uris) response.cookies.set(BACKEND_COOKIE, uris, { path: '/', sameSite: 'strict' });
  else {
    if (request.cookies.has(BACKEND_COOKIE)) response.cookies.delete(BACKEND_COOKIE);
    const { answers, answersText } = labWorkerStart();
    // A document's response only (not the router's RSC fetches, nor a redirect); none when the page carries the
    // answers inline (decision 091), as it does whenever they can stand inline.
    const document = (request.headers.get('sec-fetch-dest') ?? 'document') === 'document';
    if (answers && !answersText && document && !response.headers.has('location'))
      response.headers.append('Link', `<${answers}>; rel=preload; as=script; fetchpriority=high`);
  }
  return response;
}

/**
 * A server bound beyond loopback wants a bearer token (lib/server/guard.ts). Opened once as
 * `/?token=…`, the page keeps it in an HttpOnly, same-site cookie that its API requests carry,
 * and the address bar loses it.
 */
function tokenRedirect(request: NextRequest) {
  const given = request.nextUrl.searchParams.get('token');
  const token = process.env.VIRTLAB_API_TOKEN;
  if (given === null || !token || !process.env.VIRTLAB_LIBVIRT_URI) return null;
  const url = request.nextUrl.clone();
  url.searchParams.delete('token');
  const res = NextResponse.redirect(url, 303);
  if (given === token) res.cookies.set(TOKEN_COOKIE, given, { path: '/', httpOnly: true, sameSite: 'strict' });
  return res;
}

// Not the API (served by MSW in the page), Next's files, or files such as mockServiceWorker.js.
export const config = { matcher: '/((?!api|_next|_vercel|.*\\..*).*)' };
