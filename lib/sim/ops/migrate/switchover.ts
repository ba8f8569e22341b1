import type { Domain, OutgoingMigrationJob } from '../../types';
import { migrationJobOf } from './jobs';

/**
 * How long a Xen migration's switch-over lasts once the memory is across. xl (xl_migrate.c
 * migrate_domain): the target acknowledges the transfer, the source renames the guest
 * `<name>--migratedaway`, gives the target permission to start (it renames `<name>--incoming` back
 * and unpauses it), reads its report and destroys its own copy. The handshake is a few messages;
 * what lasts is the source's libxl_domain_destroy, which pauses the domain and tears down its devices
 * (hotplug scripts) before removing its xenstore entry (libxl_domain.c devices_destroy_cb), so
 * `xl list` names it until then. xend (XendCheckpoint.save) destroys its `migrating-<name>` the same
 * way. A second or two on a real host; the lab takes 2 s.
 */
export const XEN_SWITCHOVER_S = 2;

/** The switch-over's length for this job: only a Xen source moving a guest has one. */
export const switchoverS = (job: OutgoingMigrationJob) =>
  job.params.policy === 'xen' && job.params.mode !== 'definition-only' ? XEN_SWITCHOVER_S : 0;

/**
 * Where a Xen migration stands at `now`: `transfer` (the memory copy, the suspended last round
 * included), `switchover` (the target runs the guest, the source is destroying its copy).
 * A link cut after the transfer changes nothing: the handshake is over and the destroy is local.
 */
export type XenMigrationStage = 'transfer' | 'switchover';

export function xenMigrationStage(d: Domain, now: number): XenMigrationStage | null {
  const job = migrationJobOf(d);
  if (job?.params.policy !== 'xen' || job.postcopyFailedAtS !== undefined) return null;
  const elapsedS = (now - job.startedAt) / 1000;
  return job.plan.stop_reason !== 'no-convergence' && elapsedS >= job.plan.total_time_s && switchoverS(job) > 0
    ? 'switchover'
    : 'transfer';
}

/** A link cut counts only while the stream still runs. */
export const cutInTransfer = (job: OutgoingMigrationJob) =>
  job.request.linkCutAtS !== undefined &&
  (job.plan.stop_reason === 'no-convergence' ||
    job.request.linkCutAtS < job.plan.total_time_s ||
    switchoverS(job) === 0);

/** When the memory is across and the switch-over begins (the receiver renames and unpauses its copy). */
export const switchoverAt = (job: OutgoingMigrationJob) => job.startedAt + job.plan.total_time_s * 1000;

/**
 * `xl pause` on the target after the receiver's unpause (in the switch-over) sets the controller's flag
 * again: the guest stays paused there when the migration ends. One made before is undone by that unpause.
 */
export const pausedAfterArrival = (job: OutgoingMigrationJob) => {
  const p = job.xlPause?.incoming;
  return !!p?.paused && p.at >= switchoverAt(job);
};
