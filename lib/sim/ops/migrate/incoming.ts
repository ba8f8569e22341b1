import { ok, type Result } from '../../result';
import type {
  Domain,
  DomainEvent,
  IncomingMigrationJob,
  MigrateRequest,
  OutgoingMigrationJob,
  World,
} from '../../types';
import {
  currentDef,
  domainByUuid,
  domainName,
  findHost,
  requireHost,
  updateDomain,
  updateHost,
  withEvents,
} from '../../world';
import { deactivate } from '../activation';
import type { OpContext, OpOutcome } from '../context';
import { endJob, failedJob, incomingOf, migrationJobOf } from './jobs';

type Events = Omit<DomainEvent, 'seq'>[];

/** libvirt's Prepare on a QEMU target: the guest's process starts there, paused, before any memory is sent. */
export function addIncoming(
  world: World,
  source: string,
  d: Domain,
  req: MigrateRequest,
  now: number,
): { world: World; event: Omit<DomainEvent, 'seq'> } {
  const target = requireHost(world, req.target);
  const kept = domainByUuid(target, d.uuid) ?? null;
  const def = currentDef(d);
  const job: IncomingMigrationJob = { kind: 'migration-in', startedAt: now, targetHost: req.target, source, kept };
  const incoming: Domain = {
    uuid: d.uuid,
    id: target.nextId,
    state: 'paused',
    reason: 'migrating',
    config: kept?.config ?? null,
    live: def,
    autostart: kept?.autostart ?? false,
    managedSave: null,
    snapshots: [],
    startedAt: now,
    job,
  };
  const w = updateHost(world, req.target, (h) => ({
    ...h,
    nextId: h.nextId + 1,
    domains: kept ? h.domains.map((x) => (x.uuid === d.uuid ? incoming : x)) : [...h.domains, incoming],
  }));
  return {
    world: w,
    event: { time: now, host: req.target, domain: def.name, type: 'lifecycle', event: 'Started', detail: 'Migrated' },
  };
}

/** A migration that failed or was cancelled: the target drops the guest it was receiving (Stopped Failed). */
export function dropIncoming(world: World, job: OutgoingMigrationJob, d: Domain, now: number) {
  const target = findHost(world, job.request.target);
  const there = target && domainByUuid(target, d.uuid);
  const inc = there && incomingOf(there);
  if (!target || !there || !inc) return { world, events: [] as Events };
  const events: Events = [
    { time: now, host: target.name, domain: domainName(d), type: 'lifecycle', event: 'Stopped', detail: 'Failed' },
  ];
  return { world: letGo({ world, host: target.name, now }, there, inc, 'failed'), events };
}

/**
 * The target lets the arriving guest go: the definition it had kept comes back; a definition
 * given to the guest during the copy (virsh define there) stays, shut off; otherwise it is gone.
 */
function letGo(ctx: OpContext, there: Domain, inc: IncomingMigrationJob, reason: string): World {
  const kept = inc.kept;
  if (kept && there.config === kept.config) return updateDomain(ctx.world, ctx.host, there.uuid, () => kept);
  return deactivate(ctx, there, reason);
}

/**
 * virDomainDestroy of the guest a destination is receiving: its process is killed, so the
 * migration fails on the source, where the guest runs on (resumed if the migration had paused it).
 */
export function destroyIncoming(ctx: OpContext, d: Domain, inc: IncomingMigrationJob): Result<OpOutcome> {
  const name = domainName(d);
  let w = letGo(ctx, d, inc, 'destroyed');
  const events: Events = [
    { time: ctx.now, host: ctx.host, domain: name, type: 'lifecycle', event: 'Stopped', detail: 'Destroyed' },
  ];
  const source = findHost(w, inc.source);
  const out = source && domainByUuid(source, d.uuid);
  const job = out && migrationJobOf(out);
  if (source && out && job) {
    const ended = endJob(w, source.name, out, job, failedJob('destination destroyed', job, out), ctx.now);
    w = ended.world;
    const detail = 'Failed: the domain on the destination was destroyed';
    events.push({ time: ctx.now, host: source.name, domain: name, type: 'job', event: 'Job', detail }, ...ended.events);
  }
  return ok(withEvents(w, events));
}
