import type { MigrationPlan, MigrationRound, StopReason } from './types';

const FINISHED_NORMALLY: ReadonlySet<StopReason> = new Set(['converged', 'offline', 'definition-only']);

/**
 * Assembles a plan from its round log. `converged` is true only when the job ended by
 * itself (or had nothing to converge); forced stops, post-copy and the simulation cap
 * are not convergence.
 */
export function buildPlan(
  log: MigrationRound[],
  reason: StopReason,
  pausedAtS: number | null,
  resumedAtS: number | null,
): MigrationPlan {
  const last = log[log.length - 1];
  let transferred = 0;
  for (const r of log) transferred += r.sent_mib;
  return {
    total_time_s: last ? last.start_s + last.duration_s : 0,
    downtime_ms: pausedAtS === null || resumedAtS === null ? 0 : (resumedAtS - pausedAtS) * 1000,
    rounds: log.length,
    transferred_mib: transferred,
    converged: FINISHED_NORMALLY.has(reason),
    stop_reason: reason,
    round_log: log,
    paused_at_s: pausedAtS,
    resumed_at_s: resumedAtS,
  };
}
