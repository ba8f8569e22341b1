import {
  JOB_STATS_COMPLETED,
  JOB_STATS_KEEP_COMPLETED,
  libxlJobStats,
  readCompletedStats,
} from '../../../sim/ops/job-stats';
import { migrateAbort } from '../../../sim/ops/migrate/abort';
import { migrationProgress } from '../../../sim/ops/migrate/advance';
import { completedMigration } from '../../../sim/ops/migrate/finish';
import { incomingOf } from '../../../sim/ops/migrate/jobs';
import type { VirtError } from '../../../sim/result';
import type { Domain } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { formatIncomingJobInfo, formatMigrationJobInfo } from './migrate';

/**
 * The seam between `domjobinfo`/`domjobabort` and the jobs the simulator runs (migrations,
 * see migrate.ts). libvirt's test driver implements neither API.
 */
export function jobInfo(c: CmdCtx, d: Domain): boolean {
  if (c.host().driver === 'test') {
    // virsh asks virDomainGetJobStats first and falls back to virDomainGetJobInfo only without flags
    // (--anystats is no flag: it only lets virsh print whatever statistics come back).
    if (['completed', 'keep-completed', 'rawstats'].some((o) => c.has(o))) {
      c.error('Optional flags or --rawstats are not supported by the daemon');
      c.libvirtError(noSupportError('virDomainGetJobStats'));
    } else c.libvirtError(noSupportError('virDomainGetJobInfo'));
    return false;
  }
  if (c.host().driver === 'xen') return libxlJobInfo(c, d);
  const done = c.has('completed') ? completedMigration(d) : undefined;
  const progress = c.has('completed') ? undefined : migrationProgress(d, c.s.now);
  const none = `${'Job type:'.padEnd(17)} ${'None'.padEnd(12)}\n`;
  // The destination's job (modelled): that it runs, on the incoming side; the transfer's figures are the source's to report.
  const incoming = incomingOf(d);
  if (!done && !c.has('completed') && incoming) {
    c.print(formatIncomingJobInfo(Math.max(0, c.s.now - incoming.startedAt)));
    return true;
  }
  c.print(
    done
      ? formatMigrationJobInfo(done.progress, true, done.incoming)
      : progress
        ? formatMigrationJobInfo(progress, false)
        : none,
  );
  // qemuDomainGetJobStats frees the completed job's figures once returned, unless asked to keep them.
  if (done && c.host().driver === 'qemu' && !c.has('keep-completed')) {
    const read = readCompletedStats(c.op(), d.uuid);
    if (read.ok) c.s.world = read.value.world;
  }
  return true;
}

/** The libxl driver's answer (libxlDomainGetJobStats): no flags, and a job's elapsed time only. */
function libxlJobInfo(c: CmdCtx, d: Domain): boolean {
  const flags =
    (c.has('completed') ? JOB_STATS_COMPLETED : 0) | (c.has('keep-completed') ? JOB_STATS_KEEP_COMPLETED : 0);
  const r = libxlJobStats(d, c.s.now, flags);
  if (!r.ok) {
    c.libvirtError(r.error);
    return false;
  }
  const { elapsedMs } = r.value;
  const row = (label: string, value: string) => `${`${label}:`.padEnd(17)} ${value}\n`;
  // No VIR_DOMAIN_JOB_OPERATION among the figures: virsh prints its "Unknown".
  c.print(
    elapsedMs === null
      ? row('Job type', 'None'.padEnd(12))
      : row('Job type', 'Unbounded'.padEnd(12)) +
          row('Operation', 'Unknown'.padEnd(12)) +
          row('Time elapsed', `${String(elapsedMs).padEnd(12)} ms`),
  );
  return true;
}

export function jobAbort(c: CmdCtx, d: Domain): boolean {
  // Neither the test driver nor libvirt's libxl driver has domainAbortJob: libxl_domain_suspend, which
  // sends a Xen guest's memory, cannot be interrupted from libvirt (decision 050).
  if (c.host().driver === 'test' || c.host().driver === 'xen') {
    c.libvirtError(noSupportError(c.has('postcopy') ? 'virDomainAbortJobFlags' : 'virDomainAbortJob'));
    return false;
  }
  return !!c.apply(migrateAbort(c.op(), d.uuid, c.has('postcopy')));
}

const noSupportError = (api: string): VirtError => ({
  code: 'NO_SUPPORT',
  message: `this function is not supported by the connection driver: ${api}`,
});
