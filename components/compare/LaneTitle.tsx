import { useTranslations } from 'next-intl';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import { downtimeSpan } from './DowntimeMarker';
import { formatDuration } from './format';
import { PLOT } from './timeline-scale';

/** An upper bound for a character of the 14-unit bold title (a CJK one is a full em), to keep the downtime label clear of it. */
const titleWidth = (s: string) => [...s].reduce((w, c) => w + (c >= '\u2e80' ? 14 : 8.2), 0);

interface Props {
  y: number;
  title: string;
  note?: string;
  plan?: MigrationPlan;
  endS: number;
}

/**
 * A lane's title row: its name, the downtime and whether it never ends. Drawn above the play
 * head's veil: these are facts about the whole run, not about the moment.
 */
export function LaneTitle({ y, title, note, plan, endS }: Props) {
  const t = useTranslations('compare.lane');
  const span = plan && downtimeSpan(plan, endS);
  const clearOfX = 4 + titleWidth(title) + 12;
  // Right-aligned to a bracket that ends far right, else just after the bracket.
  const alignEnd = !!span && span.x2 > PLOT.x0 + PLOT.width * 0.6;
  return (
    <g>
      <text x={4} y={y + 13} fontSize={14} className="fill-fg font-semibold">
        {title}
        {note && <tspan className="fill-muted font-normal">{` ${note}`}</tspan>}
      </text>
      {plan && span && (
        <text
          x={alignEnd ? span.x2 : Math.max(span.x2 + 6, clearOfX)}
          y={y + 14}
          textAnchor={alignEnd ? 'end' : 'start'}
          fontSize={13}
          className="fill-danger font-semibold"
        >
          {t('downtime', { time: formatDuration(plan.downtime_ms / 1000) })}
        </text>
      )}
      {plan?.stop_reason === 'no-convergence' && (
        <text x={PLOT.x0 + PLOT.width} y={y + 13} textAnchor="end" fontSize={13} className="fill-danger font-semibold">
          {t('neverConverges')}
        </text>
      )}
    </g>
  );
}
