import { timingSafeEqual } from 'node:crypto';
import { problem } from '@/lib/api/answers';
import { TOKEN_COOKIE } from '@/lib/storage-keys';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function presented(request: Request): string | null {
  const auth = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (auth) return auth;
  const cookie = (request.headers.get('cookie') ?? '').split(/;\s*/).find((c) => c.startsWith(`${TOKEN_COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(TOKEN_COOKIE.length + 1)) : null;
}

/**
 * Who may drive real guests. Bound to loopback (the default, scripts/serve.mjs), only this machine
 * reaches the server; a page on another site must still not: a request naming another Host (DNS
 * rebinding) or sent from another origin is refused. Bound elsewhere, every request needs the
 * bearer token (VIRTLAB_API_TOKEN) — in the Authorization header, or the cookie the page gets
 * when opened once with `?token=` (proxy.ts). Null: go on.
 */
export function refusal(request: Request, env = process.env): Response | null {
  const token = env.VIRTLAB_API_TOKEN ?? '';
  const bind = env.VIRTLAB_BIND ?? '127.0.0.1';
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  const hostname = host.replace(/:\d+$/, '');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const origin = request.headers.get('origin');
    const site = request.headers.get('sec-fetch-site');
    if ((origin && origin !== `${url.protocol}//${host}`) || (site && site !== 'same-origin' && site !== 'none'))
      return problem(403, 'FORBIDDEN', 'requests from another site are refused');
  }
  if (token) {
    const t = presented(request);
    return t && same(t, token) ? null : problem(401, 'UNAUTHORIZED', 'a bearer token is required (VIRTLAB_API_TOKEN)');
  }
  if (!LOOPBACK.has(bind))
    return problem(503, 'UNAUTHORIZED', `bound to ${bind}: set VIRTLAB_API_TOKEN before real guests are served`);
  if (!LOOPBACK.has(hostname)) return problem(403, 'FORBIDDEN', 'this server answers to 127.0.0.1 and localhost only');
  return null;
}
