import { internalError, ok, operationInvalid, unsupportedFlags, type Result } from '../result';
import { leaves, transitionFor } from '../transitions';
import type { Domain, DomainDef } from '../types';
import { quirks } from '../drivers';
import { isActive } from '../states';
import { removeDomain, updateDomain, updateHost, domainName } from '../world';
import { failOnDestroy } from './migrate/abort';
import { destroyIncoming } from './migrate/incoming';
import { incomingOf } from './migrate/jobs';
import { checkJobLock, commit, domainOf, hostOf, lifecycleEvent, type OpContext, type OpOutcome } from './context';

const cloneDef = (def: DomainDef): DomainDef => structuredCloneDef(def);
/** Domain definitions are plain data; a JSON round trip is a faithful deep copy. */
export const structuredCloneDef = (def: DomainDef): DomainDef => JSON.parse(JSON.stringify(def)) as DomainDef;

/** Brings a domain to an active state with a fresh id, as libvirt's driver does at start. */
export function activate(
  ctx: OpContext,
  d: Domain,
  def: DomainDef,
  state: Domain['state'],
  reason: string,
): { ctx: OpContext; domain: Domain } {
  const host = hostOf(ctx);
  const id = host.nextId;
  const live = cloneDef(def);
  // The driver names each guest NIC's host side at start (test driver: testnetN; QEMU: vnetN).
  const used = host.domains
    .flatMap((x) => x.live?.interfaces ?? [])
    .map((n) => /^vnet(\d+)$/.exec(n.target ?? '')?.[1])
    .filter(Boolean)
    .map(Number);
  let vnet = used.length ? Math.max(...used) + 1 : 0;
  live.interfaces = live.interfaces.map((n, i) =>
    n.target
      ? n
      : {
          ...n,
          target: host.driver === 'test' ? `testnet${i}` : host.driver === 'xen' ? `vif${id}.${i}` : `vnet${vnet++}`,
        },
  );
  const domain: Domain = { ...d, id, state, reason, live, startedAt: ctx.now };
  const world = updateHost(ctx.world, ctx.host, (h) => ({
    ...h,
    nextId: id + 1,
    domains: h.domains.some((x) => x.uuid === d.uuid)
      ? h.domains.map((x) => (x.uuid === d.uuid ? domain : x))
      : [...h.domains, domain],
  }));
  return { ctx: { ...ctx, world }, domain };
}

/** Stops a domain; a transient one disappears, as in libvirt. */
export function deactivate(ctx: OpContext, d: Domain, reason: string, extra: Partial<Domain> = {}) {
  if (!d.config) return removeDomain(ctx.world, ctx.host, d.uuid);
  return updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
    ...x,
    ...extra,
    id: null,
    state: 'shut off',
    reason,
    live: null,
    startedAt: undefined,
    job: undefined,
  }));
}

export interface StartFlags {
  paused?: boolean;
  forceBoot?: boolean;
  autodestroy?: boolean;
  bypassCache?: boolean;
}

export function domainStart(ctx: OpContext, uuid: string, flags: StartFlags = {}): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  const bits =
    (flags.paused ? 1 : 0) | (flags.autodestroy ? 2 : 0) | (flags.bypassCache ? 4 : 0) | (flags.forceBoot ? 8 : 0);
  if (bits && !q.startFlags) return unsupportedFlags(bits, 'testDomainCreateWithFlags');
  if (isActive(d.state)) return operationInvalid('domain is already running');
  const lock = checkJobLock(d, 'virDomainCreateWithFlags');
  if (!lock.ok) return lock;
  if (!d.config) return operationInvalid('domain is not persistent');
  const ms = d.managedSave;
  if (ms && q.managedSaveRestores && !flags.forceBoot) {
    const paused = ms.paused || !!flags.paused;
    const { ctx: next, domain } = activate(
      ctx,
      { ...d, managedSave: null },
      ms.def,
      paused ? 'paused' : 'running',
      paused ? 'user' : 'restored',
    );
    const events = [lifecycleEvent(next, domain, ['Started', 'Restored'])];
    if (paused) events.push(lifecycleEvent(next, domain, ['Suspended', 'Restored']));
    return commit(next.world, events);
  }
  // start --paused boots the guest and pauses it before it runs (Started Booted, Suspended Paused).
  const to = flags.paused ? { state: 'paused' as const, reason: 'user' } : leaves('start', d.state);
  const { ctx: next, domain } = activate(ctx, { ...d, managedSave: null }, d.config, to.state, to.reason);
  const events = [lifecycleEvent(next, domain, transitionFor('start').event)];
  if (flags.paused) events.push(lifecycleEvent(next, domain, ['Suspended', 'Paused']));
  return commit(next.world, events);
}

