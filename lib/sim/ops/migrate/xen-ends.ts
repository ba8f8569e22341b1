import type { DomainEvent, World } from '../../types';
import { domainByUuid, domainName, findHost, updateDomain, withEvents } from '../../world';
import { endJob, failedJob, migrationJobOf } from './jobs';
import { finish } from './finish';

type Outcome = { world: World; events: DomainEvent[] } | null;

/**
 * `xl destroy <name>--incoming` on a Xen target while the memory arrives: libxl destroys the domain
 * migrate-receive is restoring into, so the restore fails, the receiver exits, and the sender's
 * stream breaks (libxl_domain_suspend fails; xl_migrate.c failed_resume): the guest runs on at its
 * source. Null when the guest has no migration job on `source`.
 */
export function destroyXenArrival(world: World, source: string, uuid: string, now: number): Outcome {
  const h = findHost(world, source);
  const d = h && domainByUuid(h, uuid);
  const job = d && migrationJobOf(d);
  if (!d || !job) return null;
  const ended = endJob(world, source, d, job, failedJob('destination destroyed', job, d), now);
  const detail = 'Failed: the domain on the destination was destroyed';
  return withEvents(ended.world, [
    { time: now, host: source, domain: domainName(d), type: 'job', event: 'Job', detail },
    ...ended.events,
  ]);
}

/**
 * `xl destroy <name>--migratedaway` on a Xen source in the switch-over: the target runs the guest and
 * xl's own libxl_domain_destroy is already tearing this copy down; destroying it too ends that now —
 * the migration is over (xl ignores its destroy's result and reports success).
 */
export function destroyXenLeaving(world: World, host: string, uuid: string, now: number): Outcome {
  const h = findHost(world, host);
  const d = h && domainByUuid(h, uuid);
  const job = d && migrationJobOf(d);
  if (!d || !job) return null;
  const r = finish(world, host, d, job, now);
  return withEvents(r.world, r.events);
}

/**
 * `xl pause` / `xl unpause` of a domain an xl migration holds: libxl_domain_(un)pause → xc_domain_(un)pause,
 * which in Xen 4.4 sets or clears the domain's controller-pause flag (domain_pause_by_systemcontroller). The
 * arriving copy (`incoming`, on the target) or the source's `--migratedaway` (`leaving`); the migration goes
 * on. Null when the guest has no migration job on `source`.
 */
export function xlPauseHeld(
  world: World,
  source: string,
  uuid: string,
  which: 'incoming' | 'leaving',
  paused: boolean,
  now: number,
): World | null {
  const h = findHost(world, source);
  const d = h && domainByUuid(h, uuid);
  const job = d && migrationJobOf(d);
  if (!d || !job) return null;
  const xlPause = { ...job.xlPause, [which]: which === 'incoming' ? { paused, at: now } : paused };
  return updateDomain(world, source, uuid, (x) => ({ ...x, job: { ...job, xlPause } }));
}
