'use client';

import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
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
    <Frame title={`Migration of ${name} to ${watched.targetHost}`}>
      <JobOutcome job={watched} last={job.data?.last ?? null} />
      <div>
        <Button size="sm" variant="ghost" onClick={() => setWatched(null)}>
          Dismiss
        </Button>
      </div>
    </Frame>
  );
}

const MODE = {
  live: 'live',
  offline: 'non-live (paused for the copy)',
  'definition-only': 'definition only (--offline)',
} as const;

function phaseText(j: ApiMigrationJob): string {
  const p = j.progress;
  if (j.mode === 'definition-only')
    return `Moving only the persistent definition of ${j.domain}; the guest is not touched.`;
  if (j.mode === 'offline') return `${j.domain} is paused on ${j.source} for the whole copy: this is all downtime.`;
  if (p.phase === 'stop-copy')
    return `Stop-and-copy: ${j.domain} is paused while the last dirty pages are sent (the downtime).`;
  if (p.phase === 'postcopy') return `Post-copy: ${j.domain} runs on ${j.targetHost}; its remaining pages follow.`;
  if (p.paused) return `${j.domain} is suspended (--timeout): the copy finishes with it paused.`;
  return `Pre-copy round ${p.memory_iteration}: ${j.domain} keeps running on ${j.source} while its memory is copied${p.memory_iteration > 1 ? ' again (the pages it dirtied)' : ''}.`;
}

function Running({ job }: { job: ApiMigrationJob }) {
  return (
    <Frame title={`Migrating ${job.domain} to ${job.targetHost}`}>
      <p className="text-sm text-muted">
        {MODE[job.mode]} · {job.policy === 'xen' ? 'Xen' : 'QEMU'} rules · started on {job.source}
      </p>
      <p role="status" className="text-sm">
        {phaseText(job)}
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
  const q = compareQuery(job.workload, !!job.args.autoConverge);
  return (
    <Link href={paths.compare(q)} className="text-sm text-accent underline underline-offset-2">
      Compare live and offline for this guest
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
