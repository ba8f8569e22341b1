'use client';

import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import type { ApiJob, ApiMigrationJob } from '@/lib/api/contract';
import { useDomains } from '@/lib/api/domains';
import { JobPlaces } from './JobPlaces';
import { formatMib, formatSeconds } from './job-format';

/**
 * How a watched migration ended. Completed: where the guest went. Cancelled or failed: that
 * nothing was lost — one copy, running (or paused, if it was) where it was.
 */
export function JobOutcome({ job, last }: { job: ApiMigrationJob; last: ApiJob['last'] }) {
  const domains = useDomains();
  const copies = domains.data?.filter((d) => d.name === job.domain) ?? [];
  // The job's own result while the source has the domain (a shut-off definition the target kept is
  // no arrival); once the source has none (the guest left, and a failure always keeps it), the
  // copy on the target.
  const there = copies.find((d) => d.host === job.targetHost);
  const home = copies.find((d) => d.host === job.source);
  const result = String(last?.stats.result ?? (there ? 'completed' : 'ended'));
  const arrived = result === 'completed' ? there : undefined;
  const destroyed = home?.state === 'shut off';
  return (
    <div className="flex flex-col gap-2 text-sm">
      {arrived ? (
        <p role="status">
          <strong>Migrated.</strong> {job.domain} now {arrived.state === 'shut off' ? 'is defined' : 'runs'} on{' '}
          {job.targetHost}
          {job.mode !== 'definition-only' && (
            <>
              {' '}
              after {formatSeconds(job.plan.total_time_s)}, {job.plan.rounds} round{job.plan.rounds === 1 ? '' : 's'},{' '}
              {formatMib(job.plan.transferred_mib)} sent, downtime {Math.round(job.plan.downtime_ms)} ms
            </>
          )}
          .{' '}
          <Link href={paths.domain(job.targetHost, job.domain)} className="text-accent underline underline-offset-2">
            Open {job.domain} on {job.targetHost}
          </Link>
        </p>
      ) : (
        <p role="status">
          <strong>Migration {result === 'failed' ? 'failed' : result === 'canceled' ? 'cancelled' : result}.</strong>{' '}
          {last?.stats.result === 'failed' ? `(${last.stats.reason}) ` : ''}
          {destroyed
            ? `${job.domain} is shut off on ${job.source}`
            : `Nothing lost: ${job.domain} is ${home ? home.state : 'still'} on ${job.source}`}
          , and {job.targetHost} has no {there ? 'running ' : ''}copy.
        </p>
      )}
      <JobPlaces name={job.domain} source={job.source} target={job.targetHost} running={false} />
    </div>
  );
}
