import { ok, operationInvalid, type Result } from '../../result';
import type { Domain, DomainEvent, World } from '../../types';
import { domainName, updateDomain, withEvents } from '../../world';
import { domainOf, type OpContext, type OpOutcome } from '../context';
import { endJob, failedJob, incomingOf, keepCompleted, migrationJobOf } from './jobs';
import { dropIncoming } from './incoming';
import { postcopyFail } from './postcopy-failure';

/**
 * virDomainAbortJob: cancels the migration; the guest stays on its source. After the post-copy
 * switch-over there is no going back: plain abort is refused, and `--postcopy`
 * (VIR_DOMAIN_ABORT_JOB_POSTCOPY) interrupts it, leaving it failed — paused on both hosts.
 */
export function migrateAbort(ctx: OpContext, uuid: string, postcopy = false): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (incomingOf(d)) return operationInvalid('cannot abort incoming migration; use virDomainDestroy instead');
  const job = migrationJobOf(d);
  if (!job) return operationInvalid('no job is active on the domain');
  const inPostcopy = d.reason === 'post-copy' || job.postcopyFailedAtS !== undefined;
  if (inPostcopy && !postcopy) return operationInvalid('cannot abort migration in post-copy mode');
  if (inPostcopy) {
    // Already failed: there is nothing left to interrupt.
    if (job.postcopyFailedAtS !== undefined) return ok({ world: ctx.world, events: [] });
    const failed = postcopyFail(ctx.world, ctx.host, d, job, ctx.now);
    return ok(withEvents(failed.world, failed.events));
  }
  if (postcopy) return operationInvalid('current job is not outgoing migration in post-copy mode');
  const canceled = { lastJob: { kind: 'migration', stats: { result: 'canceled' } } } as const;
  const ended = endJob(ctx.world, ctx.host, d, job, canceled, ctx.now);
  const dropped = dropIncoming(ended.world, job, d, ctx.now);
  return ok(
    withEvents(dropped.world, [
      { time: ctx.now, host: ctx.host, domain: domainName(d), type: 'job', event: 'Job', detail: 'Canceled' },
      ...ended.events,
      ...dropped.events,
    ]),
  );
}

/**
 * virDomainDestroy of a guest being migrated away from a QEMU host (or xend's destroy during `xm migrate`:
 * xc_save loses the domain it reads and fails): libvirt kills its process
 * before it takes the job (qemuProcessBeginStopJob), so the migration fails and the target drops
 * what it was receiving. Returns the world with the job ended, for the destroy to finish; null
 * when the domain has no outgoing migration.
 */
export function failOnDestroy(
  ctx: OpContext,
  d: Domain,
  why: { reason: string; detail: string } = { reason: 'source destroyed', detail: 'the domain was destroyed' },
): { world: World; events: Omit<DomainEvent, 'seq'>[] } | null {
  const job = migrationJobOf(d);
  if (!job) return null;
  const w = updateDomain(ctx.world, ctx.host, d.uuid, (x) => ({
    ...x,
    job: undefined,
    ...keepCompleted(x, failedJob(why.reason, job, d)),
  }));
  const dropped = dropIncoming(w, job, d, ctx.now);
  const detail = `Failed: ${why.detail}`;
  return {
    world: dropped.world,
    events: [
      { time: ctx.now, host: ctx.host, domain: domainName(d), type: 'job', event: 'Job', detail },
      ...dropped.events,
    ],
  };
}
