import { BACKEND_COOKIE } from '@/lib/storage-keys';

/**
 * The real libvirt URIs this page's server serves (the cookie its proxy sets), or null when the
 * API is the mock lab in this page. Read from document.cookie: the HTML is the same static page
 * for both backends.
 */
export function realBackend(): string[] | null {
  if (typeof document === 'undefined') return null;
  const c = document.cookie.split(/;\s*/).find((x) => x.startsWith(`${BACKEND_COOKIE}=`));
  if (!c) return null;
  const uris = decodeURIComponent(c.slice(BACKEND_COOKIE.length + 1))
    .split(',')
    .filter(Boolean);
  return uris.length ? uris : null;
}

/** The same test, inline in the boot scripts (lib/browser/early-worker.ts, first-paint.ts). */
export const realBackendTest = `document.cookie.indexOf(${JSON.stringify(`${BACKEND_COOKIE}=`)})>=0`;
