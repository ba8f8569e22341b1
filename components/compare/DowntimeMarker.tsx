import type { MigrationPlan } from '@/lib/sim/migration/types';
import { xAt } from './timeline-scale';

/** From pause to resume, in chart x; a live stop-and-copy is often under a pixel, so at least 3 wide. */
export function downtimeSpan(plan: MigrationPlan, endS: number): { x1: number; x2: number } | null {
  if (plan.paused_at_s === null || plan.resumed_at_s === null || plan.downtime_ms <= 0) return null;
  const x1 = xAt(plan.paused_at_s, endS);
  return { x1, x2: Math.max(xAt(plan.resumed_at_s, endS), x1 + 3) };
}

/** A bracket over the source and target rows while the guest runs nowhere; LaneTitle says how long. */
export function DowntimeMarker({
  plan,
  y,
  height,
  endS,
}: {
  plan: MigrationPlan;
  y: number;
  height: number;
  endS: number;
}) {
  const span = downtimeSpan(plan, endS);
  if (!span) return null;
  const { x1, x2 } = span;
  return (
    <g data-marker="downtime">
      <path d={`M ${x1} ${y + 5} V ${y} H ${x2} V ${y + 5}`} fill="none" strokeWidth={2} className="stroke-danger" />
      <rect x={x1} y={y} width={x2 - x1} height={height} fill="none" strokeWidth={1.5} className="stroke-danger" />
    </g>
  );
}
