import { useTranslations } from 'next-intl';
import { XEN_DEFAULTS } from '@/lib/sim/migration/defaults';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import type { CompareParams } from './compare-params';
import { decimal, formatDuration, formatMib } from './format';

const lastSent = (plan: MigrationPlan) => formatMib(plan.round_log[plan.round_log.length - 1]?.sent_mib ?? 0);

/** Why a migration ended, in words a learner can follow; each clause is a rule of QEMU, Xen or libvirt. */
export function useStopReasonText() {
  const t = useTranslations('compare.stop');
  return (plan: MigrationPlan, p: CompareParams): string => {
    const round = plan.round_log.filter((r) => r.phase === 'live').length;
    switch (plan.stop_reason) {
      case 'converged':
        return p.policy === 'qemu'
          ? t('convergedQemu', { round, mib: lastSent(plan), limit: p.downtimeLimitMs })
          : t('convergedXen', { round, pages: XEN_DEFAULTS.minDirtyPages });
      case 'max-iterations':
        return t('maxIterations', { n: XEN_DEFAULTS.maxIterations, mib: lastSent(plan) });
      case 'max-factor':
        return t('maxFactor', { n: XEN_DEFAULTS.maxFactor, mib: lastSent(plan) });
      case 'no-convergence':
        return t('noConvergence', {
          rounds: decimal(plan.rounds),
          time: formatDuration(plan.total_time_s),
        });
      case 'timeout':
      case 'postcopy':
      case 'offline':
      case 'definition-only':
        return t(plan.stop_reason);
    }
  };
}

/** Whether the simulation ran into its cap: the real job would still be running. */
export const neverEnds = (plan: MigrationPlan) => plan.stop_reason === 'no-convergence';
