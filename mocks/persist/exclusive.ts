/**
 * One request at a time touches the lab, across every tab of this browser: a Web Lock where the
 * browser has them (each request then reads what the last one wrote, whichever tab sent it, so no
 * write is lost), a queue in this process elsewhere (Node's tests).
 *
 * The requests this tab has waiting when it gets the lock run under that one grant, one after the
 * other (at most `PER_GRANT`, so another tab waits for a few at most): the five refetches after a
 * click take the lock once, not five times (decision 042). `fn` is told whether the lock was held
 * without a break since the request before it finished: no other tab can have written since, so
 * the store need not ask IndexedDB for the revision again.
 */
/** The lab's Web Lock: every request takes it, and the worker's first entry while it checks a first visit (mocks/worker/first-entry.ts). */
export const LAB_LOCK = 'virtlab:lab';
const PER_GRANT = 16;
let tail: Promise<unknown> = Promise.resolve();
const waiting: ((continued: boolean) => Promise<void>)[] = [];
let granted = false;

export function exclusive<T>(fn: (continued: boolean) => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    const run = tail.then(
      () => fn(false),
      () => fn(false),
    );
    tail = run.catch(() => {});
    return run;
  }
  return new Promise<T>((resolve, reject) => {
    waiting.push((continued) => fn(continued).then(resolve, reject));
    if (!granted) take(locks);
  });
}

function take(locks: LockManager) {
  granted = true;
  void locks.request(LAB_LOCK, async () => {
    for (let n = 0; n < PER_GRANT; n++) {
      const next = waiting.shift();
      if (!next) break;
      await next(n > 0);
    }
    // Released when this returns; what came meanwhile asks for the lock again, behind other tabs.
    granted = false;
    if (waiting.length) take(locks);
  });
}
