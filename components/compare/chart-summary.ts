import type { MigrationPlan } from '@/lib/sim/migration/types';
import { formatDuration, formatMib } from './format';

const liveText = (p: MigrationPlan) =>
  p.stop_reason === 'no-convergence'
    ? `Live migration never converges: the guest keeps running on the source while round after round re-sends ${formatMib(p.round_log[1]?.sent_mib ?? 0)}.`
    : `Live migration takes ${formatDuration(p.total_time_s)} in ${p.rounds} rounds, sending ${formatMib(p.transferred_mib)}; the guest runs on the source until the final stop-and-copy, a downtime of ${formatDuration(p.downtime_ms / 1000)}.`;

/** The chart in one paragraph, for its accessible name; the rounds table has every figure. */
export function chartSummary(live: MigrationPlan, offline: MigrationPlan): string {
  return [
    'Timeline of one guest migrated three ways on one time axis.',
    liveText(live),
    `Offline migration pauses the guest at once and copies ${formatMib(offline.transferred_mib)} in one round: ${formatDuration(offline.downtime_ms / 1000)} of downtime.`,
    "libvirt's --offline copies no memory: the guest keeps running on the source and only its definition appears on the target.",
  ].join(' ');
}
