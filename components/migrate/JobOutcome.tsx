'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import type { ApiJob, ApiMigrationJob } from '@/lib/api/contract';
import { useDomains } from '@/lib/api/domains';
import { useVirshWord } from '@/components/ui/use-virsh-word';
import { JobPlaces } from './JobPlaces';
import { formatMib, formatSeconds } from './job-format';

/**
 * How a watched migration ended. Completed: where the guest went. Cancelled or failed: that
 * nothing was lost — one copy, running (or paused, if it was) where it was.
 */
export function JobOutcome({ job, last }: { job: ApiMigrationJob; last: ApiJob['last'] }) {
  const t = useTranslations('job.outcome');
  const word = useVirshWord();
  const domains = useDomains();
  const copies = domains.data?.filter((d) => d.name === job.domain) ?? [];
  // The job's own result while the source has the domain (a shut-off definition the target kept is
  // no arrival); once the source has none (the guest left, and a failure always keeps it), the
  // copy on the target.
  const there = copies.find((d) => d.host === job.targetHost);
  const home = copies.find((d) => d.host === job.source);
  const result = String(last?.stats.result ?? (there ? 'completed' : 'ended'));
  const arrived = result === 'completed' ? there : undefined;
  // What the hypervisor measured when it has said (real libvirt's domjobinfo --completed), else the plan.
  const done = last?.stats.result === 'completed' ? last.stats : null;
  const took = done
    ? { s: done.total_time_ms / 1000, rounds: done.rounds, mib: done.transferred_mib, downtime: done.downtime_ms }
    : {
        s: job.plan.total_time_s,
        rounds: job.plan.rounds,
        mib: job.plan.transferred_mib,
        downtime: job.plan.downtime_ms,
      };
  const v = { domain: job.domain, source: job.source, target: job.targetHost };
  const strong = (c: React.ReactNode) => <strong>{c}</strong>;
  return (
    <div className="flex flex-col gap-2 text-sm">
      {arrived ? (
        <p role="status">
          {t.rich('migrated', {
            ...v,
            strong,
            defined: arrived.state === 'shut off' ? 'yes' : 'no',
            figures: job.mode === 'definition-only' ? 'no' : 'yes',
            time: formatSeconds(took.s),
            rounds: took.rounds,
            sent: formatMib(took.mib),
            downtime: Math.round(took.downtime),
          })}{' '}
          <Link href={paths.domain(job.targetHost, job.domain)} className="text-accent underline underline-offset-2">
            {t('open', v)}
          </Link>
        </p>
      ) : (
        <p role="status">
          {t.rich('ended', {
            ...v,
            strong,
            result: ['failed', 'canceled'].includes(result) ? result : 'other',
            word: result,
            hasReason: last?.stats.result === 'failed' ? 'yes' : 'no',
            reason: last?.stats.result === 'failed' ? last.stats.reason : '',
            home: home?.state === 'shut off' ? 'shutOff' : home ? 'here' : 'still',
            state: word(home?.state ?? ''),
            running: there ? 'yes' : 'no',
          })}
        </p>
      )}
      <JobPlaces name={job.domain} source={job.source} target={job.targetHost} running={false} />
    </div>
  );
}
