/**
 * Memory in the UI's own prose (a host's size, a domain's memory, a form's limit — none of them a
 * tool's output, which stays in the tool's unit: virsh's KiB, xl's and xm's MiB): a whole number of
 * GiB in GiB ("8 GiB" beside "16 GiB", not "8192 MiB"); otherwise MiB below 10 GiB, so a figure set in
 * MiB reads back whole ("1536 MiB"), and GiB to a tenth above.
 */
export function formatKiB(kib: number): string {
  const mib = kib / 1024;
  const gib = mib / 1024;
  if (gib >= 1 && Number.isInteger(gib)) return `${gib} GiB`;
  if (mib < 10240) return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  return `${gib.toFixed(1)} GiB`;
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
