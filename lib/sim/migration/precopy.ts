import { initialThrottle, throttleAfterSync } from './auto-converge';
import { SIMULATION_CAP } from './defaults';
import { buildPlan } from './plan';
import { stopRules } from './stop-rules';
import type { MigrationPlan, MigrationRound, ResolvedMigrationParams, StopReason } from './types';

/**
 * Live pre-copy. Round 1 sends all memory while the guest runs; each later round sends
 * what the round before dirtied, min(effective dirty rate × round duration, WWS). After
 * each round the policy's stop rule may end it with a stop-and-copy of what is pending.
 */
export function simulatePrecopy(p: ResolvedMigrationParams): MigrationPlan {
  const bandwidth = p.bandwidthMibps;
  const wws = Math.min(p.wwsMib, p.memoryMib);
  const rule = stopRules[p.policy];
  const log: MigrationRound[] = [];
  let t = 0;
  let pending = p.memoryMib;
  let transferred = 0;
  let throttle = initialThrottle();

  const stopAndCopy = (reason: StopReason, pausedAtS: number): MigrationPlan => {
    const duration = pending / bandwidth;
    log.push({
      round: log.length + 1,
      start_s: t,
      duration_s: duration,
      sent_mib: pending,
      dirtied_mib: 0,
      phase: 'stop-copy',
    });
    return buildPlan(log, reason, pausedAtS, t + duration);
  };

  for (let round = 1; ; round++) {
    // virsh's --timeout suspended the guest at a round boundary: copy the rest paused.
    if (p.timeoutS !== undefined && p.timeoutS <= t) return stopAndCopy('timeout', t);
    const sent = pending;
    const duration = sent / bandwidth;
    const end = t + duration;
    // ...or in mid-round: the guest stops dirtying there and this round finishes paused.
    const suspendedAt = p.timeoutS !== undefined && p.timeoutS < end ? p.timeoutS : null;
    const dirtyRate = p.dirtyRateMibps * (1 - throttle.pct / 100);
    const dirtied = Math.min(dirtyRate * ((suspendedAt ?? end) - t), wws);
    const entry: MigrationRound = {
      round,
      start_s: t,
      duration_s: duration,
      sent_mib: sent,
      dirtied_mib: dirtied,
      phase: 'live',
    };
    if (p.autoConverge) entry.throttle_pct = throttle.pct;
    log.push(entry);
    t = end;
    pending = dirtied;
    transferred += sent;

    if (suspendedAt !== null) return stopAndCopy('timeout', suspendedAt);
    const reason = rule(p, { round, sentMib: sent, transferredMib: transferred, pendingMib: pending });
    if (reason) return stopAndCopy(reason, t);
    if (p.postcopy) return switchToPostcopy(log, pending, bandwidth, t);
    if (round >= SIMULATION_CAP.rounds || t >= SIMULATION_CAP.seconds)
      return buildPlan(log, 'no-convergence', null, null);
    if (p.autoConverge) throttle = throttleAfterSync(throttle, t, sent, dirtied, p);
  }
}

/**
 * QEMU post-copy after the first pass (libvirt's --postcopy-after-precopy): the guest
 * moves to the target at once and the pages dirtied during round 1 follow, pushed in the
 * background and fetched on demand when the guest touches one. Writes on the target
 * dirty nothing that must be resent. The switchover carries device state only, which the
 * model does not size, so its downtime is zero.
 */
function switchToPostcopy(log: MigrationRound[], pending: number, bandwidth: number, t: number): MigrationPlan {
  log.push({
    round: log.length + 1,
    start_s: t,
    duration_s: pending / bandwidth,
    sent_mib: pending,
    dirtied_mib: 0,
    phase: 'postcopy',
  });
  return buildPlan(log, 'postcopy', t, t);
}
