import { operationInvalid, ok, type Result } from '../result';
import type { Domain, World } from '../types';
import { updateDomain, updateHost } from '../world';
import type { OpContext, OpOutcome } from './context';
import { advanceJobs } from './migrate/advance';
import { migrationJobOf } from './migrate/jobs';

/**
 * Failure injection for teaching and tests: the network between hosts breaks. A migration whose
 * stream crosses the broken link fails at once (advanceJobs' link-cut rule): libvirt aborts the
 * job, the guest keeps running on its source — paused only if it was paused before — and the
 * target never gets a copy. After a post-copy switch-over it cannot: both hosts keep the guest
 * paused (post-copy failed) until the migration is resumed (postcopy-failure.ts).
 */
function cutAt(world: World, host: string, d: Domain, now: number): World {
  const job = migrationJobOf(d);
  if (!job) return world;
  const linkCutAtS = Math.max(0, (now - job.startedAt) / 1000);
  return updateDomain(world, host, d.uuid, (x) => ({ ...x, job: { ...job, request: { ...job.request, linkCutAtS } } }));
}

/** Cuts the link under one domain's running migration, now. */
export function migrationCutLink(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const d = ctx.world.hosts.find((h) => h.name === ctx.host)?.domains.find((x) => x.uuid === uuid);
  if (!d || !migrationJobOf(d)) return operationInvalid('no job is active on the domain');
  return ok(advanceJobs(cutAt(ctx.world, ctx.host, d, ctx.now), ctx.now));
}

/**
 * A host drops off the network (or comes back). Every migration to or from it loses its stream;
 * new ones fail their connection checks (virsh: ssh's "No route to host", xm: "timed out").
 */
export function setHostReachable(world: World, hostName: string, reachable: boolean, now: number): OpOutcome {
  let w = updateHost(world, hostName, (h) => ({ ...h, reachable }));
  if (!reachable) {
    for (const h of w.hosts) {
      for (const d of h.domains) {
        const job = migrationJobOf(d);
        if (job && (h.name === hostName || job.request.target === hostName)) w = cutAt(w, h.name, d, now);
      }
    }
  }
  return advanceJobs(w, now);
}
