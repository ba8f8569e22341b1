import { CLOCK_KEY, LAB_MARK_KEY, LESSONS_KEY, STORE_KEY } from '@/lib/storage-keys';
import { LAB_LOCK } from '../persist/exclusive';
import type { FirstHandover } from './handover';
import type { FromWorker, ToWorker } from './protocol';

/** The page's keys that say a lab, its clock or lesson progress is (or was being) stored. */
const LAB_KEYS = [STORE_KEY, LAB_MARK_KEY, CLOCK_KEY, LESSONS_KEY];

export interface FirstDeps {
  post(m: FromWorker, transfer?: Transferable[]): void;
  locks: LockManager | undefined;
  /** Whether IndexedDB holds a lab (its text or what is kept beside it): mocks/persist/idb.ts's read. */
  stored(): Promise<boolean>;
  /** The lab clock's instant now: a first visit's clock is the wall clock (mocks/clock.ts, nothing stored). */
  now(): number;
  /** Imports the full lab (its start entry); its evaluation calls the hand-over's `adopt`. */
  load(url: string): Promise<unknown>;
  /** Hands the full lab what it needs, before `load` (./handover.ts). */
  offer(h: FirstHandover): void;
  /** The full lab did not load: tell the page (`failed`, as the worker's `error` event tells of its script). */
  fail(e: unknown): void;
  mark(name: string): void;
}

/**
 * The lab worker's first entry (docs/decisions/070-…, 080-…): started by the page's inline <head> script on
 * a first visit, before the page's first paint, ~2 KiB where the full lab is ~130 KiB of start files. The
 * page has answered its early GETs itself from the built-in lab's answers (mocks/worker/first-page.ts);
 * this finds out whether that was right — the page's keys, then IndexedDB under the lab's Web Lock, which
 * every tab's requests take — and tells the page (`decided`: `fresh` when nothing is stored; otherwise the
 * page counts it as a notice and asks the lab again). With nothing stored it keeps the lock from that
 * check until the full lab has taken over, so no other tab writes between the built-in lab the page was
 * answered from and the lab that then starts from it at the check's instant. Everything the page sends
 * meanwhile — any write, any other request, the page's `idle` — waits, in order, for the full lab, which
 * it imports when the page says so (`load`: once the page has loaded and gone idle, at most 1.5 s after the first
 * paint, or at once when the app needs it — decisions 064, 085).
 */
export function firstEntry(d: FirstDeps) {
  let queue: ToWorker[] = [];
  let lab: ((m: ToWorker) => void) | null = null;
  let start: string | null = null;
  let asked = false;
  let loading = false;
  /** The lab clock's instant of the check that found nothing stored (the lock held since); null otherwise. */
  let freshAt: number | null = null;
  let release: () => void = () => {};
  /** The lab took over, or failed to load: a lock granted after that is let go at once. */
  let over = false;
  const letGo = () => {
    over = true;
    release();
  };
  let decided: () => void = () => {};
  const decision = new Promise<void>((ok) => {
    decided = ok;
  });

  /** A lab is stored, or it cannot tell: the full lab reads whatever is stored; the page asks again. */
  const full = () => {
    d.post({ type: 'decided', fresh: false });
    decided();
  };

  const decide = (m: Extract<ToWorker, { type: 'init' }>) => {
    if (LAB_KEYS.some((k) => k in m.storage) || !m.indexedDB || !d.locks) return full();
    // The lock is held until the full lab has taken over (`release`), or let go at once when a lab is stored.
    void d.locks
      .request(
        LAB_LOCK,
        () =>
          new Promise<void>((held) => {
            d.stored().then(
              (stored) => {
                // A lab is stored, or the full lab has already taken over (or failed).
                if (stored || over) {
                  held();
                  return full();
                }
                freshAt = d.now();
                release = held;
                d.mark('virtlab:first-decided');
                d.post({ type: 'decided', fresh: true });
                decided();
              },
              () => {
                held();
                full();
              },
            );
          }),
      )
      .catch(full);
  };

  const handover: FirstHandover = {
    adopt(handle, fresh) {
      // The lab is evaluated: once the check is made, it takes over.
      void decision.then(() => {
        if (freshAt !== null) fresh(freshAt);
        lab = handle;
        const waiting = queue;
        queue = [];
        for (const q of waiting) handle(q);
        letGo();
        d.post({ type: 'ready' });
      });
    },
  };

  const load = () => {
    asked = true;
    if (loading || start === null) return;
    loading = true;
    d.offer(handover);
    d.load(start).catch((e: unknown) => {
      letGo();
      d.fail(e);
    });
  };

  return (m: ToWorker) => {
    if (lab) return lab(m);
    if (m.type === 'load') return load();
    queue.push(m);
    if (m.type === 'init') {
      start = m.start ?? null;
      decide(m);
      if (asked) load();
    }
  };
}
