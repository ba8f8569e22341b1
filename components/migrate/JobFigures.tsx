'use client';

import { useTranslations } from 'next-intl';
import type { ApiJobProgress } from '@/lib/api/contract';
import { formatBytes, formatMs, MiB } from './job-format';

/**
 * `virsh domjobinfo`, live: libvirt's own labels, the figures as of the last poll. QEMU measures
 * the dirty rate between two syncs of its bitmap, so domjobinfo says 0 through round 1; the panel
 * shows the guest's own rate (`guestDirtyMibps`, the model's) there instead, and says so — naming
 * the hypervisor whose figure it stands in for (Xen's log-dirty bitmap is read the same way).
 */
export function JobFigures({
  p,
  completed,
  guestDirtyMibps,
  xen,
}: {
  p: ApiJobProgress;
  completed?: boolean;
  guestDirtyMibps?: number;
  xen?: boolean;
}) {
  // A Japanese page uses a Japanese virsh's labels (libvirt's catalogue).
  const t = useTranslations('jobFigures');
  const firstRound = p.phase === 'live' && !p.paused && p.memory_iteration <= 1 && p.memory_dirty_rate === 0;
  const dirty =
    firstRound && guestDirtyMibps
      ? t(xen ? 'guestDirtyRateXen' : 'guestDirtyRate', {
          n: Math.round((guestDirtyMibps * MiB) / p.memory_page_size),
          mib: guestDirtyMibps,
        })
      : t('pagesPerSecond', { n: Math.round(p.memory_dirty_rate) });
  const rows: [string, string][] = [
    [t('timeElapsed'), formatMs(p.time_elapsed)],
    [t('dataProcessed'), formatBytes(p.data_processed)],
    [t('dataRemaining'), formatBytes(p.data_remaining)],
    [t('dataTotal'), formatBytes(p.data_total)],
    [t('memoryBandwidth'), `${(p.memory_bps / MiB).toFixed(1)} MiB/s`],
    [t('dirtyRate'), dirty],
    [t('iteration'), String(p.memory_iteration)],
    [completed ? t('totalDowntime') : t('expectedDowntime'), formatMs(p.downtime)],
  ];
  return (
    <dl
      aria-label={t('label')}
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
