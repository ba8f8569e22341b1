'use client';

import { useTranslations } from 'next-intl';
import type { ApiMigrationJob } from '@/lib/api/contract';
import { realBackend } from '@/lib/browser/backend';
import { formatSeconds } from './job-format';

/** How far the job is: time against the plan's end, and each copy round as a bar filling up. */
export function JobProgress({ job }: { job: ApiMigrationJob }) {
  const t = useTranslations('job.progress');
  const elapsedS = job.progress.time_elapsed / 1000;
  // Real libvirt has no plan to measure against: the share of the data copied, as domjobinfo says.
  if (realBackend()) return <Measured job={job} elapsedS={elapsedS} />;
  const total = job.plan.total_time_s;
  const converges = job.endsAt !== null;
  const pct = converges && total > 0 ? Math.min(100, (elapsedS / total) * 100) : null;
  const label =
    pct === null
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
  const p = job.progress;
  const pct = p.data_total > 0 ? Math.min(100, ((p.data_total - p.data_remaining) / p.data_total) * 100) : null;
  const label =
    pct === null
      ? `Starting (${formatSeconds(elapsedS)})`
      : `Round ${p.memory_iteration}: ${Math.floor(pct)} % of the data copied`;
  return <Bar pct={pct} label={label} />;
}

function Bar({ pct, label }: { pct: number | null; label: string }) {
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

/** One bar per round, as wide as the data it sends: pre-copy rounds shrink as the dirty set does. */
function RoundStrip({ job, elapsedS }: { job: ApiMigrationJob; elapsedS: number }) {
  const t = useTranslations('job.progress');
  const kind = useTranslations('compare.rounds.kind');
  const rounds = job.plan.round_log;
  if (rounds.length === 0) return <p className="text-xs text-muted">{t('noMemory')}</p>;
  const most = Math.max(...rounds.map((r) => r.sent_mib), 1);
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-xs text-muted">{t('roundsCaption')}</figcaption>
      <ol aria-label={t('rounds')} className="flex items-end gap-1 overflow-x-auto pb-1">
        {rounds.map((r) => {
          const done = Math.min(1, Math.max(0, (elapsedS - r.start_s) / (r.duration_s || 1e-9)));
          const current = elapsedS >= r.start_s && elapsedS < r.start_s + r.duration_s;
          const [tone, edge] =
            r.phase === 'stop-copy'
              ? ['bg-warn', 'border-warn']
              : r.phase === 'postcopy'
                ? ['bg-ok', 'border-ok']
                : ['bg-accent', 'border-line'];
          return (
            <li
              key={r.round}
              title={t('roundTitle', { round: r.round, phase: kind(r.phase), mib: r.sent_mib.toFixed(1) })}
              aria-label={t('roundLabel', {
                round: r.round,
                phase: kind(r.phase),
                mib: r.sent_mib.toFixed(1),
                pct: Math.round(done * 100),
              })}
              className="flex w-10 shrink-0 flex-col items-center gap-0.5"
            >
              <span className="text-[10px] tabular-nums text-muted">
                {r.sent_mib >= 10 ? Math.round(r.sent_mib) : r.sent_mib.toFixed(1)}
              </span>
              <span className="flex h-14 w-full items-end">
                <span
                  className={`flex w-full flex-col justify-end overflow-hidden rounded-sm border ${edge} bg-sunken ${current ? 'outline-2 outline-accent' : ''}`}
                  style={{ height: `${Math.max(4, (r.sent_mib / most) * 100)}%` }}
                >
                  <span className={`block w-full ${tone}`} style={{ height: `${done * 100}%` }} />
                </span>
              </span>
              <span className="text-xs tabular-nums">{r.round}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
