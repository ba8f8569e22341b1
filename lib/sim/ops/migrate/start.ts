import { simulateMigration } from '../../migration/model';
import type { MigrationParams, MigrationPlan } from '../../migration/types';
import { ok, type Result } from '../../result';
import type { Domain, DomainEvent, MigrateRequest, OutgoingMigrationJob } from '../../types';
import { currentDef, findHost, updateDomain, withEvents } from '../../world';
import { domainOf, hostOf, lifecycleEvent, type OpContext, type OpOutcome } from '../context';
import { addIncoming } from './incoming';
import { precheck } from './precheck';

/** The guest's workload as the model sees it: how fast it dirties memory and over how much. */
export function workloadOf(d: Domain) {
  const memoryMib = currentDef(d).currentMemoryKiB / 1024;
  // A paused guest writes nothing: its first pass leaves nothing dirty, so a post-copy migration of it
  // completes as pre-copy and never switches (QEMU switches only while pages remain to send).
  const dirtyRateMibps = d.state === 'paused' ? 0 : 24;
  return { memoryMib, dirtyRateMibps, wwsMib: Math.max(8, memoryMib / 8) };
}

export function migrationParams(d: Domain, policy: 'qemu' | 'xen', req: MigrateRequest): MigrationParams {
  const w = workloadOf(d);
  return {
    mode: req.offline ? 'definition-only' : req.live ? 'live' : 'offline',
    policy,
    memoryMib: w.memoryMib,
    bandwidthMibps: req.bandwidthMibps ?? 117,
    dirtyRateMibps: w.dirtyRateMibps,
    wwsMib: w.wwsMib,
    autoConverge: req.autoConverge,
    postcopy: req.postcopy,
    timeoutS: req.timeoutS,
  };
}

/** Starts a migration job on the source; the guest moves when advanceJobs reaches the plan's end. */
export function migrateStart(ctx: OpContext, req: MigrateRequest): Result<OpOutcome & { plan: MigrationPlan }> {
  const found = domainOf(ctx, req.uuid);
  if (!found.ok) return found;
  const d = found.value;
  const check = precheck(ctx, d, req);
  if (!check.ok) return check;
  const params = migrationParams(d, hostOf(ctx).driver === 'xen' ? 'xen' : 'qemu', req);
  const plan = simulateMigration(params);
  const job: OutgoingMigrationJob = {
    kind: 'migration',
    startedAt: ctx.now,
    targetHost: req.target,
    request: { ...req, source: ctx.host },
    params,
    plan,
    wasPaused: d.state === 'paused',
  };
  // libvirt pauses a non-live migration's guest for the whole copy.
  const pausedNow = params.mode === 'offline' && d.state === 'running';
  let world = updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
    ...x,
    job,
    ...(pausedNow ? { state: 'paused' as const, reason: 'migrating' } : {}),
  }));
  const events: Omit<DomainEvent, 'seq'>[] = [];
  // The target shows the arriving guest while it arrives (QEMU; Xen's relocation is not modelled so).
  if (params.mode !== 'definition-only' && findHost(world, req.target)?.driver === 'qemu') {
    const inc = addIncoming(world, ctx.host, d, req, ctx.now);
    world = inc.world;
    events.push(inc.event);
  }
  if (pausedNow) events.push(lifecycleEvent(ctx, d, ['Suspended', 'Migrated']));
  return ok({ ...withEvents(world, events), plan });
}
