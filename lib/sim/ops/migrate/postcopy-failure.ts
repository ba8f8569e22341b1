import { fail, ok, operationInvalid, type Result } from '../../result';
import type { Domain, DomainEvent, OutgoingMigrationJob, World } from '../../types';
import { domainByUuid, domainName, findHost, updateDomain, withEvents } from '../../world';
import { domainOf, type OpContext, type OpOutcome } from '../context';
import { incomingOf, migrationJobOf } from './jobs';

type Events = Omit<DomainEvent, 'seq'>[];

/**
 * The link broke after the post-copy switch-over. The target runs the guest but lacks pages still on
 * the source, so neither can go on: libvirt (≥ 8.5) pauses both, reason "post-copy failed"
 * (VIR_DOMAIN_PAUSED_POSTCOPY_FAILED, event Suspended Post-copy Error), and keeps the job for
 * `virsh migrate --postcopy --postcopy-resume` (docs/migration.rst, "Post-copy migration").
 */
export function postcopyFail(world: World, source: string, d: Domain, job: OutgoingMigrationJob, now: number) {
  const atS = (now - job.startedAt) / 1000;
  const pause = (x: Domain): Domain => ({ ...x, state: 'paused', reason: 'post-copy failed' });
  let w = updateDomain(world, source, d.uuid, (x) => ({ ...pause(x), job: { ...job, postcopyFailedAtS: atS } }));
  const ev = (host: string): Events[number] => ({
    time: now,
    host,
    domain: domainName(d),
    type: 'lifecycle',
    event: 'Suspended',
    detail: 'Post-copy Error',
  });
  const events: Events = [ev(source)];
  const target = findHost(w, job.targetHost);
  const there = target && domainByUuid(target, d.uuid);
  if (target && there && incomingOf(there)) {
    w = updateDomain(w, target.name, d.uuid, pause);
    events.push(ev(target.name));
  }
  return { world: w, events };
}

/**
 * `virsh migrate --postcopy --postcopy-resume`: the failed post-copy goes on from where the link broke
 * (qemuMigrationAnyCanResume's checks, in its order); the guest runs on the target again.
 */
export function migrateResumePostcopy(ctx: OpContext, uuid: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const name = domainName(d);
  const job = migrationJobOf(d);
  if (!job || (d.reason !== 'post-copy failed' && d.reason !== 'post-copy'))
    return operationInvalid(`migration of domain ${name} is not in post-copy phase`);
  if (job.postcopyFailedAtS === undefined)
    return operationInvalid(`post-copy migration of domain ${name} has not failed`);
  const target0 = findHost(ctx.world, job.targetHost);
  if (!target0?.reachable)
    return fail(
      'SYSTEM_ERROR',
      `Cannot recv data: ssh: connect to host ${target0?.hostname ?? job.targetHost} port 22: No route to host: Connection reset by peer`,
    );
  const resumed: OutgoingMigrationJob = {
    ...job,
    postcopyFailedAtS: undefined,
    // The plan goes on from the instant it broke: the time the job stood still does not count.
    startedAt: ctx.now - job.postcopyFailedAtS * 1000,
    request: { ...job.request, linkCutAtS: undefined },
  };
  let w = updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, reason: 'post-copy', job: resumed }));
  const events: Events = [];
  const target = findHost(w, job.targetHost);
  const there = target && domainByUuid(target, uuid);
  if (target && there && incomingOf(there)) {
    w = updateDomain(w, target.name, uuid, (x) => ({ ...x, state: 'running', reason: 'post-copy' }));
    events.push({
      time: ctx.now,
      host: target.name,
      domain: name,
      type: 'lifecycle',
      event: 'Resumed',
      detail: 'Post-copy',
    });
  }
  return ok(withEvents(w, events));
}
