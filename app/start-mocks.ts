import { answerHereWhenPossible, holdRequestsUntil } from '@/lib/api/client';
import { realBackend } from '@/lib/browser/backend';
import { labLine } from '@/mocks/worker/ask';
import { takeEarly } from '@/mocks/worker/early';

/**
 * MSW's start reloads a page that has a registration but no controller. A worker that is still
 * installing (a first visit, or a second page opened meanwhile) claims this page when it
 * activates, so it waits for that instead; a page that an active worker does not control (a hard
 * reload) is left to MSW's reload. A worker that never activates falls back to it after 3 s.
 */
async function workerClaimed(): Promise<void> {
  const registration = await window.__virtlabWorker;
  const sw = navigator.serviceWorker;
  if (!registration || sw.controller || (registration.active && !registration.installing && !registration.waiting))
    return;
  await new Promise<void>((resolve) => {
    sw.addEventListener('controllerchange', () => resolve(), { once: true });
    setTimeout(resolve, 3000);
    if (sw.controller) resolve();
  });
}

/**
 * MSW looks for a newer worker script on every start (registration.update()) and leaves a failure
 * unhandled; a failed check (the page navigating away meanwhile, a server restarting) is harmless:
 * the worker in place keeps answering.
 */
function ignoreFailedUpdateChecks() {
  addEventListener('unhandledrejection', (e) => {
    if (e.reason instanceof Error && e.reason.message.startsWith('Failed to update a ServiceWorker'))
      e.preventDefault();
  });
}

let starting: Promise<void> | null = null;
/** Whether MSW's service worker serves /api (started and controlling the page). */
let served = false;

/**
 * The API lives in this browser: the lab's own worker (mocks/worker/) answers it, and MSW's service
 * worker serves /api to whatever fetches it by forwarding to that worker. Both start when this
 * module is evaluated (instrumentation-client.ts, before React hydrates) — the lab's worker first
 * (usually already started by the inline <head> script), so the simulator loads on its thread while
 * MSW and the page load on this one. The app's own requests do not wait for MSW: they are answered
 * in the page (below). Memoised: several importers, StrictMode's double effects.
 */
export function startMocks(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  // The marks let bench/ui.ts break a cold load down into its phases.
  if (!starting) labLine();
  return (starting ??= Promise.all([
    import('@/mocks/browser').then((m) => {
      performance.mark('virtlab:mock-layer-evaluated');
      return m;
    }),
    workerClaimed(),
  ]).then(async ([{ worker }]) => {
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
    served = true;
    performance.mark('virtlab:api-ready');
  }));
}

/**
 * The app's own requests go to the lab's worker directly, not through MSW's service worker: on a
 * first visit the service worker installs and activates while the lab has long been able to
 * answer, and afterwards each request saves the service worker's round trip (two messages and a
 * task on a busy thread, ~10 ms of a click: docs/decisions/029-…). MSW still serves /api to
 * anything else that fetches it. Until it does, the answers are marked for bench/ui.ts, which
 * has no resource timing for them.
 */
async function askDirectly(url: string, init?: RequestInit): Promise<Response> {
  const absolute = new URL(url, location.href);
  const response = await labLine().fetch(absolute.href, init);
  if (!served) performance.mark('virtlab:api-answer', { detail: absolute.pathname });
  return response;
}

/** The answers the inline script asked for first (mocks/worker/early.ts), else the lab directly. */
const answerHere = (url: string, init?: RequestInit) =>
  takeEarly(url, init, () => askDirectly(url, init)) ?? askDirectly(url, init);

// On a real libvirt backend the server answers /api itself: no worker, nothing to wait for, and
// the page says so with the same mark (a test waits for it, not for how the backend is told).
if (typeof window !== 'undefined') {
  if (realBackend()) performance.mark('virtlab:api-ready', { detail: 'server' });
  else {
    ignoreFailedUpdateChecks();
    holdRequestsUntil(startMocks());
    answerHereWhenPossible(answerHere);
  }
}
