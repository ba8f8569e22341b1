import { type FromWorker, requestToWire, responseFromWire, type WireResponse } from './protocol';
import { labWorker } from './start';

const failed = () =>
  Response.json(
    { error: { code: 'INTERNAL_ERROR', message: 'The lab could not start in this browser.' } },
    { status: 500 },
  );

type Ask = (request: Request) => Promise<Response>;
let ask: Ask | null = null;

/**
 * The page's one line to the lab's worker (./start.ts): a request goes over, its answer comes back
 * as a `Response`. MSW's handler uses it (./forward.ts), and so does the app's client until MSW's
 * service worker controls the page (app/start-mocks.ts) — two ways in, one owner of the lab. The
 * worker's writes to localStorage (./mirror-storage.ts) are kept before the answer that follows
 * them (one message queue, in order): here, or by the inline script that started the worker.
 */
export function askLab(): Ask {
  if (ask) return ask;
  const { worker: lab, keepsStorage } = labWorker();
  let next = 0;
  let broken = false;
  const waiting = new Map<number, (w: WireResponse | null) => void>();
  lab.addEventListener('message', (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'response') {
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
    } else if (keepsStorage) {
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
  ask = async (request) => {
    if (broken) return failed();
    const id = next++;
    const wire = await requestToWire(request, id);
    const answer = await new Promise<WireResponse | null>((resolve) => {
      waiting.set(id, resolve);
      lab.postMessage({ type: 'request', ...wire }, wire.body ? [wire.body] : []);
    });
    return answer ? responseFromWire(answer) : failed();
  };
  return ask;
}
