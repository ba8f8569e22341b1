import { progressAt, type MigrationProgress } from '../../migration/progress';
import type { Domain, DomainEvent, World } from '../../types';
import { domainByUuid, domainName, findHost, updateDomain, withEvents } from '../../world';
import { failOnDestroy } from './abort';
import { endJob, failedJob, incomingOf, migrationJobOf, xendMigrating } from './jobs';
import { suspendAskedAt, suspendTimeout, XEND_SUSPEND_TRIES_MS, xendWaitsSince } from './xend-suspend';
import { finish } from './finish';
import { dropIncoming } from './incoming';
import { postcopyFail } from './postcopy-failure';
import { advanceGuests, nextGuestChange } from '../guest-request';
import { cutInTransfer, switchoverS } from './switchover';

/** The job's figures now, as domjobinfo shows them. */
export function migrationProgress(d: Domain, now: number): MigrationProgress | undefined {
  const job = migrationJobOf(d);
  if (!job) return undefined;
  // A failed post-copy stands still where the link broke.
  const elapsedS = job.postcopyFailedAtS ?? Math.max(0, now - job.startedAt) / 1000;
  return progressAt(job.plan, job.params, elapsedS);
}

/** When the job will end (ms), a Xen switch-over included, or null when it never converges or stands failed in post-copy. */
export function migrationEndsAt(d: Domain): number | null {
  const job = migrationJobOf(d);
  if (!job || job.plan.stop_reason === 'no-convergence' || job.postcopyFailedAtS !== undefined) return null;
  // Rounded up to whole ms so that advancing to this instant always finishes the job.
  return Math.ceil(job.startedAt + (job.plan.total_time_s + switchoverS(job)) * 1000);
}

/**
 * Moves the world's work in progress forward to `now`, in the order things happen: every instant
 * at which a migration job (stop-and-copy, switch-over, end, a cut link) or a guest's pending
 * shutdown or reboot (guest-request.ts) changes something is visited in time order, each job and
 * guest moved to that instant — so one long wait gives the lab that many short waits give.
 */
export function advanceJobs(world: World, now: number): { world: World; events: DomainEvent[] } {
  let w = world;
  const events: DomainEvent[] = [];
  const step = (t: number) => {
    const moved = advanceMigrations(w, t);
    const guests = advanceGuests(moved.world, t);
    w = guests.world;
    events.push(...moved.events, ...guests.events);
  };
  for (let from = -Infinity, t = nextChange(w, from, now); t !== undefined; from = t, t = nextChange(w, from, now))
    step(t);
  step(now);
  return w === world ? { world, events: [] } : { world: w, events };
}

/** The instants (ms, rounded up) at which a migration job may change its domain: each round's start, the pause, the end, a cut. */
function jobInstants(d: Domain): number[] {
  const job = migrationJobOf(d);
  if (!job || job.postcopyFailedAtS !== undefined) return [];
  const s = [
    ...job.plan.round_log.map((r) => r.start_s),
    job.plan.paused_at_s,
    job.plan.total_time_s,
    job.plan.total_time_s + switchoverS(job),
    cutInTransfer(job) ? job.request.linkCutAtS : undefined,
  ];
  const at = s.filter((x): x is number => typeof x === 'number').map((x) => Math.ceil(job.startedAt + x * 1000));
  return xendMigrating(d) ? [...at, suspendAskedAt(job) + XEND_SUSPEND_TRIES_MS] : at;
}

/** The first instant after `from`, up to `now`, at which a job or a guest changes something. */
function nextChange(world: World, from: number, now: number): number | undefined {
  let next: number | undefined;
  for (const h of world.hosts)
    for (const d of h.domains)
      for (const t of [...jobInstants(d), nextGuestChange(d)])
        if (t !== undefined && t > from && t <= now && (next === undefined || t < next)) next = t;
  return next;
}

function advanceMigrations(world: World, now: number): { world: World; events: DomainEvent[] } {
  let w = world;
  const events: Omit<DomainEvent, 'seq'>[] = [];
  const event = (host: string, d: Domain, type: DomainEvent['type'], e: [string, string]) =>
    events.push({ time: now, host, domain: domainName(d), type, event: e[0], detail: e[1] });
  for (const host of world.hosts) {
    for (const d of host.domains) {
      const job = migrationJobOf(d);
      if (!job) continue;
      if (job.postcopyFailedAtS !== undefined) continue;
      // xend waits for a guest `xm pause` stopped: its suspend never comes, and after 60 s the save fails.
      const waits = xendWaitsSince(d, now);
      if (waits !== null) {
        const at = waits + XEND_SUSPEND_TRIES_MS;
        if (now < at) continue;
        const why = suspendTimeout(d);
        const failed = failOnDestroy({ world: w, host: host.name, now: at }, d, { reason: why, detail: why })!;
        w = failed.world;
        events.push(...failed.events);
        continue;
      }
      const elapsedS = (now - job.startedAt) / 1000;
      const cut = cutInTransfer(job) && elapsedS >= job.request.linkCutAtS!;
      if (cut && d.reason === 'post-copy') {
        const failed = postcopyFail(w, host.name, d, job, now);
        w = failed.world;
        events.push(...failed.events);
        continue;
      }
      if (cut) {
        const ended = endJob(w, host.name, d, job, failedJob('link cut', job, d), now);
        event(host.name, d, 'job', ['Job', 'Failed: the connection to the target broke']);
        events.push(...ended.events);
        const dropped = dropIncoming(ended.world, job, d, now);
        w = dropped.world;
        events.push(...dropped.events);
        continue;
      }
      const p = progressAt(job.plan, job.params, elapsedS);
      if (p.done && elapsedS >= job.plan.total_time_s + switchoverS(job)) {
        const r = finish(w, host.name, d, job, now);
        w = r.world;
        events.push(...r.events);
      } else if (p.phase === 'postcopy' && d.reason !== 'post-copy') {
        // The switch-over: the guest now runs on the target, pulling the pages it still lacks from
        // the source, which keeps them paused (libvirt: PAUSED_POSTCOPY / RUNNING_POSTCOPY).
        w = updateDomain(w, host.name, d.uuid, (x) => ({ ...x, state: 'paused', reason: 'post-copy' }));
        if (d.state === 'running') event(host.name, d, 'lifecycle', ['Suspended', 'Post-copy']);
        const target = findHost(w, job.request.target);
        const there = target && domainByUuid(target, d.uuid);
        if (target && there && incomingOf(there)) {
          w = updateDomain(w, target.name, d.uuid, (x) => ({ ...x, state: 'running', reason: 'post-copy' }));
          event(target.name, d, 'lifecycle', ['Resumed', 'Post-copy']);
        }
      } else if ((p.paused || p.done) && d.state === 'running') {
        // The last round, or a Xen switch-over (the source's copy stays suspended until destroyed).
        w = updateDomain(w, host.name, d.uuid, (x) => ({ ...x, state: 'paused', reason: 'migrating' }));
        event(host.name, d, 'lifecycle', ['Suspended', 'Migrated']);
      }
    }
  }
  return events.length || w !== world ? withEvents(w, events) : { world, events: [] };
}
