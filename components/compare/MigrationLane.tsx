import { useTranslations } from 'next-intl';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import { BandRow } from './BandRow';
import { DowntimeMarker } from './DowntimeMarker';
import { guestBands } from './lane-segments';
import { RoundBars } from './RoundBars';
import { LANE } from './timeline-scale';

interface Props {
  y: number;
  plan: MigrationPlan;
  endS: number;
  /** The MiB a full-height bar stands for, in both bar rows of both lanes. */
  maxMib: number;
}

/** One way of migrating the guest: where it runs, what each round sent and dirtied, the downtime. Its title is a LaneTitle. */
export function MigrationLane({ y, plan, endS, maxMib }: Props) {
  const t = useTranslations('compare.band');
  const bands = guestBands(plan, endS);
  const sourceY = y + LANE.title;
  const targetY = sourceY + LANE.band + LANE.bandGap;
  const barsY = targetY + LANE.band + LANE.gap;
  const dirtyY = barsY + LANE.bars + LANE.gap;
  return (
    <g data-lane={plan.stop_reason === 'offline' ? 'offline' : 'live'}>
      <BandRow y={sourceY} host="source" segments={bands.source} endS={endS} />
      <BandRow y={targetY} host="target" segments={bands.target} endS={endS} />
      <DowntimeMarker plan={plan} y={sourceY - 3} height={2 * LANE.band + LANE.bandGap + 6} endS={endS} />
      <RoundBars
        y={barsY}
        height={LANE.bars}
        label={t('sentPerRound')}
        rounds={plan.round_log}
        max={maxMib}
        value={(r) => r.sent_mib}
        coloured
        endS={endS}
      />
      <RoundBars
        y={dirtyY}
        height={LANE.dirty}
        label={t('dirtiedPerRound')}
        rounds={plan.round_log}
        max={maxMib}
        value={(r) => r.dirtied_mib}
        coloured={false}
        endS={endS}
      />
    </g>
  );
}
