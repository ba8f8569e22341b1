import { XEN_DEFAULTS } from '@/lib/sim/migration/defaults';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import type { CompareParams } from './compare-params';
import { formatDuration, formatMib } from './format';

const lastSent = (plan: MigrationPlan) => formatMib(plan.round_log[plan.round_log.length - 1]?.sent_mib ?? 0);

/** Why a migration ended, in words a learner can follow; each clause is a rule of QEMU, Xen or libvirt. */
export function stopReasonText(plan: MigrationPlan, p: CompareParams): string {
  const liveRounds = plan.round_log.filter((r) => r.phase === 'live').length;
  switch (plan.stop_reason) {
    case 'converged':
      return p.policy === 'qemu'
        ? `Converged: after round ${liveRounds} only ${lastSent(plan)} was dirty, which copies within the ${p.downtimeLimitMs} ms downtime limit.`
        : `Converged: round ${liveRounds} sent fewer than ${XEN_DEFAULTS.minDirtyPages} pages, so Xen did the stop-and-copy.`;
    case 'max-iterations':
      return `Forced: Xen's limit of ${XEN_DEFAULTS.maxIterations} live rounds was reached, so it paused the guest with ${lastSent(plan)} still dirty.`;
    case 'max-factor':
      return `Forced: Xen had sent more than ${XEN_DEFAULTS.maxFactor} × memory, so it paused the guest with ${lastSent(plan)} still dirty.`;
    case 'timeout':
      return 'Forced: virsh --timeout suspended the guest and copied the rest.';
    case 'postcopy':
      return 'Post-copy: the guest moved to the target after the first pass and fetched the rest from there.';
    case 'no-convergence':
      return `Never converges: each round finds as much dirty as the one before. The simulation stopped after ${plan.rounds.toLocaleString('en')} rounds (${formatDuration(plan.total_time_s)}); a real job runs until it is cancelled, or --timeout, auto-converge or post-copy ends it.`;
    case 'offline':
      return 'Nothing to converge: the guest was paused, all memory copied once, and it resumed on the target.';
    case 'definition-only':
      return 'Nothing copied: only the persistent definition moved; the running guest was not touched.';
  }
}

/** Whether the simulation ran into its cap: the real job would still be running. */
export const neverEnds = (plan: MigrationPlan) => plan.stop_reason === 'no-convergence';
