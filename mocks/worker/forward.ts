import { http, type RequestHandler } from 'msw';
import { API_URL, type FromWorker, requestToWire, responseFromWire, type WireResponse } from './protocol';

const failed = () =>
  Response.json(
    { error: { code: 'INTERNAL_ERROR', message: 'The lab could not start in this browser.' } },
    { status: 500 },
  );

/**
 * The page's side of the API: MSW takes every /api request the page makes and hands it to the lab's
 * worker; its answer becomes the response. Nothing of the lab runs here. The worker's writes to
 * localStorage (./mirror-storage.ts) are kept here, before the answer that follows them.
 */
export function forwardTo(lab: Worker): RequestHandler[] {
  let next = 0;
  let broken = false;
  const waiting = new Map<number, (w: WireResponse | null) => void>();
  lab.addEventListener('message', (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'response') {
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
    } else {
      try {
        if (m.value === null) localStorage.removeItem(m.key);
        else localStorage.setItem(m.key, m.value);
      } catch {
        /* storage blocked: the worker's copy is all there is */
      }
    }
  });
  lab.addEventListener('error', (e) => {
    console.error('VirtLab: the lab worker failed', e.message);
    broken = true;
    for (const done of waiting.values()) done(null);
    waiting.clear();
  });
  return [
    http.all(API_URL, async ({ request }) => {
      if (broken) return failed();
      const id = next++;
      const wire = await requestToWire(request, id);
      const answer = await new Promise<WireResponse | null>((resolve) => {
        waiting.set(id, resolve);
        lab.postMessage({ type: 'request', ...wire }, wire.body ? [wire.body] : []);
      });
      return answer ? responseFromWire(answer) : failed();
    }),
  ];
}
