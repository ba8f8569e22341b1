'use client';

import { useTranslations } from 'next-intl';
import type { ApiMigrationJob } from '@/lib/api/contract';
import { realBackend } from '@/lib/browser/backend';
import { formatSeconds } from './job-format';
import { RoundStrip } from './RoundStrip';

/** How far the job is: time against the plan's end, and each copy round as a bar filling up. */
export function JobProgress({ job }: { job: ApiMigrationJob }) {
  const t = useTranslations('job.progress');
  const elapsedS = job.progress.time_elapsed / 1000;
  // Real libvirt has no plan to measure against: the share of the data copied, as domjobinfo says.
  if (realBackend()) return <Measured job={job} elapsedS={elapsedS} />;
  const total = job.plan.total_time_s;
  // A failed post-copy has no end of its own either, but it stands still where it broke.
  const converges = job.endsAt !== null || !!job.postcopyFailed;
  const pct = converges && total > 0 ? Math.min(100, (elapsedS / total) * 100) : null;
  const label = job.postcopyFailed
    ? t('postcopyStopped', { pct: Math.floor(pct ?? 0) })
    : pct === null
      ? t('neverConverges', { round: job.progress.memory_iteration })
      : t('left', { pct: Math.floor(pct), left: formatSeconds(Math.max(0, total - elapsedS)) });
  return (
    <div className="flex flex-col gap-2">
      <Bar pct={pct} label={label} />
      <RoundStrip job={job} elapsedS={elapsedS} />
    </div>
  );
}

function Measured({ job, elapsedS }: { job: ApiMigrationJob; elapsedS: number }) {
  const t = useTranslations('job.progress');
  const p = job.progress;
  const pct = p.data_total > 0 ? Math.min(100, ((p.data_total - p.data_remaining) / p.data_total) * 100) : null;
  const label =
    pct === null
      ? t('starting', { time: formatSeconds(elapsedS) })
      : t('measured', { round: p.memory_iteration, pct: Math.floor(pct) });
  return <Bar pct={pct} label={label} />;
}

function Bar({ pct, label }: { pct: number | null; label: string }) {
  const t = useTranslations('job.progress');
  return (
    <div className="flex flex-col gap-2">
      <div className="flex justify-between text-sm">
        <span className="font-medium">{t('title')}</span>
        <span className="text-muted">{label}</span>
      </div>
      <div
        role="progressbar"
        aria-label={t('label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct === null ? undefined : Math.floor(pct)}
        aria-valuetext={label}
        className="h-3 overflow-hidden rounded-full border border-line bg-sunken"
      >
        <div
          className={`h-full bg-accent ${pct === null ? 'w-full animate-pulse opacity-40' : ''}`}
          style={pct === null ? undefined : { width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
