import type { MigrationPlan } from '@/lib/sim/migration/types';
import { formatDuration } from './format';
import { PLOT, xAt } from './timeline-scale';

interface Props {
  plan: MigrationPlan;
  y: number;
  height: number;
  endS: number;
  /** Where the lane's title ends: the label starts no further left. */
  clearOfX: number;
}

/**
 * A bracket over the source and target rows from pause to resume. A live stop-and-copy is
 * often a fraction of a pixel, so the bracket has a minimum width and its label says the figure.
 */
export function DowntimeMarker({ plan, y, height, endS, clearOfX }: Props) {
  if (plan.paused_at_s === null || plan.resumed_at_s === null || plan.downtime_ms <= 0) return null;
  const x1 = xAt(plan.paused_at_s, endS);
  const x2 = Math.max(xAt(plan.resumed_at_s, endS), x1 + 3);
  // Right-aligned to a bracket that ends far right, else just after the bracket.
  const alignEnd = x2 > PLOT.x0 + PLOT.width * 0.6;
  return (
    <g data-marker="downtime">
      <path d={`M ${x1} ${y + 5} V ${y} H ${x2} V ${y + 5}`} fill="none" strokeWidth={2} className="stroke-danger" />
      <rect x={x1} y={y} width={x2 - x1} height={height} fill="none" strokeWidth={1.5} className="stroke-danger" />
      <text x={alignEnd ? x2 : Math.max(x2 + 6, clearOfX)} y={y - 5} textAnchor={alignEnd ? 'end' : 'start'} fontSize={13} className="fill-danger font-semibold">
        {`downtime ${formatDuration(plan.downtime_ms / 1000)}`}
      </text>
    </g>
  );
}
