/** Figures as the job panel prints them: virsh's units (MiB, ms), rounded for reading. */
export const MiB = 1048576;

export function formatMib(mib: number): string {
  if (mib >= 10240) return `${(mib / 1024).toFixed(1)} GiB`;
  return `${mib >= 100 ? Math.round(mib) : mib.toFixed(1)} MiB`;
}

export const formatBytes = (bytes: number) => formatMib(bytes / MiB);

export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

export const formatMs = (ms: number) => (ms >= 10_000 ? formatSeconds(ms / 1000) : `${Math.round(ms)} ms`);
