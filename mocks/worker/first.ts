import { idbBackend, IDB_DATABASE } from '../persist/idb';
import type { FirstAnswers } from './first-answers';
import { firstEntry } from './first-entry';
import { offerHandover } from './handover';
import type { FromWorker, ToWorker } from './protocol';

/** The built-in lab's early answers, computed by the build with the lab's own handlers (scripts/build-lab-worker.mjs). */
declare const FIRST_ANSWERS: FirstAnswers;

performance.mark('virtlab:first-evaluating');

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

/**
 * The lab worker's first entry (./first-entry.ts, docs/decisions/070-…): a few KiB, built apart from
 * the full lab (its own esbuild build, nothing shared), which it imports when the page says so.
 */
const onMessage = firstEntry({
  answers: FIRST_ANSWERS,
  post: (m, transfer) => scope.postMessage(m, transfer),
  locks: typeof navigator !== 'undefined' ? navigator.locks : undefined,
  async stored() {
    // Nothing to open on a first visit: the database is made by the lab's first read (idb-keyval's shape).
    if (
      typeof indexedDB.databases === 'function' &&
      !(await indexedDB.databases()).some((d) => d.name === IDB_DATABASE)
    )
      return false;
    const read = await idbBackend().read();
    return read.text !== null || Object.keys(read.beside ?? {}).length > 0;
  },
  now: () => Date.now(),
  load: (url) => import(/* @vite-ignore */ url),
  offer: offerHandover,
  fail: (e) => scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  wait: (ms, then) => (ms > 0 ? setTimeout(then, ms) : then()),
  mark: (name) => performance.mark(name),
});
scope.onmessage = (e) => onMessage(e.data);
