import { mirror, scope } from './globals';
import type { ToWorker } from './protocol';

/**
 * The lab's own thread (docs/decisions/022-…): the simulator, the lab clock, jobs, the undo
 * history and the store live here, so a command never runs on the page's main thread. The page
 * sends each /api request (mocks/worker/ask.ts); answers are sent back as they are ready — the
 * store's Web Lock keeps them one at a time, across tabs too.
 *
 * This module only sets the worker's globals (./globals.ts: MSW's cookie store asks for
 * localStorage when its module is evaluated) and then imports the lab, so nothing is evaluated
 * before them whatever order the bundler gives its chunks. Requests that arrive meanwhile wait.
 */
const lab = import('./serve');

/** The shell is a chunk of its own (mocks/http.ts, withShell): fetched once the first answers are out and the worker is idle. */
const SHELL_WHEN_IDLE_MS = 300;
let inFlight = 0;
let idle: ReturnType<typeof setTimeout> | undefined;
const loadShellWhenIdle = () => {
  clearTimeout(idle);
  idle = setTimeout(() => {
    if (inFlight === 0) void import('../run-line');
  }, SHELL_WHEN_IDLE_MS);
};

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'init') {
    mirror.seed(m.storage);
    // Storage the page cannot use, the lab does not use either (mocks/store.ts keeps it in memory).
    if (!m.indexedDB) Object.defineProperty(globalThis, 'indexedDB', { value: undefined });
    return;
  }
  inFlight++;
  void lab
    .then(({ serve }) => serve(m))
    .then((r) => {
      inFlight--;
      scope.postMessage({ type: 'response', ...r }, [r.body]);
      loadShellWhenIdle();
    });
};
