import { BandRow } from './BandRow';
import { guestBands } from './lane-segments';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import { LANE } from './timeline-scale';

export const DEFINITION_LANE_HEIGHT = LANE.title + 2 * LANE.band + LANE.bandGap + LANE.after;

/** libvirt's --offline: the definition is copied in an instant, no memory moves, the guest runs on. */
export function DefinitionLane({ y, plan, endS }: { y: number; plan: MigrationPlan; endS: number }) {
  const bands = guestBands(plan, endS);
  const sourceY = y + LANE.title;
  return (
    <g data-lane="definition-only">
      <text x={4} y={y + 13} fontSize={14} className="fill-fg font-semibold">
        libvirt --offline <tspan className="fill-muted font-normal">(virsh migrate --offline --persistent: no memory copied, no downtime)</tspan>
      </text>
      <BandRow y={sourceY} label="Source host" segments={bands.source} endS={endS} />
      <BandRow y={sourceY + LANE.band + LANE.bandGap} label="Target host" segments={bands.target} endS={endS} />
    </g>
  );
}
