import { internalError, ok, operationInvalid, unsupportedFlags, type Result } from '../result';
import { leaves, startsFrom, transitionFor } from '../transitions';
import { quirks } from '../drivers';
import { isActive } from '../states';
import { updateDomain, domainName } from '../world';
import type { Domain } from '../types';
import { failOnDestroy } from './migrate/abort';
import { destroyIncoming } from './migrate/incoming';
import { incomingOf, xendMigrating } from './migrate/jobs';
import { activate, deactivate } from './activation';
import { guestReboot, guestShutdown } from './guest-power';
import { resumedRequest } from './guest-request';
import { admit } from './admission';
import {
  checkJobLock,
  commit,
  domainOf,
  hostOf,
  lifecycleEvent,
  xendLock,
  type OpContext,
  type OpOutcome,
} from './context';
import { xendWaitsSince } from './migrate/xend-suspend';

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
  // A preserved Xen domain still has its id: libvirt counts it active.
  if (isActive(d.state) || d.preserved) return operationInvalid('domain is already running');
  const lock = checkJobLock(d, 'virDomainCreateWithFlags');
  if (!lock.ok) return lock;
  if (!d.config) return operationInvalid('domain is not persistent');
  const ms = d.managedSave;
  const restoring = !!ms && q.managedSaveRestores && !flags.forceBoot;
  const admitted = admit(ctx, restoring && ms ? ms.def : d.config);
  if (!admitted.ok) return admitted;
  if (ms && restoring) {
    const paused = ms.paused || !!flags.paused;
    const { ctx: next, domain } = activate(
      ctx,
      { ...d, managedSave: null, hung: ms.hung },
      ms.def,
      paused ? 'paused' : 'running',
      paused ? 'user' : 'restored',
    );
    const events = [lifecycleEvent(next, domain, ['Started', 'Restored'])];
    if (paused) events.push(lifecycleEvent(next, domain, ['Suspended', 'Restored']));
    return commit(next.world, events);
  }
  // start --paused boots the guest and pauses it before it runs (Started Booted, Suspended Paused).
  const to = leaves('start', d.state, flags.paused ? 'paused' : undefined);
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
  // libxlDomainDestroyFlags frees a preserved domain (it is active: it has an id): Stopped Destroyed.
  if (d.preserved)
    return commit(deactivate(ctx, d, 'destroyed'), [lifecycleEvent(ctx, d, transitionFor('destroy').event)]);
  if (!isActive(d.state)) return operationInvalid('domain is not running');
  const incoming = incomingOf(d);
  if (incoming) return destroyIncoming(ctx, d, incoming);
  // On QEMU, destroy goes through a migration (the process is killed first): the migration fails.
  // xend takes no lock either: its destroy kills a guest `xm migrate` is sending, and xc_save fails.
  const failed = hostOf(ctx).driver === 'qemu' || xendMigrating(d) ? failOnDestroy(ctx, d) : null;
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

/**
 * The guest's QEMU process died (kill -9 at the host): libvirt sees its monitor close without a
 * SHUTDOWN event and assumes a crash — Stopped Failed, shut off (crashed) (qemuProcessHandleMonitorEOF).
 */
export function domainProcessKilled(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (!isActive(d.state)) return operationInvalid('domain is not running');
  const failed = failOnDestroy(ctx, d);
  const events = [...(failed?.events ?? []), lifecycleEvent(ctx, d, ['Stopped', 'Failed'])];
  return commit(deactivate(failed ? { ...ctx, world: failed.world } : ctx, d, 'crashed'), events);
}

export function domainShutdown(ctx: OpContext, uuid: string, flags = 0): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  if (q.driver !== 'test') return guestShutdown(ctx, d, flags);
  if (flags) return unsupportedFlags(flags, 'testDomainShutdownFlags');
  if (d.state === 'shut off') return internalError(`domain '${domainName(d)}' not running`);
  const lock = checkJobLock(d, 'virDomainShutdownFlags');
  if (!lock.ok) return lock;
  // The test driver's guest powers off at once (testDomainShutdownFlags), even a paused one.
  return commit(deactivate(ctx, d, leaves('shutdown', d.state).reason), [
    lifecycleEvent(ctx, d, ['Shutdown', 'Finished']),
    lifecycleEvent(ctx, d, transitionFor('shutdown').event),
  ]);
}

export function domainReboot(ctx: OpContext, uuid: string, flags = 0): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  if (q.driver !== 'test') return guestReboot(ctx, d, flags);
  if (!isActive(d.state)) return operationInvalid('domain is not running');
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
  // The table says reset leaves state and reason as they were (the world is unchanged), but for a
  // crashed guest: paused (crashed) until resume (qemuDomainReset).
  // A hung guest (a panic no device reported) boots again: it answers requests once more.
  const world =
    d.state === 'crashed'
      ? updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, ...leaves('reset', d.state) }))
      : d.hung
        ? updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, hung: undefined }))
        : ctx.world;
  return commit(world, [lifecycleEvent(ctx, d, transitionFor('reset').event)]);
}

export function domainSuspend(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const q = quirks(hostOf(ctx).driver);
  if (q.driver === 'test') {
    if (d.state === 'shut off' || d.state === 'paused') return internalError(`domain '${domainName(d)}' not running`);
  } else if (!isActive(d.state)) return operationInvalid('domain is not running');
  const lock = xendLock(d, 'virDomainSuspend');
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
  const lock = xendLock(d, 'virDomainResume');
  if (!lock.ok) return lock;
  // qemuDomainResume (since commit 3e044e6, late 2016): a running guest is refused, a pmsuspended one too;
  // libxlDomainResume resumes a paused guest and answers success for any other active one.
  if (q.driver === 'qemu' && d.state === 'pmsuspended') return operationInvalid('domain is pmsuspended');
  if (q.driver === 'qemu' && d.state === 'running') return operationInvalid('domain is already running');
  if (!startsFrom(transitionFor('resume'), q.driver, d.state, d.reason)) return ok({ world: ctx.world, events: [] });
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({
    ...x,
    ...leaves('resume', d.state),
    // A shutdown or reboot asked for while paused: the guest OS takes its seconds once it runs again.
    ...(x.guestRequest && { guestRequest: resumedRequest(x.guestRequest, ctx.now) }),
    ...xendResumes(x, ctx.now),
  }));
  return commit(world, [lifecycleEvent(ctx, d, transitionFor('resume').event)]);
}

/**
 * A guest unpaused while xend waits for its suspend answers now: the rest of the migration runs
 * that much later (its job's clock moves on by the wait).
 */
function xendResumes(d: Domain, now: number): Partial<Domain> {
  const since = xendWaitsSince(d, now);
  const job = d.job;
  if (since === null || job?.kind !== 'migration') return {};
  return { job: { ...job, startedAt: job.startedAt + (now - since) } };
}
