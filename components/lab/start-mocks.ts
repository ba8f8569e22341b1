import { holdRequestsUntil } from '@/lib/api/client';

/**
 * MSW's start reloads a page that has a registration but no controller, so after the early
 * registration (lib/browser/early-worker.ts) it waits until the new worker has claimed this page,
 * which it does on activation. A worker that never activates falls back to MSW's way after 3 s.
 */
async function earlyWorkerClaimed(): Promise<void> {
  const registration = await window.__virtlabWorker;
  const sw = navigator.serviceWorker;
  if (!registration || sw.controller) return;
  await new Promise<void>((resolve) => {
    sw.addEventListener('controllerchange', () => resolve(), { once: true });
    setTimeout(resolve, 3000);
    if (sw.controller) resolve();
  });
}

let starting: Promise<void> | null = null;

/**
 * The API lives in this page: MSW's worker must be running before any request leaves it. The
 * start begins when this module is evaluated (instrumentation-client.ts, before React hydrates)
 * and every API request waits for it, so the page renders at once and asks for data as soon as
 * the worker answers. Memoised: several importers, StrictMode's double effects.
 */
export function startMocks(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  return (starting ??= Promise.all([import('@/mocks/browser'), earlyWorkerClaimed()]).then(async ([{ worker }]) => {
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  }));
}

if (typeof window !== 'undefined') holdRequestsUntil(startMocks());
