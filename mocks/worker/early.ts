import { responseFromWire } from './protocol';

/** An early answer older than this when the app asks is not taken: the app asks again. */
const FRESH_MS = 5000;

/**
 * The answer the inline <head> script asked the lab's worker for (lib/browser/early-worker.ts),
 * when this is the app's first GET of that exact path: taken once, waited for if it has not come
 * yet, and timed by when it came (a mark for bench/ui.ts, as app/start-mocks.ts marks its own).
 * Null for any other request; `otherwise` answers it when the early answer is too old, when another
 * tab has changed the lab since the page started, or when the worker failed before giving it.
 */
export function takeEarly(
  url: string,
  init: RequestInit | undefined,
  otherwise: () => Promise<Response>,
): Promise<Response> | null {
  const early = typeof window === 'undefined' ? undefined : window.__virtlabLab?.early;
  const pending = early?.[url];
  if (!early || !pending || (init?.method ?? 'GET').toUpperCase() !== 'GET') return null;
  delete early[url];
  return pending.then((e) => {
    // Another tab changed the lab since the page started (its notice counted by the inline script): the
    // early answer may predate that change, whatever the order its answer and the notice came in.
    if (!e || performance.now() - e.at > FRESH_MS || window.__virtlabLab?.heard) return otherwise();
    performance.mark('virtlab:api-answer', { startTime: e.at, detail: url });
    return responseFromWire(e.answer);
  });
}
