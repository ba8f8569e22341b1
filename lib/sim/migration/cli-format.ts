import type { MigrationPlan } from './types';

/** The CLI's JSON contract: exactly these top-level keys. */
export function planToJson(plan: MigrationPlan) {
  const { total_time_s, downtime_ms, rounds, transferred_mib, converged, stop_reason, round_log } = plan;
  return { total_time_s, downtime_ms, rounds, transferred_mib, converged, stop_reason, round_log };
}

const fmt = (n: number, digits = 3) => (Number.isInteger(n) ? String(n) : n.toFixed(digits));
const SHOW_HEAD = 20;
const SHOW_TAIL = 5;

export function formatPlanTable(plan: MigrationPlan): string {
  const lines = [
    `Stop reason:     ${plan.stop_reason}${plan.converged ? '' : ' (did not converge)'}`,
    `Total time:      ${fmt(plan.total_time_s)} s`,
    `Downtime:        ${fmt(plan.downtime_ms)} ms`,
    `Rounds:          ${plan.rounds}`,
    `Transferred:     ${fmt(plan.transferred_mib)} MiB`,
    '',
  ];
  const withThrottle = plan.round_log.some((r) => r.throttle_pct !== undefined);
  const header = [
    'Round',
    'Phase',
    'Start (s)',
    'Duration (s)',
    'Sent (MiB)',
    'Dirtied (MiB)',
    ...(withThrottle ? ['Throttle %'] : []),
  ];
  const rows = plan.round_log.map((r) => [
    String(r.round),
    r.phase,
    fmt(r.start_s),
    fmt(r.duration_s),
    fmt(r.sent_mib),
    fmt(r.dirtied_mib),
    ...(withThrottle ? [r.throttle_pct === undefined ? '' : String(r.throttle_pct)] : []),
  ]);
  const omitted = rows.length - SHOW_HEAD - SHOW_TAIL;
  const shown =
    omitted > 0 ? [...rows.slice(0, SHOW_HEAD), [`… ${omitted} rounds omitted`], ...rows.slice(-SHOW_TAIL)] : rows;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.length === 1 ? cells[0] : cells.map((c, i) => c.padStart(widths[i])).join('  ');
  if (rows.length > 0) lines.push(line(header), ...shown.map(line));
  else lines.push('No memory copied: only the persistent definition moves.');
  return lines.join('\n');
}
