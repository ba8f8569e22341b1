/**
 * The play head one animation frame on. requestAnimationFrame's timestamp is the start of the
 * frame, which can come before a `performance.now()` read just earlier in the same frame, so
 * the first elapsed time can be negative: the head never moves backwards nor before 0, and
 * stops at the end.
 */
export function stepPlayhead(t: number, elapsedMs: number, speed: number, endS: number): number {
  return Math.min(Math.max(0, t) + (Math.max(0, elapsedMs) / 1000) * speed, endS);
}
