import { answerHereWhenPossible, holdRequestsUntil, relayFailed } from '@/lib/api/client';
import { realBackend } from '@/lib/browser/backend';
import { controlledWithin, relayMsw } from '@/mocks/browser';
import { labLine } from '@/mocks/worker/ask';
import { takeEarly } from '@/mocks/worker/early';
import type { ToWorker } from '@/mocks/worker/protocol';
import { labWorker } from '@/mocks/worker/start';

/**
 * Whether MSW may start in this page. A page with no registration gets one from MSW (a first
 * visit); one whose worker is still installing (a second page opened meanwhile) is claimed when it
 * activates, so it waits for that (`controlledWithin`: at most 3 s). A page an active worker does not
 * control (a hard reload) stays without it: MSW would reload the page, which by now the learner is
 * using; the app does not need it, and the next navigation is controlled again.
 */
async function mayStartMsw(): Promise<boolean> {
  const sw = navigator.serviceWorker;
  if (!sw) return false;
  if (sw.controller) return true;
  const registration = await sw.getRegistration('/');
  if (!registration) return true;
  if (registration.installing || registration.waiting) return !!(await controlledWithin(sw));
  return false;
}

/** After the page's load, its first answer from the lab, and then when the main thread is idle. */
async function idleAfterStart(running: Promise<void>): Promise<void> {
  if (document.readyState !== 'complete')
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  await running;
  await new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 2000 })
      : setTimeout(resolve, 50),
  );
}

/** Whether MSW's service worker serves /api (started and controlling the page). */
let served = false;

/**
 * MSW's service worker serves /api to whatever else fetches it (a test's or the devtools' own
 * fetch, a link opened in the tab), through the relay in this page (mocks/browser.ts) to the lab's
 * worker; the app itself asks the lab's worker directly (below). So it is not on the page's load
 * path: the relay starts once the page is idle after its first answer (decisions 038, 056). Its
 * failure is logged, not shown as a failure of the lab, which runs without it; a service worker that
 * never confirms the page's activation is told in a toast (`relayFailed`, decision 059).
 */
async function startMsw(): Promise<void> {
  if (!(await mayStartMsw())) return;
  performance.mark('virtlab:mock-layer-evaluated');
  const start = await relayMsw(labLine().ask, '/mockServiceWorker.js');
  if (start === 'no-answer') {
    console.warn("VirtLab: MSW's service worker did not confirm this page; /api is served to the app only");
    relayFailed();
  }
  if (start !== 'relaying') return;
  served = true;
  performance.mark('virtlab:api-ready');
}

/**
 * What waits until the page has loaded, had its first answer from the lab and is idle: MSW, then the
 * lab's worker compiling its shell (decision 041) — one after the other, and neither beside the
 * page's hydration, where on a two-core machine either would keep the main thread from a core.
 */
async function afterStart(running: Promise<void>): Promise<void> {
  await idleAfterStart(running);
  try {
    await startMsw();
  } finally {
    labWorker().worker?.postMessage({ type: 'idle' } satisfies ToWorker);
  }
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
  // The full lab answers this: on a first visit it is asked for now if the page's idle moment has not come yet.
  window.__virtlabLab?.start?.();
  const response = await labLine().fetch(absolute.href, init);
  if (!served) performance.mark('virtlab:api-answer', { detail: absolute.pathname });
  return response;
}

/** Whether the app has sent its first request (marked once, for bench/start-path.ts). */
let asked = false;

/** The answers the inline script asked for first (mocks/worker/early.ts), else the lab directly. */
const answerHere = (url: string, init?: RequestInit) => {
  if (!asked) {
    asked = true;
    performance.mark('virtlab:app-asked', { detail: url });
  }
  const early = takeEarly(url, init, () => askDirectly(url, init));
  if (early) return early;
  // A first visit the page answered itself (decision 080): a write waits until the lab's first entry has
  // checked that nothing is stored — if something was, the page was told first (a notice: it refetches).
  const decided = (init?.method ?? 'GET').toUpperCase() !== 'GET' ? window.__virtlabLab?.decided : undefined;
  return decided ? decided.then(() => askDirectly(url, init)) : askDirectly(url, init);
};

// On a real libvirt backend the server answers /api itself: no worker, nothing to wait for, and
// the page says so with the same mark (a test waits for it, not for how the backend is told).
if (typeof window !== 'undefined') {
  if (realBackend()) performance.mark('virtlab:api-ready', { detail: 'server' });
  else {
    // Starts the lab's worker (or adopts the one the <head> script started). What the page waits on
    // (MockGate) is the lab answering, or failing to start — not MSW.
    const { running } = labLine();
    holdRequestsUntil(running);
    answerHereWhenPossible(answerHere);
    afterStart(running).catch((e: unknown) => console.warn('VirtLab: /api is served to the app only:', e));
  }
}
