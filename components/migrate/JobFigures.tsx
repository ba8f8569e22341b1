'use client';

import type { ApiJobProgress } from '@/lib/api/contract';
import { formatBytes, formatMs, MiB } from './job-format';

/** `virsh domjobinfo`, live: libvirt's own labels, the figures as of the last poll. */
export function JobFigures({ p, completed }: { p: ApiJobProgress; completed?: boolean }) {
  const rows: [string, string][] = [
    ['Time elapsed', formatMs(p.time_elapsed)],
    ['Data processed', formatBytes(p.data_processed)],
    ['Data remaining', formatBytes(p.data_remaining)],
    ['Data total', formatBytes(p.data_total)],
    ['Memory bandwidth', `${(p.memory_bps / MiB).toFixed(1)} MiB/s`],
    ['Dirty rate', `${Math.round(p.memory_dirty_rate)} pages/s`],
    ['Iteration', String(p.memory_iteration)],
    [completed ? 'Total downtime' : 'Expected downtime', formatMs(p.downtime)],
  ];
  return (
    <dl
      aria-label="Job figures (virsh domjobinfo)"
      className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-sm sm:grid-cols-[auto_1fr_auto_1fr]"
    >
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted">{k}</dt>
          <dd className="font-mono tabular-nums">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
