import { progressAt, type MigrationProgress } from '../../migration/progress';
import { leaves } from '../../transitions';
import type { Domain, DomainEvent, MigrationStats, OutgoingMigrationJob, World } from '../../types';
import {
  currentDef,
  domainByUuid,
  inactiveDomain,
  removeDomain,
  requireHost,
  updateDomain,
  updateHost,
} from '../../world';
import { arrivalLeases, keepLeases } from '../leases';
import { heldStats, incomingOf } from './jobs';
import { pausedAfterArrival } from './switchover';

/** What `virsh domjobinfo --completed` reports after a migration: the job's figures at its end. */
function completedStats(job: OutgoingMigrationJob): MigrationStats {
  const { paused, done, phase, ...figures } = progressAt(job.plan, job.params, job.plan.total_time_s);
  return {
    ...figures,
    result: 'completed',
    rounds: job.plan.rounds,
    transferred_mib: job.plan.transferred_mib,
    total_time_ms: Math.round(job.plan.total_time_s * 1000),
    downtime_ms: Math.round(job.plan.downtime_ms),
  };
}

/** The last completed migration's figures, and which end of it this domain was. */
export function completedMigration(d: Domain): { progress: MigrationProgress; incoming: boolean } | undefined {
  const s = heldStats(d);
  if (!s) return undefined;
  return { progress: { ...s, paused: false, done: true, phase: 'completed' }, incoming: s.operation === 'in' };
}

/** The plan has run its course: the guest (or, offline, its definition) is on the target. */
export function finish(world: World, sourceName: string, d: Domain, job: OutgoingMigrationJob, now: number) {
  const req = job.request;
  const def = currentDef(d);
  const name = def.name;
  const event = (host: string, e: string, detail: string): Omit<DomainEvent, 'seq'> => ({
    time: now,
    host,
    domain: name,
    type: 'lifecycle',
    event: e,
    detail,
  });
  const events: Omit<DomainEvent, 'seq'>[] = [];
  const stats = completedStats(job);
  let w = world;
  if (job.params.mode === 'definition-only') {
    w = addToTarget(w, req.target, inactiveDomain(d.uuid, d.config));
    events.push(event(req.target, 'Defined', 'Migrated'));
  } else {
    const target = requireHost(w, req.target);
    const arriving = domainByUuid(target, d.uuid);
    const incoming = arriving && incomingOf(arriving) ? arriving : undefined;
    // --suspend leaves the guest paused on the target, as a guest the user had paused arrives, or one
    // `xl pause` paused there after the receiver had unpaused it.
    const paused = req.suspend || job.wasPaused || pausedAfterArrival(job);
    const moved: Domain = {
      uuid: d.uuid,
      id: incoming?.id ?? target.nextId,
      ...leaves('migrate', paused ? 'paused' : 'running'),
      config: req.persistent ? (d.config ?? def) : null,
      live: def,
      autostart: false,
      managedSave: null,
      snapshots: [],
      startedAt: now,
      // The memory sent is the guest's as it was: a hung kernel hangs on the target (decision 068).
      ...(d.hung ? { hung: d.hung } : {}),
      // libvirt gives the destination the source's statistics (the migration cookie) under its own
      // job's operation: `virsh domjobinfo --completed` there says "Incoming migration".
      lastJob: { kind: 'migration', stats: { ...stats, operation: 'in' } },
    };
    if (!incoming) w = updateHost(w, req.target, (h) => ({ ...h, nextId: h.nextId + 1 }));
    w = addToTarget(
      w,
      req.target,
      incoming
        ? {
            ...moved,
            autostart: incoming.autostart,
            config: moved.config ?? incoming.config,
            startedAt: incoming.startedAt,
          }
        : moved,
    );
    // Its DHCP client renews on the target at its own next T1; the source's status file keeps its lease.
    const arrived = arrivalLeases(requireHost(world, sourceName), requireHost(w, req.target), d, now);
    if (arrived) w = updateHost(w, req.target, (h) => ({ ...h, networks: arrived }));
    const kept = keepLeases(requireHost(world, sourceName), d, now);
    if (kept) w = updateHost(w, sourceName, (h) => ({ ...h, networks: kept }));
    // Already running there after a post-copy switch-over: no second Resumed.
    if (!(incoming?.state === 'running' && !paused))
      events.push(event(req.target, paused ? 'Suspended' : 'Resumed', 'Migrated'));
    // Started Migrated came with the incoming guest at the start (addIncoming) where the target holds one.
    if (!incoming) events.push(event(req.target, 'Started', 'Migrated'));
  }
  if (job.params.mode === 'definition-only') {
    w = req.undefineSource
      ? removeDomain(w, sourceName, d.uuid)
      : updateDomain(w, sourceName, d.uuid, (x) => ({ ...x, job: undefined, lastJob: { kind: 'migration', stats } }));
  } else if (req.undefineSource || !d.config) {
    w = removeDomain(w, sourceName, d.uuid);
    events.push(event(sourceName, 'Stopped', 'Migrated'));
  } else {
    w = updateDomain(w, sourceName, d.uuid, (x) => ({
      ...x,
      id: null,
      ...leaves('migrate', x.state, 'source-left'),
      live: null,
      job: undefined,
      hung: undefined,
      lastJob: { kind: 'migration', stats },
    }));
    events.push(event(sourceName, 'Stopped', 'Migrated'));
  }
  return { world: w, events };
}

/** Puts the arriving domain on the target, in place of a kept shut-off definition of it. */
function addToTarget(world: World, target: string, d: Domain): World {
  return updateHost(world, target, (h) => {
    const kept = h.domains.find((x) => x.uuid === d.uuid);
    if (!kept) return { ...h, domains: [...h.domains, d] };
    return {
      ...h,
      domains: h.domains.map((x) =>
        x.uuid === d.uuid ? { ...d, config: d.config ?? kept.config, autostart: kept.autostart } : x,
      ),
    };
  });
}
