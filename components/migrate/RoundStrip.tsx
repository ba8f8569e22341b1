'use client';

import { useTranslations } from 'next-intl';
import type { ApiMigrationJob } from '@/lib/api/contract';
import { useOverflowsX } from '@/components/ui/use-overflows-x';

/** One bar per round, as wide as the data it sends: pre-copy rounds shrink as the dirty set does. */
export function RoundStrip({ job, elapsedS }: { job: ApiMigrationJob; elapsedS: number }) {
  const t = useTranslations('job.progress');
  const kind = useTranslations('compare.rounds.kind');
  const rounds = job.plan.round_log;
  const strip = useOverflowsX<HTMLOListElement>();
  if (rounds.length === 0) return <p className="text-xs text-muted">{t('noMemory')}</p>;
  const most = Math.max(...rounds.map((r) => r.sent_mib), 1);
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-xs text-muted">{t('roundsCaption')}</figcaption>
      {/* Bars narrow (to 24 px) before the strip scrolls: at 390 px eight rounds fit whole. A strip that
          still scrolls is a tab stop, so keyboard users reach its last rounds. */}
      <ol
        ref={strip.ref}
        aria-label={t('rounds')}
        tabIndex={strip.overflows ? 0 : undefined}
        className="flex items-end gap-1 overflow-x-auto pb-1"
      >
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
              className="flex w-10 min-w-6 shrink flex-col items-center gap-0.5"
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
