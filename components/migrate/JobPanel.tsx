'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { ApiJob, ApiMigrationJob, Transcript } from '@/lib/api/contract';
import { invalidateWorld } from '@/lib/api/invalidate';
import { useJob } from '@/lib/api/migration';
import { Button } from '@/components/ui/Button';
import { CompareLink, JobFrame, phaseText } from './JobFrame';
import { JobControls } from './JobControls';
import { JobEcho } from './JobEcho';
import { JobFigures } from './JobFigures';
import { JobOutcome } from './JobOutcome';
import { JobPlaces } from './JobPlaces';
import { JobProgress } from './JobProgress';

/**
 * The domain's running migration, polled while it runs: progress, `virsh domjobinfo`'s figures,
 * where the guest is, and cancel. Once it ends, where the guest went (or that nothing was lost),
 * with the commands and what virsh printed: the migrate line's error, the domjobabort.
 */
export function JobPanel({
  host,
  name,
  onCommand,
}: {
  host: string;
  name: string;
  onCommand?: (t: Transcript) => void;
}) {
  const t = useTranslations('job');
  const job = useJob(host, name);
  const [watched, setWatched] = useState<ApiMigrationJob | null>(null);
  const [abort, setAbort] = useState<Transcript | null>(null);
  useWorldRefresh(job.data);
  const active = job.data?.active ?? null;
  useEffect(() => {
    if (active) setWatched(active);
  }, [active]);
  const ran = (tr: Transcript) => {
    setAbort(tr);
    onCommand?.(tr);
  };
  if (active) return <Running job={active} onCommand={ran} />;
  if (!watched) return null;
  const last = job.data?.last ?? null;
  return (
    <JobFrame title={t('migrationOf', { name, target: watched.targetHost })}>
      <JobOutcome job={watched} last={last} />
      <JobEcho job={watched} error={last?.error ?? null} abort={abort} />
      <div>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            setWatched(null);
            setAbort(null);
          }}
        >
          {t('dismiss')}
        </Button>
      </div>
    </JobFrame>
  );
}

function Running({ job, onCommand }: { job: ApiMigrationJob; onCommand: (t: Transcript) => void }) {
  const t = useTranslations('job');
  return (
    <JobFrame title={t('migrating', { domain: job.domain, target: job.targetHost })}>
      <p className="text-sm text-muted">
        {t('meta', { mode: job.mode, policy: job.policy === 'xen' ? 'Xen' : 'QEMU', source: job.source })}
      </p>
      <p role="status" className="text-sm">
        {phaseText(t, job)}
      </p>
      <JobProgress job={job} />
      <JobFigures p={job.progress} guestDirtyMibps={job.workload.dirtyRateMibps} xen={job.policy === 'xen'} />
      <JobPlaces name={job.domain} source={job.source} target={job.targetHost} running xen={job.xen} />
      <JobControls job={job} onCommand={onCommand} />
      <CompareLink job={job} />
    </JobFrame>
  );
}

/** The world changes as the job moves (a pause for stop-and-copy): refetch it then, not on every poll. Its end refreshes all at once (jobQueries). */
function useWorldRefresh(data: ApiJob | undefined) {
  const qc = useQueryClient();
  const seen = useRef<string | null>(null);
  const key = data?.active ? `${data.active.progress.paused}:${data.active.progress.phase}` : null;
  useEffect(() => {
    if (key === null) return;
    if (seen.current !== null && seen.current !== key) void invalidateWorld(qc);
    seen.current = key;
  }, [key, qc]);
}
