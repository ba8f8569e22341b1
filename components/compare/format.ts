/**
 * `n` as `Intl.NumberFormat('en', { maximumFractionDigits: digits })` writes it (comma groups, at most
 * `digits` decimals, halves rounded away from zero on the number's shortest decimal form), without Intl:
 * a page's first NumberFormat loads ICU's number data, 13–35 ms in one task here, which on /compare fell
 * inside the first render of its results (docs/perf-log.md, "Session 12").
 */
export function decimal(n: number, digits = 0): string {
  const abs = Math.abs(n);
  // Beyond 2^53 a double has no fraction and Intl writes its shortest form: not a figure this page shows.
  if (!(abs < 1e15)) return new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(n);
  // "1.005e2" is read as 100.5 exactly, so the rounding is the decimal one (1.005 → 1.01, as Intl).
  const shifted = String(abs).includes('e') ? abs * 10 ** digits : Number(`${abs}e${digits}`);
  const rounded = Number(`${Math.round(shifted)}e-${digits}`);
  const [int, frac = ''] = rounded.toFixed(digits).split('.');
  const fraction = frac.replace(/0+$/, '');
  const text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
  return n < 0 ? `-${text}` : text;
}
const num = decimal;

/** A simulated duration as a learner reads it: ms below a second, then s, min, h, days. */
export function formatDuration(s: number): string {
  if (s === 0) return '0 s';
  if (s < 0.01) return `${num(s * 1000, 1)} ms`;
  if (s < 1) return `${num(s * 1000, 0)} ms`;
  if (s < 60) return `${num(s, s < 10 ? 2 : 1)} s`;
  if (s < 3600) {
    const whole = Math.round(s);
    return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  }
  if (s < 2 * 86400) return `${num(s / 3600, 1)} h`;
  return `${num(s / 86400, 1)} days`;
}

export function formatMib(mib: number): string {
  if (mib === 0) return '0 MiB';
  if (mib < 1024) return `${num(mib, mib < 10 ? 2 : 1)} MiB`;
  return `${num(mib / 1024, 2)} GiB`;
}

/** An axis tick, in the unit of the step: s below a minute, then min, then h. */
export function formatTick(s: number, stepS: number): string {
  if (stepS >= 3600) return `${num(s / 3600, 1)} h`;
  if (stepS >= 60) return `${num(s / 60, 1)} min`;
  return `${num(s, stepS < 0.1 ? 3 : stepS < 1 ? 2 : stepS < 10 ? 1 : 0)} s`;
}
