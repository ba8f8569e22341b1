import { ok, type Result } from '../result';
import { updateDomain } from '../world';
import { hostOf, type OpContext, type OpOutcome } from './context';
import { heldStats } from './migrate/jobs';

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
