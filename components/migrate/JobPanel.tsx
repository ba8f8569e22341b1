'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { useEffect, useRef, useState } from 'react';
import { paths } from '@/lib/routes';
import type { ApiJob, ApiMigrationJob } from '@/lib/api/contract';
import { invalidateWorld } from '@/lib/api/invalidate';
import { useJob } from '@/lib/api/migration';
import { Button } from '@/components/ui/Button';
import { compareQuery } from './migrate-form';
import { JobControls } from './JobControls';
import { JobFigures } from './JobFigures';
import { JobOutcome } from './JobOutcome';
import { JobPlaces } from './JobPlaces';
import { JobProgress } from './JobProgress';

/**
 * The domain's running migration, polled while it runs: progress, `virsh domjobinfo`'s figures,
 * where the guest is, and cancel. Once it ends, where the guest went (or that nothing was lost).
 */
export function JobPanel({ host, name }: { host: string; name: string }) {
  const t = useTranslations('job');
  const job = useJob(host, name);
  const [watched, setWatched] = useState<ApiMigrationJob | null>(null);
  useWorldRefresh(job.data);
  const active = job.data?.active ?? null;
  useEffect(() => {
    if (active) setWatched(active);
  }, [active]);
  if (active) return <Running job={active} />;
  if (!watched) return null;
  return (
    <Frame title={t('migrationOf', { name, target: watched.targetHost })}>
      <JobOutcome job={watched} last={job.data?.last ?? null} />
      <div>
        <Button size="sm" variant="ghost" onClick={() => setWatched(null)}>
          {t('dismiss')}
        </Button>
      </div>
    </Frame>
  );
}

type T = ReturnType<typeof useTranslations<'job'>>;

function phaseText(t: T, j: ApiMigrationJob): string {
  const p = j.progress;
  const v = { domain: j.domain, source: j.source, target: j.targetHost, round: p.memory_iteration };
  if (j.mode === 'definition-only') return t('phase.definitionOnly', v);
  if (j.mode === 'offline') return t('phase.offline', v);
  if (p.phase === 'stop-copy') return t('phase.stopCopy', v);
  if (p.phase === 'postcopy') return t('phase.postcopy', v);
  if (p.paused) return t('phase.suspended', v);
  return t(p.memory_iteration > 1 ? 'phase.precopyAgain' : 'phase.precopy', v);
}

function Running({ job }: { job: ApiMigrationJob }) {
  const t = useTranslations('job');
  return (
    <Frame title={t('migrating', { domain: job.domain, target: job.targetHost })}>
      <p className="text-sm text-muted">
        {t('meta', { mode: job.mode, policy: job.policy === 'xen' ? 'Xen' : 'QEMU', source: job.source })}
      </p>
      <p role="status" className="text-sm">
        {phaseText(t, job)}
      </p>
      <JobProgress job={job} />
      <JobFigures p={job.progress} />
      <JobPlaces name={job.domain} source={job.source} target={job.targetHost} running />
      <JobControls job={job} />
      <CompareLink job={job} />
    </Frame>
  );
}

export function CompareLink({ job }: { job: ApiMigrationJob }) {
  const t = useTranslations('job');
  const q = compareQuery(job.workload, !!job.args.autoConverge);
  return (
    <Link href={paths.compare(q)} className="text-sm text-accent underline underline-offset-2">
      {t('compare')}
    </Link>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-3 rounded-lg border border-accent bg-panel p-4">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** The world changes as the job moves (a pause for stop-and-copy, the arrival): refetch it then, not on every poll. */
function useWorldRefresh(data: ApiJob | undefined) {
  const qc = useQueryClient();
  const seen = useRef<string | null>(null);
  const key = data ? `${!!data.active}:${data.active?.progress.paused}:${data.active?.progress.phase}` : null;
  useEffect(() => {
    if (key === null) return;
    if (seen.current !== null && seen.current !== key) void invalidateWorld(qc);
    seen.current = key;
  }, [key, qc]);
}
