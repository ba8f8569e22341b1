import { fail, ok, type Result } from '../result';
import type { Domain } from '../types';
import { updateDomain } from '../world';
import { hostOf, type OpContext, type OpOutcome } from './context';
import { heldStats, migrationJobOf } from './migrate/jobs';

/**
 * virDomainGetJobStats(VIR_DOMAIN_JOB_STATS_COMPLETED) without KEEP_COMPLETED on a QEMU host:
 * qemuDomainGetJobStats frees the completed job's data once it has returned it. Nothing held,
 * nothing changes (virsh printed "None"). Allowed on a read-only connection, as the getter is.
 */
export function readCompletedStats(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const d = hostOf(ctx).domains.find((x) => x.uuid === uuid);
  if (!d?.lastJob || !heldStats(d)) return ok({ world: ctx.world, events: [] });
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) =>
    x.lastJob ? { ...x, lastJob: { ...x.lastJob, statsRead: true } } : x,
  );
  return ok({ world, events: [] });
}

/** virsh domjobinfo's flags: VIR_DOMAIN_JOB_STATS_COMPLETED and _KEEP_COMPLETED. */
export const JOB_STATS_COMPLETED = 0x1;
export const JOB_STATS_KEEP_COMPLETED = 0x2;

/**
 * virDomainGetJobStats on libvirt's libxl driver (libxlDomainGetJobStats, unchanged to 9.0): it takes no
 * flag ("VIR_DOMAIN_JOB_STATS_COMPLETED not supported yet"), so `--completed` fails and the driver keeps no
 * completed job's figures. Without flags it reports the job libvirt itself holds — a `virsh migrate`
 * holds one from its Begin to its Confirm step — as Unbounded with only the time elapsed (libxl has no
 * progress to read: libxl_domain_suspend sends the memory without reporting back). `xl migrate` and
 * `xm migrate` go around libvirtd, which then holds no job: None. `elapsedMs` null: no job.
 */
export function libxlJobStats(d: Domain, now: number, flags: number): Result<{ elapsedMs: number | null }> {
  if (flags)
    return fail('INVALID_ARG', `unsupported flags (0x${flags.toString(16)}) in function libxlDomainGetJobStats`);
  const job = migrationJobOf(d);
  return ok({ elapsedMs: job && !job.request.via ? Math.max(0, now - job.startedAt) : null });
}
