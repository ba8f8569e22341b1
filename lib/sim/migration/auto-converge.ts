import { QEMU_DEFAULTS } from './defaults';

/**
 * QEMU's auto-converge trigger (migration/ram.c, migration_bitmap_sync and
 * migration_trigger_throttle). At a dirty-bitmap sync — in this model, the end of a
 * round — that comes at least 1 s after the last evaluation, the period just ended is
 * "high" when the bytes dirtied in it exceed 50 % of the bytes sent in it. Every second
 * high period raises the throttle: to cpu-throttle-initial the first time, then by
 * cpu-throttle-increment, up to max-cpu-throttle (99 %). The counter of high periods is
 * reset only when the throttle steps, as in QEMU.
 */
export interface ThrottleState {
  pct: number;
  highPeriods: number;
  periodStartS: number;
  periodSentMib: number;
  periodDirtiedMib: number;
}

export const initialThrottle = (): ThrottleState => ({
  pct: 0,
  highPeriods: 0,
  periodStartS: 0,
  periodSentMib: 0,
  periodDirtiedMib: 0,
});

export interface ThrottleTuning {
  cpuThrottleInitial: number;
  cpuThrottleIncrement: number;
}

/** The state after a sync at `nowS` that closes a round which sent and dirtied the given amounts. */
export function throttleAfterSync(
  s: ThrottleState,
  nowS: number,
  sentMib: number,
  dirtiedMib: number,
  tuning: ThrottleTuning,
): ThrottleState {
  const sent = s.periodSentMib + sentMib;
  const dirtied = s.periodDirtiedMib + dirtiedMib;
  if (!(nowS - s.periodStartS > QEMU_DEFAULTS.throttlePeriodS)) {
    return { ...s, periodSentMib: sent, periodDirtiedMib: dirtied };
  }
  const high = dirtied > (sent * QEMU_DEFAULTS.throttleTriggerThresholdPct) / 100;
  const highPeriods = high ? s.highPeriods + 1 : s.highPeriods;
  const step = highPeriods >= QEMU_DEFAULTS.throttleHighPeriods;
  const pct = !step
    ? s.pct
    : s.pct === 0
      ? tuning.cpuThrottleInitial
      : Math.min(s.pct + tuning.cpuThrottleIncrement, QEMU_DEFAULTS.maxCpuThrottle);
  return { pct, highPeriods: step ? 0 : highPeriods, periodStartS: nowS, periodSentMib: 0, periodDirtiedMib: 0 };
}
