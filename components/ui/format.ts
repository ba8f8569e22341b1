/** Memory as a learner reads it: MiB below 10 GiB (xm list's unit), GiB above. */
export function formatKiB(kib: number): string {
  const mib = kib / 1024;
  if (mib < 10240) return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  const gib = mib / 1024;
  return `${Number.isInteger(gib) ? gib : gib.toFixed(1)} GiB`;
}

export const formatTime = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour12: false });
