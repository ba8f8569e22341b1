import type { ToWorker } from './protocol';

/**
 * What the worker's first entry (./first.ts) hands the full lab (./lab.worker.ts) when it has loaded it:
 * the messages the page sent meanwhile (the page's keys first, then every request, in order) go to the
 * lab's handler, and — when its check found nothing stored, and the page answered its early GETs from
 * the built-in lab (decision 080) — the lab clock's instant of that check, so the lab starts from the
 * built-in lab at that instant. The first entry holds the lab's Web Lock from its check until this
 * hand-over, so no tab wrote in between.
 */
export interface FirstHandover {
  /**
   * Once the first entry has decided: `fresh` with the check's instant (only when it found nothing
   * stored), then the waiting messages to `handle`, and every later one; then the lab's lock is released.
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
