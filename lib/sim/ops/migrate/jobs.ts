import type {
  Domain,
  DomainEvent,
  IncomingMigrationJob,
  MigrationStats,
  OutgoingMigrationJob,
  World,
} from '../../types';
import { domainName, updateDomain } from '../../world';

/** The outgoing migration a domain's job is, if it is one. */
export const migrationJobOf = (d: Domain): OutgoingMigrationJob | undefined =>
  d.job?.kind === 'migration' ? d.job : undefined;

/**
 * The domain is being migrated by xend (`xm migrate`): XendCheckpoint.save holds no lock, so xend's own
 * destroy, shutdown and reboot act on it mid-migration (decision 068).
 */
export const xendMigrating = (d: Domain): boolean => migrationJobOf(d)?.request.via === 'xm';

/** The incoming migration a domain's job is, if it is one (the guest a QEMU destination is receiving). */
export const incomingOf = (d: Domain): IncomingMigrationJob | undefined =>
  d.job?.kind === 'migration-in' ? d.job : undefined;

/**
 * Ends a job without moving the guest: it runs on where it was (paused if the user had paused it).
 * A guest the migration had paused resumes with reason "migration canceled", event Resumed
 * Migrated (qemuDomainRunningReasonToResumeEvent maps the one to the other).
 */
export function endJob(
  world: World,
  host: string,
  d: Domain,
  job: OutgoingMigrationJob,
  extra: Partial<Domain>,
  now: number,
): { world: World; events: Omit<DomainEvent, 'seq'>[] } {
  const resume = d.state === 'paused' && !job.wasPaused;
  const w = updateDomain(world, host, d.uuid, (x) => ({
    ...x,
    ...keepCompleted(x, extra),
    job: undefined,
    ...(resume ? { state: 'running' as const, reason: 'migration canceled' } : {}),
  }));
  return {
    world: w,
    events: resume
      ? [{ time: now, host, domain: domainName(d), type: 'lifecycle', event: 'Resumed', detail: 'Migrated' }]
      : [],
  };
}

/** A completed migration's figures a domain holds: its last job's, or those an unfinished job kept. */
export const heldStats = (d: Domain): MigrationStats | undefined =>
  d.lastJob?.statsRead ? undefined : d.lastJob?.stats.result === 'completed' ? d.lastJob.stats : d.lastJob?.completed;

/** A job ending without completing keeps the figures of the last one that completed. */
export function keepCompleted(d: Domain, extra: Partial<Domain>): Partial<Domain> {
  const kept = heldStats(d);
  return extra.lastJob && extra.lastJob.stats.result !== 'completed' && kept
    ? { ...extra, lastJob: { ...extra.lastJob, completed: kept } }
    : extra;
}

/** A migration that failed: its last job, why, and the Xen toolstack that ran it (its words tell the failure). */
export const failedJob = (reason: string, job: OutgoingMigrationJob, d: Domain): Partial<Domain> => ({
  lastJob: {
    kind: 'migration',
    stats: { result: 'failed', reason },
    ...(job.request.via ? { via: job.request.via, live: job.request.live } : {}),
    ...(job.request.via && d.id !== null ? { domid: d.id } : {}),
  },
});