export function domainDestroy(ctx: OpContext, uuid: string, graceful = false): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (graceful && !quirks(hostOf(ctx).driver).destroyGraceful) return unsupportedFlags(1, 'testDomainDestroyFlags');
  if (!isActive(d.state)) return operationInvalid('domain is not running');
  const incoming = incomingOf(d);
  if (incoming) return destroyIncoming(ctx, d, incoming);
  // On QEMU, destroy goes through a migration (the process is killed first): the migration fails.
  const failed = hostOf(ctx).driver === 'qemu' ? failOnDestroy(ctx, d) : null;
  if (!failed) {
    const lock = checkJobLock(d, 'virDomainDestroyFlags');
    if (!lock.ok) return lock;
  }
  // deactivate updates the domain as the (possibly job-ended) world holds it.
  const events = [...(failed?.events ?? []), lifecycleEvent(ctx, d, transitionFor('destroy').event)];
  return commit(
    deactivate(failed ? { ...ctx, world: failed.world } : ctx, d, leaves('destroy', d.state).reason),
    events,
  );
}

export function domainShutdown(ctx: OpContext, uuid: string, flags = 0): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  if (flags && q.driver === 'test') return unsupportedFlags(flags, 'testDomainShutdownFlags');
  if (q.driver === 'test') {
    if (d.state === 'shut off') return internalError(`domain '${domainName(d)}' not running`);
  } else if (d.state !== 'running') return operationInvalid('domain is not running');
  const lock = checkJobLock(d, 'virDomainShutdownFlags');
  if (!lock.ok) return lock;
  return commit(deactivate(ctx, d, leaves('shutdown', d.state).reason), [
    lifecycleEvent(ctx, d, ['Shutdown', 'Finished']),
    lifecycleEvent(ctx, d, transitionFor('shutdown').event),
  ]);
}

export function domainReboot(ctx: OpContext, uuid: string, _flags = 0): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  if (!isActive(d.state) || (q.driver !== 'test' && d.state !== 'running'))
    return operationInvalid('domain is not running');
  const lock = checkJobLock(d, 'virDomainReboot');
  if (!lock.ok) return lock;
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, ...leaves('reboot', d.state) }));
  return commit(world, [lifecycleEvent(ctx, d, transitionFor('reboot').event)]);
}

export function domainReset(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (!isActive(d.state)) return operationInvalid('domain is not running');
  const lock = checkJobLock(d, 'virDomainReset');
  if (!lock.ok) return lock;
  // The table says reset leaves state and reason as they were: the world is unchanged.
  return commit(ctx.world, [lifecycleEvent(ctx, d, transitionFor('reset').event)]);
}

export function domainSuspend(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  if (q.driver === 'test') {
    if (d.state === 'shut off' || d.state === 'paused') return internalError(`domain '${domainName(d)}' not running`);
  } else if (!isActive(d.state)) return operationInvalid('domain is not running');
  const lock = checkJobLock(d, 'virDomainSuspend');
  if (!lock.ok) return lock;
  if (d.state === 'paused') return ok({ world: ctx.world, events: [] });
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, ...leaves('suspend', d.state) }));
  return commit(world, [lifecycleEvent(ctx, d, transitionFor('suspend').event)]);
}

export function domainResume(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  if (q.driver === 'test') {
    if (d.state !== 'paused') return internalError(`domain '${domainName(d)}' not paused`);
  } else if (!isActive(d.state)) return operationInvalid('domain is not running');
  const lock = checkJobLock(d, 'virDomainResume');
  if (!lock.ok) return lock;
  if (d.state !== 'paused') return ok({ world: ctx.world, events: [] });
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, ...leaves('resume', d.state) }));
  return commit(world, [lifecycleEvent(ctx, d, transitionFor('resume').event)]);
}
