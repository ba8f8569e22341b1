import type { Domain, OutgoingMigrationJob } from '../../types';
import { migrationJobOf, xendMigrating } from './jobs';

/**
 * xend's XendDomainInfo.waitForSuspend (Xen 4.4): at the last round xc_save asks for the suspend, xend
 * writes control/shutdown = suspend and re-reads it once a second; a guest that has not answered after
 * 60 tries is "obviously not listening": `Timeout waiting for domain N to suspend`, and the save fails.
 */
export const XEND_SUSPEND_TRIES_MS = 60_000;

/** When xc_save asks the guest to suspend (ms): the stop-and-copy round, or the end of the copy. */
export const suspendAskedAt = (job: OutgoingMigrationJob) =>
  Math.ceil(job.startedAt + 1000 * (job.plan.paused_at_s ?? job.plan.total_time_s));

/**
 * Since when an `xm migrate` waits for a guest that cannot answer the suspend request: one `xm pause`
 * stopped (xend has no lock, decision 068). Null when it is not waiting.
 */
export function xendWaitsSince(d: Domain, now: number): number | null {
  const job = migrationJobOf(d);
  if (!job || !xendMigrating(d) || d.state !== 'paused' || d.reason !== 'user') return null;
  const asked = suspendAskedAt(job);
  return now >= asked ? asked : null;
}

/** The words xend's fault carries when it gives up: the domain's id on the source. */
export const suspendTimeout = (d: Domain) => `Timeout waiting for domain ${d.id} to suspend`;
