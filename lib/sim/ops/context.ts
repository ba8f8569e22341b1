import type { Result } from '../result';
import { fail } from '../result';
import type { Domain, DomainEvent, Host, World } from '../types';
import { domainName, requireHost, withEvents } from '../world';

/** Every operation runs on one host of the world at one instant; time is passed in. */
export interface OpContext {
  world: World;
  host: string;
  now: number;
}
export interface OpOutcome {
  world: World;
  events: DomainEvent[];
}

export const hostOf = (ctx: OpContext): Host => requireHost(ctx.world, ctx.host);

/** Looks a domain up by UUID on the context's host; libvirt's message when it is gone. */
export function domainOf(ctx: OpContext, uuid: string): Result<Domain> {
  const d = hostOf(ctx).domains.find((x) => x.uuid === uuid);
  return d ? { ok: true, value: d } : fail('NO_DOMAIN', `Domain not found: no domain with matching uuid '${uuid}'`);
}

/**
 * A migration holds the domain's job lock: state-changing APIs wait, then give up. The holder is
 * the API that began the job: Perform on the source, Prepare on the destination.
 */
export function checkJobLock(d: Domain, api: string): Result<true> {
  if (!d.job) return { ok: true, value: true };
  const holder =
    d.job.kind === 'migration-in'
      ? 'remoteDispatchDomainMigratePrepare3Params'
      : 'remoteDispatchDomainMigratePerform3Params';
  return fail(
    'OPERATION_TIMEOUT',
    `Timed out during operation: cannot acquire state change lock (held by monitor=${holder}) for ${api}`,
  );
}

/**
 * The lock for an API xend runs on a domain it is migrating: none (XendCheckpoint.save takes no lock,
 * decision 068) — except while the migration itself holds the guest suspended for its last round.
 */
export const xendLock = (d: Domain, api: string): Result<true> =>
  d.job?.kind === 'migration' && d.job.request.via === 'xm' && d.reason !== 'migrating'
    ? { ok: true, value: true }
    : checkJobLock(d, api);

export function lifecycleEvent(ctx: OpContext, d: Domain, event: readonly [string, string], name = domainName(d)) {
  return { time: ctx.now, host: ctx.host, domain: name, type: 'lifecycle' as const, event: event[0], detail: event[1] };
}

export function commit(world: World, events: Omit<DomainEvent, 'seq'>[]): Result<OpOutcome> {
  return { ok: true, value: withEvents(world, events) };
}
