import { resolveMigrationParams } from './params';
import { mibToBytes, mibToPages } from './units';
import type { MigrationParams, MigrationPlan, MigrationRound, RoundPhase } from './types';

/**
 * A migration job's figures at one simulated instant, named after libvirt's job typed
 * parameters (VIR_DOMAIN_JOB_*) that `virsh domjobinfo` prints. Bytes, ms and pages/s
 * are whole numbers, as in libvirt. The model has no disks, so data_* equal memory_*.
 */
export interface MigrationProgress {
  /** "Time elapsed": ms since the job started, frozen at its end. */
  time_elapsed: number;
  data_total: number;
  data_processed: number;
  data_remaining: number;
  /** "Memory total": the guest's RAM. */
  memory_total: number;
  /** "Memory processed": bytes sent so far over all rounds; exceeds the total after a few rounds. */
  memory_processed: number;
  /** "Memory remaining": what the current round still has to send (QEMU's dirty bitmap since the last sync). */
  memory_remaining: number;
  /** "Memory bandwidth", bytes/s. */
  memory_bps: number;
  /** "Dirty rate", pages/s, as measured over the last finished round; 0 during round 1. */
  memory_dirty_rate: number;
  memory_page_size: number;
  /** "Iteration": the number of the round under way (QEMU's dirty-sync-count); the last one once done. */
  memory_iteration: number;
  /**
   * "Expected downtime" while running, "Total downtime" once done, ms. QEMU's estimate is
   * the data found dirty at the last sync ÷ bandwidth, and the downtime limit before the
   * first sync; for Xen, round 1 counts all memory as found dirty. While the guest is
   * paused (stop-and-copy, offline) it is the actual downtime.
   */
  downtime: number;
  /** The guest is stopped at this instant (stop-and-copy, a suspended timeout, an offline copy). */
  paused: boolean;
  /** The job has finished: the guest runs on the target (or only the definition moved). */
  done: boolean;
  phase: RoundPhase | 'completed' | 'unfinished';
}

export function progressAt(plan: MigrationPlan, params: MigrationParams, elapsedS: number): MigrationProgress {
  const p = resolveMigrationParams(params);
  const moved = p.mode !== 'definition-only';
  const finished = plan.stop_reason !== 'no-convergence';
  const t = Math.min(Math.max(elapsedS, 0), plan.total_time_s);
  const atEnd = t >= plan.total_time_s;
  const current = atEnd ? undefined : plan.round_log.find((r) => t >= r.start_s && t < r.start_s + r.duration_s);
  let processed = 0;
  let lastLive: MigrationRound | undefined;
  for (const r of plan.round_log) {
    if (r === current) break;
    processed += r.sent_mib;
    if (r.phase === 'live') lastLive = r;
  }
  const fraction = current ? (t - current.start_s) / current.duration_s : 0;
  processed += current ? current.sent_mib * fraction : 0;
  // Between rounds (the simulation cap) what the next round must send is already known.
  const last = plan.round_log[plan.round_log.length - 1];
  const remaining = current ? current.sent_mib * (1 - fraction) : finished || !last ? 0 : last.dirtied_mib;
  const paused =
    plan.paused_at_s !== null && plan.resumed_at_s !== null && t >= plan.paused_at_s && t < plan.resumed_at_s;
  const done = finished && atEnd;
  const expectedMs = (mib: number) => (mib / p.bandwidthMibps) * 1000;
  const downtime =
    done || paused
      ? plan.downtime_ms
      : !current
        ? 0
        : current.round > 1
          ? expectedMs(current.sent_mib)
          : p.policy === 'qemu'
            ? p.downtimeLimitMs
            : expectedMs(p.memoryMib);
  const dirtyRate =
    lastLive && lastLive.duration_s > 0 ? mibToPages(lastLive.dirtied_mib, p.pageSize) / lastLive.duration_s : 0;
  const bytes = (mib: number) => Math.round(mibToBytes(mib));
  return {
    time_elapsed: Math.round(t * 1000),
    data_total: bytes(moved ? p.memoryMib : 0),
    data_processed: bytes(processed),
    data_remaining: bytes(remaining),
    memory_total: bytes(moved ? p.memoryMib : 0),
    memory_processed: bytes(processed),
    memory_remaining: bytes(remaining),
    memory_bps: moved ? bytes(p.bandwidthMibps) : 0,
    memory_dirty_rate: Math.round(dirtyRate),
    memory_page_size: p.pageSize,
    memory_iteration: current ? current.round : plan.rounds,
    downtime: Math.round(downtime),
    paused,
    done,
    phase: current ? current.phase : done ? 'completed' : 'unfinished',
  };
}
