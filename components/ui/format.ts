/** Memory as a learner reads it: MiB below 10 GiB (xm list's unit), GiB above. */
export function formatKiB(kib: number): string {
  const mib = kib / 1024;
  if (mib < 10240) return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  const gib = mib / 1024;
  return `${Number.isInteger(gib) ? gib : gib.toFixed(1)} GiB`;
}

// toLocaleTimeString(undefined, { hour12: false }), with the formatter built once: building one
// per call cost ~0.5 ms, so an event log re-rendered on every command.
let timeFormat: Intl.DateTimeFormat | null = null;
export const formatTime = (ms: number) =>
  (timeFormat ??= new Intl.DateTimeFormat(undefined, {
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hour12: false,
  })).format(ms);
