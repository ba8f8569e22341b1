/** Defaults and caps, each with where it comes from. */

/** QEMU migration parameters (migration/options.c). */
export const QEMU_DEFAULTS = {
  /** DEFAULT_MIGRATE_SET_DOWNTIME. */
  downtimeLimitMs: 300,
  /**
   * MAX_THROTTLE (128 << 20 bytes/s): QEMU's own `max-bandwidth`. libvirt lifts it
   * (priv->migMaxBandwidth = QEMU_DOMAIN_MIG_BANDWIDTH_MAX) unless `--bandwidth` is
   * given, so the model does not apply it: pass it as `bandwidthMibps` for raw QEMU.
   */
  maxBandwidthMibps: 128,
  /** DEFAULT_MIGRATE_CPU_THROTTLE_INITIAL / _INCREMENT / DEFAULT_MIGRATE_MAX_CPU_THROTTLE. */
  cpuThrottleInitial: 20,
  cpuThrottleIncrement: 10,
  maxCpuThrottle: 99,
  /** DEFAULT_MIGRATE_THROTTLE_TRIGGER_THRESHOLD: dirtied > 50 % of sent in a sync period. */
  throttleTriggerThresholdPct: 50,
  /** migration_bitmap_sync evaluates the throttle trigger once at least 1 s has passed. */
  throttlePeriodS: 1,
  /** migration_trigger_throttle steps the throttle on every second "high" period. */
  throttleHighPeriods: 2,
} as const;

/** xc_domain_save.c (Xen ≤ 4.5), the `xm migrate --live` path. */
export const XEN_DEFAULTS = {
  /** DEF_MAX_ITERS: "limit us to 30 times round loop" (29 live + the last). */
  maxIterations: 29,
  /** DEF_MAX_FACTOR: "never send more than 3x p2m_size". */
  maxFactor: 3,
  /** `sent_this_iter + skip_this_iter < 50`. */
  minDirtyPages: 50,
} as const;

export const PAGE_SIZE_DEFAULT = 4096;

/** Where a migration that never converges stops being simulated. */
export const SIMULATION_CAP = { rounds: 10_000, seconds: 7 * 24 * 3600 } as const;
