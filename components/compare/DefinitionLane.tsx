import { BandRow } from './BandRow';
import { guestBands } from './lane-segments';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import { LANE } from './timeline-scale';

export const DEFINITION_LANE_HEIGHT = LANE.title + 2 * LANE.band + LANE.bandGap + LANE.after;

/** libvirt's --offline: the definition is copied in an instant, no memory moves, the guest runs on. Its title is a LaneTitle. */
export function DefinitionLane({ y, plan, endS }: { y: number; plan: MigrationPlan; endS: number }) {
  const bands = guestBands(plan, endS);
  const sourceY = y + LANE.title;
  return (
    <g data-lane="definition-only">
      <BandRow y={sourceY} host="source" segments={bands.source} endS={endS} />
      <BandRow y={sourceY + LANE.band + LANE.bandGap} host="target" segments={bands.target} endS={endS} />
    </g>
  );
}
