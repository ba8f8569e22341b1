/**
 * Runs `fn` once the next frame has been painted: a task queued from requestAnimationFrame runs
 * after that frame's paint. A hidden page paints no frames, so a timer stands in after 100 ms.
 */
export function afterNextPaint(fn: () => void) {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      fn();
    }
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
