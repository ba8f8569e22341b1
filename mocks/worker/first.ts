import { idbBackend, IDB_DATABASE } from '../persist/idb';
import { firstEntry } from './first-entry';
import { offerHandover } from './handover';
import type { FromWorker, ToWorker } from './protocol';

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
  mark: (name) => performance.mark(name),
});
scope.onmessage = (e) => onMessage(e.data);
