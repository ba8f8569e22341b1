import type { ToWorker } from './protocol';

/**
 * What the worker's first entry (./first.ts) hands the full lab (./lab.worker.ts) when it has loaded it:
 * the messages the page sent meanwhile (the page's keys first, then every request it did not answer
 * itself, in order) go to the lab's handler, and — when it answered a first visit's early GETs —
 * the lab clock's instant those answers described, so the lab starts from the built-in lab at that
 * instant, as they did. The first entry holds the lab's Web Lock from its check (nothing stored) until
 * this hand-over, so no tab wrote in between.
 */
export interface FirstHandover {
  /**
   * Once the first entry has decided and its early answers are posted: `fresh` with their instant
   * (only when it gave some), then the waiting messages to `handle`, and every later one; then the
   * lab's lock is released.
   */
  adopt(handle: (m: ToWorker) => void, fresh: (at: number) => void): void;
}

const KEY = '__virtlabFirst';

/** Set by the first entry before it imports the lab. */
export function offerHandover(h: FirstHandover) {
  (globalThis as Record<string, unknown>)[KEY] = h;
}

/** The first entry's hand-over, once; undefined when the worker was started with the lab itself. */
export function takeHandover(): FirstHandover | undefined {
  const g = globalThis as Record<string, unknown>;
  const h = g[KEY] as FirstHandover | undefined;
  delete g[KEY];
  return h;
}
