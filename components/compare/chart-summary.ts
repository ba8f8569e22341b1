import { useTranslations } from 'next-intl';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import { formatDuration, formatMib } from './format';

/** The chart in one paragraph, for its accessible name; the rounds table has every figure. */
export function useChartSummary() {
  const t = useTranslations('compare.summary');
  return (live: MigrationPlan, offline: MigrationPlan): string =>
    [
      t('intro'),
      live.stop_reason === 'no-convergence'
        ? t('liveNever', { mib: formatMib(live.round_log[1]?.sent_mib ?? 0) })
        : t('live', {
            time: formatDuration(live.total_time_s),
            rounds: live.rounds,
            mib: formatMib(live.transferred_mib),
            downtime: formatDuration(live.downtime_ms / 1000),
          }),
      t('offline', { mib: formatMib(offline.transferred_mib), downtime: formatDuration(offline.downtime_ms / 1000) }),
      t('definition'),
    ].join(' ');
}
