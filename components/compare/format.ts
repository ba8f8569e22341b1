// One formatter per precision: making one per figure cost ~0.1 ms each, hundreds of times per chart.
const formats = new Map<number, Intl.NumberFormat>();
const num = (n: number, digits: number) => {
  let f = formats.get(digits);
  if (!f) formats.set(digits, (f = new Intl.NumberFormat('en', { maximumFractionDigits: digits })));
  return f.format(n);
};

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
