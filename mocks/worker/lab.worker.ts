import { mirror, scope } from './globals';
import type { ToWorker } from './protocol';
import { store } from '../store';
import { takeHandover } from './handover';
import { serve } from './serve';

/**
 * The lab's own thread (docs/decisions/022-…): the simulator, the lab clock, jobs, the undo
 * history and the store live here, so a command never runs on the page's main thread. The page
 * sends each /api request (mocks/worker/ask.ts); answers are sent back as they are ready — the
 * store's Web Lock keeps them one at a time, across tabs too.
 *
 * Its globals (./globals.ts: MSW's cookie store asks for localStorage when its module is
 * evaluated) are set before this module's imports run: public/lab-worker.js imports them first
 * (scripts/build-lab-worker.mjs), and it imports every file this module needs, so the browser
 * fetches them in one round trip (docs/decisions/041-…).
 */
performance.mark('virtlab:worker-evaluated');
/** The first request's steps are marked (bench/start-path.ts reads them from a trace); later ones are not, so marks do not pile up. */
let first = true;

const handle = (m: ToWorker) => {
  if (m.type === 'init') {
    mirror.seed(m.storage);
    // Storage the page cannot use, the lab does not use either (mocks/store.ts keeps it in memory).
    if (!m.indexedDB) Object.defineProperty(globalThis, 'indexedDB', { value: undefined });
    return;
  }
  if (m.type === 'load') return;
  if (m.type === 'idle') {
    // The shell is a chunk of its own (mocks/http.ts, withShell), compiled (~25 ms of CPU) once the
    // page has loaded and is idle, not beside its hydration; a first command loads it if it came first.
    // Then the other chunks a request can ask for (a migration's preview, a lesson file or link), so
    // every request that works online works once the network is gone (decision 046) — libvirt's
    // Japanese catalogue too, which a Japanese console's line needs (decision 045).
    void import('../run-line').then(() =>
      Promise.all([
        import('../migrate-preview'),
        import('../lab-file/lesson-link'),
        import('@/lib/api/lesson-file'),
        import('@/lib/shell/l10n/ja'),
      ]),
    );
    return;
  }
  const timed = first;
  first = false;
  if (timed) performance.mark('virtlab:worker-request');
  void serve(m).then((r) => {
    scope.postMessage({ type: 'response', ...r }, [r.body]);
    if (timed) performance.mark('virtlab:worker-answered');
  });
};

// Started by its first entry (./first-entry.ts, a first visit): that entry passes on what the page sent
// meanwhile and, when it answered the early GETs itself, the instant they described.
const handover = takeHandover();
if (handover) handover.adopt(handle, (at) => store().startFresh(at));
else scope.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
