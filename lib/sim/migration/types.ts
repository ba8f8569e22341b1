/**
 * The migration model's vocabulary. Sizes are MiB, rates MiB/s, times seconds
 * unless a field's name says otherwise (`_ms`, `Bytes`). Plan fields are
 * snake_case because they are the CLI's JSON contract.
 */

/**
 * - `live`: pre-copy while the guest runs (`virsh migrate --live`, `xm migrate --live`).
 * - `offline`: a non-live migration of a running guest: libvirt and xc_domain_save
 *   pause it, copy all memory once, resume it on the target.
 * - `definition-only`: libvirt's own `--offline` flag, which moves only the persistent
 *   definition and touches no memory and no running guest.
 */
export type MigrationMode = 'live' | 'offline' | 'definition-only';

/** Whose stop rule ends pre-copy: QEMU/KVM's downtime limit or Xen's xc_domain_save heuristics. */
export type MigrationPolicy = 'qemu' | 'xen';

export interface MigrationParams {
  mode: MigrationMode;
  policy: MigrationPolicy;
  /** Guest memory. */
  memoryMib: number;
  /** What the migration stream achieves: min(link, any cap such as `virsh migrate --bandwidth`). */
  bandwidthMibps: number;
  /** How fast the running guest dirties memory. Default 0. */
  dirtyRateMibps?: number;
  /** Writable working set: the most a round can find dirty. Default: all memory. */
  wwsMib?: number;
  /** Default 4096 bytes. */
  pageSize?: number;
  /** QEMU `downtime-limit` (`virsh migrate-setmaxdowntime`). Default 300 ms. */
  downtimeLimitMs?: number;
  /** Xen `--max-iterations` (DEF_MAX_ITERS). Default 29. */
  maxIterations?: number;
  /** Xen `--max-factor` (DEF_MAX_FACTOR). Default 3. */
  maxFactor?: number;
  /** Xen: a round that sent fewer pages than this ends pre-copy. Default 50. */
  minDirtyPages?: number;
  /** QEMU auto-converge (`virsh migrate --auto-converge`). Default false. */
  autoConverge?: boolean;
  /** `--auto-converge-initial`, QEMU `cpu-throttle-initial`. Default 20 %. */
  cpuThrottleInitial?: number;
  /** `--auto-converge-increment`, QEMU `cpu-throttle-increment`. Default 10 %. */
  cpuThrottleIncrement?: number;
  /** `virsh migrate --timeout`: the guest is suspended once the job has run this long. */
  timeoutS?: number;
  /** QEMU post-copy, switched to after the first pass (`--postcopy --postcopy-after-precopy`). */
  postcopy?: boolean;
}

/** Every default filled in; what the simulation reads. */
export type ResolvedMigrationParams = Required<Omit<MigrationParams, 'wwsMib' | 'timeoutS'>> & {
  wwsMib: number;
  timeoutS: number | undefined;
};

/**
 * - `converged`: the policy's own stop rule fired (QEMU: pending ÷ bandwidth ≤ downtime
 *   limit; Xen: a round sent fewer than min-dirty-pages pages).
 * - `max-iterations`, `max-factor`: Xen forced the stop-and-copy.
 * - `timeout`: `virsh migrate --timeout` suspended the guest.
 * - `postcopy`: pre-copy handed over to post-copy after the first pass.
 * - `no-convergence`: the simulation cap was hit; the real job would still be running.
 * - `offline`: a single paused copy. `definition-only`: nothing copied.
 */
export type StopReason =
  | 'converged'
  | 'max-iterations'
  | 'max-factor'
  | 'timeout'
  | 'postcopy'
  | 'no-convergence'
  | 'offline'
  | 'definition-only';

/** `live`: guest running on the source; `stop-copy`: guest paused; `postcopy`: guest running on the target. */
export type RoundPhase = 'live' | 'stop-copy' | 'postcopy';

export interface MigrationRound {
  round: number;
  start_s: number;
  duration_s: number;
  sent_mib: number;
  /** Pages dirtied while this round ran, i.e. what the next round sends. */
  dirtied_mib: number;
  phase: RoundPhase;
  /** The auto-converge CPU throttle in force during the round; only with auto-converge. */
  throttle_pct?: number;
}

export interface MigrationPlan {
  total_time_s: number;
  downtime_ms: number;
  /** Every copy round, the final stop-and-copy (or post-copy) one included. */
  rounds: number;
  transferred_mib: number;
  converged: boolean;
  stop_reason: StopReason;
  round_log: MigrationRound[];
  /** When the guest stopped running anywhere; null if it never did. */
  paused_at_s: number | null;
  /** When it ran again, on the target; null if it never paused. */
  resumed_at_s: number | null;
}
