import type { MigrationPlan } from '@/lib/sim/migration/types';
import { BandRow } from './BandRow';
import { DowntimeMarker } from './DowntimeMarker';
import { guestBands } from './lane-segments';
import { RoundBars } from './RoundBars';
import { LANE, PLOT } from './timeline-scale';

interface Props {
  y: number;
  title: string;
  plan: MigrationPlan;
  endS: number;
  maxSentMib: number;
  maxDirtiedMib: number;
}

/** An upper bound for a character of the 14-unit bold title, to keep labels clear of it. */
const TITLE_CHAR_WIDTH = 8.2;

/** One way of migrating the guest: where it runs, what each round sent and dirtied, the downtime. */
export function MigrationLane({ y, title, plan, endS, maxSentMib, maxDirtiedMib }: Props) {
  const bands = guestBands(plan, endS);
  const sourceY = y + LANE.title;
  const targetY = sourceY + LANE.band + LANE.bandGap;
  const barsY = targetY + LANE.band + LANE.gap;
  const dirtyY = barsY + LANE.bars + LANE.gap;
  return (
    <g data-lane={plan.stop_reason === 'offline' ? 'offline' : 'live'}>
      <text x={4} y={y + 13} fontSize={14} className="fill-fg font-semibold">{title}</text>
      <BandRow y={sourceY} label="Source host" segments={bands.source} endS={endS} />
      <BandRow y={targetY} label="Target host" segments={bands.target} endS={endS} />
      <DowntimeMarker plan={plan} y={sourceY - 3} height={2 * LANE.band + LANE.bandGap + 6} endS={endS}
        clearOfX={4 + title.length * TITLE_CHAR_WIDTH + 12} />
      <RoundBars y={barsY} height={LANE.bars} label="Sent per round" rounds={plan.round_log} max={maxSentMib}
        value={(r) => r.sent_mib} coloured endS={endS} />
      <RoundBars y={dirtyY} height={LANE.dirty} label="Dirtied per round" rounds={plan.round_log} max={maxDirtiedMib}
        value={(r) => r.dirtied_mib} coloured={false} endS={endS} />
      {plan.stop_reason === 'no-convergence' && (
        <text x={PLOT.x0 + PLOT.width} y={y + 13} textAnchor="end" fontSize={13} className="fill-danger font-semibold">
          never converges: continues past the axis →
        </text>
      )}
    </g>
  );
}
