'use client';

import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import type { MigrateCheckResult } from '@/lib/api/contract';
import { compareQuery } from './migrate-form';
import { formatMib, formatSeconds } from './job-format';

/** The model's plan for these flags, and the compare page set to this guest. */
export function MigrationEstimate({ result, autoConverge }: { result: MigrateCheckResult; autoConverge: boolean }) {
  const e = result.estimate;
  const w = result.workload;
  return (
    <section aria-label="Estimate" className="rounded-md border border-line p-3 text-sm">
      <h3 className="font-medium">What the model expects</h3>
      <p className="text-xs text-muted">
        {formatMib(w.memoryMib)} of memory, dirtied at {w.dirtyRateMibps} MiB/s over {formatMib(w.wwsMib)}, over{' '}
        {w.bandwidthMibps} MiB/s ({w.policy === 'xen' ? 'Xen' : 'QEMU'} rules).
      </p>
      {e ? (
        e.stop_reason === 'no-convergence' ? (
          <p className="mt-1 text-warn">
            Never converges: the guest dirties memory as fast as the link sends it. Only a cancel, --timeout,
            --auto-converge or --postcopy ends it.
          </p>
        ) : (
          <p className="mt-1">
            About <strong>{formatSeconds(e.total_time_s)}</strong> in {e.rounds} round{e.rounds === 1 ? '' : 's'},{' '}
            {formatMib(e.transferred_mib)} sent, downtime <strong>{Math.round(e.downtime_ms)} ms</strong>.
          </p>
        )
      ) : (
        <p className="mt-1 text-muted">No estimate while the command would be refused.</p>
      )}
      <Link
        className="mt-1 inline-block text-accent underline underline-offset-2"
        href={paths.compare(compareQuery(w, autoConverge))}
      >
        Compare live and offline for this guest
      </Link>
    </section>
  );
}
