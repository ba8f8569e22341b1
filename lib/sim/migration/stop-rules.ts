import { mibToPages } from './units';
import type { ResolvedMigrationParams, StopReason } from './types';

/** What a stop rule sees after a live round. */
export interface RoundOutcome {
  /** 1-based number of the live round just finished. */
  round: number;
  sentMib: number;
  /** Total sent so far, this round included. */
  transferredMib: number;
  /** Dirtied during the round: what the stop-and-copy would have to send. */
  pendingMib: number;
}

type StopRule = (p: ResolvedMigrationParams, o: RoundOutcome) => StopReason | null;

/**
 * QEMU (migration_iteration_run): complete when pending ≤ threshold_size, where
 * threshold_size = bandwidth × downtime-limit. QEMU tests this continuously; the model
 * tests it at the end of each round. No iteration cap.
 */
const qemuRule: StopRule = (p, o) =>
  (o.pendingMib / p.bandwidthMibps) * 1000 <= p.downtimeLimitMs ? 'converged' : null;

/**
 * Xen (xc_domain_save, after each live iteration): `iter >= max_iters ||
 * sent_this_iter + skip_this_iter < 50 || total_sent > p2m_size * max_factor`.
 * A round under min-dirty-pages is the natural end, so it is reported as convergence
 * and wins over the two forced stops.
 */
const xenRule: StopRule = (p, o) => {
  if (mibToPages(o.sentMib, p.pageSize) < p.minDirtyPages) return 'converged';
  if (o.transferredMib > p.memoryMib * p.maxFactor) return 'max-factor';
  if (o.round >= p.maxIterations) return 'max-iterations';
  return null;
};

export const stopRules: Record<ResolvedMigrationParams['policy'], StopRule> = { qemu: qemuRule, xen: xenRule };
