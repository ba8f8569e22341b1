/**
 * One request at a time touches the lab, across every tab of this browser: a Web Lock where the
 * browser has them (each request then reads what the last one wrote, whichever tab sent it, so no
 * write is lost), a queue in this process elsewhere (Node's tests).
 */
const LOCK = 'virtlab:lab';
let tail: Promise<unknown> = Promise.resolve();

export function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) return locks.request(LOCK, fn);
  const run = tail.then(fn, fn);
  tail = run.catch(() => {});
  return run;
}
