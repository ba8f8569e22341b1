import { CLOCK_KEY, LAB_MARK_KEY, LESSONS_KEY, SETTINGS_KEY, STORE_KEY } from '@/lib/storage-keys';
import { firstLatency } from './first-latency';
import { LAB_LOCK } from '../persist/exclusive';
import type { FirstAnswers } from './first-answers';
import type { FirstHandover } from './handover';

export { FIRST_DEFAULT_LATENCY_MS, FIRST_MAX_LATENCY_MS, firstLatency } from './first-latency';
import type { FromWorker, ToWorker, WireRequest } from './protocol';

/** The page's keys that say a lab, its clock or lesson progress is (or was being) stored. */
const LAB_KEYS = [STORE_KEY, LAB_MARK_KEY, CLOCK_KEY, LESSONS_KEY];
export interface FirstDeps {
  /** The built-in lab's answers, made by the build from the lab's own handlers (./first-answers.ts). */
  answers: FirstAnswers;
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
  wait(ms: number, then: () => void): void;
  mark(name: string): void;
}

/**
 * The lab worker's first entry (docs/decisions/070-…): started by the page's inline <head> script on a
 * first visit, before the page's first paint, a few KiB where the full lab is ~130 KiB of start files.
 * It finds out whether a lab is stored — the page's keys, then IndexedDB under the lab's Web Lock,
 * which every tab's requests take — and if none is, answers the page's early GETs (ids below zero:
 * lib/browser/early-worker.ts) from the built-in lab's answers, which the build computed with the
 * lab's own handlers (./first-answers.ts). It keeps the lock from that check until the full lab has
 * taken over, so no other tab writes between the answers and the lab they describe. Everything else
 * — any write, any other request, an early GET after one of those, the page's `idle` — waits, in
 * order, for the full lab, which it imports when the page says so (`load`: after the first paint,
 * decision 064) and which then starts from the built-in lab at the early answers' instant. With a lab
 * stored (or anything it cannot tell) it answers nothing itself.
 */
export function firstEntry(d: FirstDeps) {
  /** deciding → early (nothing stored: it answers) or full (the lab answers everything). */
  let mode: 'deciding' | 'early' | 'full' = 'deciding';
  let queue: ToWorker[] = [];
  let lab: ((m: ToWorker) => void) | null = null;
  let start: string | null = null;
  let asked = false;
  let loading = false;
  let latency = 0;
  let freshAt: number | null = null;
  let release: () => void = () => {};
  /** The lab took over, or failed to load: a lock granted after that is let go at once. */
  let over = false;
  const letGo = () => {
    over = true;
    release();
  };
  let posting = 0;
  let decided: () => void = () => {};
  const decision = new Promise<void>((ok) => {
    decided = ok;
  });
  let posted: () => void = () => {};
  let allPosted = Promise.resolve();
  let firstAnswer = true;

  const full = () => {
    mode = 'full';
    d.post({ type: 'decided', fresh: false });
    decided();
  };

  const earlyAnswer = (m: ToWorker) => {
    if (m.type !== 'request' || m.id >= 0 || m.method !== 'GET' || m.body !== null) return undefined;
    let url: URL;
    try {
      url = new URL(m.url);
    } catch {
      return undefined;
    }
    return url.search === '' ? d.answers[url.pathname] : undefined;
  };

  const respond = (m: WireRequest, a: FirstAnswers[string]) => {
    if (posting++ === 0)
      allPosted = new Promise((ok) => {
        posted = ok;
      });
    d.wait(latency, () => {
      const body = new TextEncoder().encode(a[3]).buffer as ArrayBuffer;
      d.post({ type: 'response', early: true, id: m.id, status: a[0], statusText: a[1], headers: a[2], body }, [body]);
      if (firstAnswer) d.mark('virtlab:first-answered');
      firstAnswer = false;
      if (--posting === 0) posted();
    });
  };

  /**
   * Answers the early GETs in the queue, up to the first of the app's own requests (any write among
   * them): what comes after it waits for the lab. An early GET it has no answer for (a domain's page)
   * waits too, without holding back the others: GETs of a lab no request has changed.
   */
  const answerEarly = () => {
    if (mode !== 'early' || lab) return;
    const rest: ToWorker[] = [];
    let behind = false;
    for (const m of queue) {
      const a = behind ? undefined : earlyAnswer(m);
      if (a && m.type === 'request') respond(m, a);
      else {
        if (m.type === 'request' && m.id >= 0) behind = true;
        rest.push(m);
      }
    }
    queue = rest;
  };

  const decide = (m: Extract<ToWorker, { type: 'init' }>) => {
    const keys = m.storage;
    if (LAB_KEYS.some((k) => k in keys) || !m.indexedDB || !d.locks) return full();
    latency = firstLatency(keys[SETTINGS_KEY]);
    // The lock is held until the full lab has taken over (`release`), or at once when a lab is stored.
    void d.locks
      .request(
        LAB_LOCK,
        () =>
          new Promise<void>((held) => {
            d.stored().then(
              (stored) => {
                // A lab is stored, or the full lab has already taken over (or failed): nothing to answer.
                if (stored || over) {
                  held();
                  return full();
                }
                freshAt = d.now();
                release = held;
                mode = 'early';
                d.mark('virtlab:first-decided');
                d.post({ type: 'decided', fresh: true });
                decided();
                answerEarly();
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
      // The lab is evaluated: once the decision is made and the early answers are out, it takes over.
      void decision
        .then(() => allPosted)
        .then(() => {
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
    answerEarly();
  };
}
