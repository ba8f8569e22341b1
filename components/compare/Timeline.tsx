import { useTranslations } from 'next-intl';
import type { Lane } from './compare-model';
import { useChartSummary } from './chart-summary';
import { ChartDefs } from './ChartDefs';
import { DEFINITION_LANE_HEIGHT, DefinitionLane } from './DefinitionLane';
import { LaneTitle } from './LaneTitle';
import { MigrationLane } from './MigrationLane';
import { PlayHead } from './PlayHead';
import { TimeAxis } from './TimeAxis';
import { CHART, laneHeight } from './timeline-scale';

interface Props {
  live: Lane;
  offline: Lane;
  definition: Lane;
  policyLabel: string;
  endS: number;
  t: number | null;
}

const AXIS_HEIGHT = 30;
const TOP = 18;

/** The three lanes on one time axis, with the play head over them (none once time has run out). */
export function Timeline({ live, offline, definition, policyLabel, endS, t }: Props) {
  const tl = useTranslations('compare.lane');
  const chartSummary = useChartSummary();
  const visible = (l: Lane) => l.plan.round_log.filter((r) => r.start_s < endS);
  // One scale for every bar row of both lanes: sent and dirtied are compared with each other.
  const maxMib = Math.max(...[live, offline].flatMap((l) => visible(l).flatMap((r) => [r.sent_mib, r.dirtied_mib])), 0);
  const defY = TOP + 2 * laneHeight;
  const axisY = defY + DEFINITION_LANE_HEIGHT;
  const height = axisY + AXIS_HEIGHT;
  return (
    <svg
      viewBox={`0 0 ${CHART.width} ${height}`}
      role="img"
      aria-label={chartSummary(live.plan, offline.plan)}
      className="h-auto w-full min-w-[38rem] select-none"
    >
      <ChartDefs />
      <TimeAxis y={axisY} top={TOP} endS={endS} />
      <MigrationLane y={TOP} plan={live.plan} endS={endS} maxMib={maxMib} />
      <MigrationLane y={TOP + laneHeight} plan={offline.plan} endS={endS} maxMib={maxMib} />
      <DefinitionLane y={defY} plan={definition.plan} endS={endS} />
      {t !== null && <PlayHead t={t} endS={endS} top={0} bottom={axisY} />}
      <LaneTitle y={TOP} title={tl('live', { policy: policyLabel })} plan={live.plan} endS={endS} />
      <LaneTitle y={TOP + laneHeight} title={tl('offline')} plan={offline.plan} endS={endS} />
      <LaneTitle y={defY} title="libvirt --offline" note={tl('definitionNote')} endS={endS} />
    </svg>
  );
}
