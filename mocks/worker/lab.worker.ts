// First: sets up the worker's localStorage before MSW's modules are evaluated (./globals.ts).
import { mirror, scope } from './globals';
import type { ToWorker } from './protocol';
import { serve } from './serve';

/**
 * The lab's own thread (docs/decisions/022-…): the simulator, the lab clock, jobs, the undo
 * history and the store live here, so a command never runs on the page's main thread. The page's
 * MSW forwards each /api request (./forward.ts); answers are sent back as they are ready — the
 * store's Web Lock keeps them one at a time, across tabs too.
 */
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'init') {
    mirror.seed(m.storage);
    // Storage the page cannot use, the lab does not use either (mocks/store.ts keeps it in memory).
    if (!m.indexedDB) Object.defineProperty(globalThis, 'indexedDB', { value: undefined });
    return;
  }
  void serve(m).then((r) => scope.postMessage({ type: 'response', ...r }, [r.body]));
};
