import {
  type FromWorker,
  requestToWire,
  responseFromWire,
  type WireRequest,
  type WireResponse,
  wireNow,
} from './protocol';
import { labWorker } from './start';

const failed = () =>
  Response.json(
    { error: { code: 'INTERNAL_ERROR', message: 'The lab could not start in this browser.' } },
    { status: 500 },
  );

export interface LabLine {
  /** A `Request` (what MSW's service worker relays, ../browser.ts): its body is read first. */
  ask(request: Request): Promise<Response>;
  /** The app's own call (app/start-mocks.ts): a string body or none crosses at once, in this task. */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  /**
   * Settles with the lab's first answer (to anyone's request, the inline script's early ones
   * included; the first entry answers none: decision 080) or its `ready` (the full lab took over from
   * the first entry), or rejects when the worker fails before it: its script — or on a first visit the
   * full lab's — not loaded or not run.
   */
  running: Promise<void>;
}
let line: LabLine | null = null;

/**
 * The page's one line to the lab's worker (./start.ts): a request goes over, its answer comes back
 * as a `Response`. MSW's relay uses it for whatever else fetches /api (../browser.ts), and the app's
 * client for its own requests (app/start-mocks.ts) — two ways in, one owner of the lab. The
 * worker's writes to localStorage (./mirror-storage.ts) are kept before the answer that follows
 * them (one message queue, in order): here, or by the inline script that started the worker.
 */
export function labLine(): LabLine {
  if (line) return line;
  const { worker: lab, keepsStorage, state } = labWorker();
  let next = 0;
  let broken = state === 'failed' || !lab;
  let answered: () => void = () => {};
  let refused: (e: Error) => void = () => {};
  const running = new Promise<void>((ok, no) => {
    answered = ok;
    refused = no;
  });
  const waiting = new Map<number, (w: WireResponse | null) => void>();
  if (broken) {
    console.error('VirtLab: the lab worker could not start (its script did not load or run)');
    refused(new Error('its script did not load or run'));
  }
  if (state === 'answered') answered();
  // Whoever waits on it (MockGate) catches; nobody else needs to.
  running.catch(() => {});
  lab?.addEventListener('message', (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'response') {
      // Only the full lab answers (the first entry checks and answers nothing: decision 080).
      answered();
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
    } else if (m.type === 'ready') answered();
    else if (m.type === 'failed') fail(m.message);
    else if (m.type === 'storage' && keepsStorage) {
      try {
        if (m.value === null) localStorage.removeItem(m.key);
        else localStorage.setItem(m.key, m.value);
      } catch {
        /* storage blocked: the worker's copy is all there is */
      }
    }
  });
  function fail(message: string | undefined) {
    console.error('VirtLab: the lab worker failed', message);
    broken = true;
    refused(new Error(message || 'its script did not load or run'));
    for (const done of waiting.values()) done(null);
    waiting.clear();
  }
  lab?.addEventListener('error', (e) => fail(e.message));
  const send = async (wire: WireRequest): Promise<Response> => {
    if (broken || !lab) return failed();
    const answer = await new Promise<WireResponse | null>((resolve) => {
      waiting.set(wire.id, resolve);
      lab.postMessage({ type: 'request', ...wire }, wire.body ? [wire.body] : []);
    });
    return answer ? responseFromWire(answer) : failed();
  };
  const ask = async (request: Request) => send(await requestToWire(request, next++));
  line = {
    ask,
    fetch: (url, init) => {
      const wire = wireNow(url, init, next);
      if (!wire) return ask(new Request(url, init));
      next++;
      return send(wire);
    },
    running,
  };
  return line;
}
