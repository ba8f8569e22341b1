import { useTranslations } from 'next-intl';
import { formatTick } from './format';
import { niceTicks, PLOT, xAt } from './timeline-scale';

/** The one time axis all lanes share, with gridlines up through them. */
export function TimeAxis({ y, top, endS }: { y: number; top: number; endS: number }) {
  const tr = useTranslations('compare.playback');
  const { step, ticks } = niceTicks(endS);
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={xAt(t, endS)} x2={xAt(t, endS)} y1={top} y2={y} className="stroke-line" strokeDasharray="2 4" />
          <line x1={xAt(t, endS)} x2={xAt(t, endS)} y1={y} y2={y + 5} className="stroke-muted" />
          <text
            x={xAt(t, endS)}
            y={y + 18}
            textAnchor={t === 0 ? 'start' : xAt(t, endS) > PLOT.x0 + PLOT.width - 24 ? 'end' : 'middle'}
            fontSize={12}
            className="fill-muted"
          >
            {formatTick(t, step)}
          </text>
        </g>
      ))}
      <line x1={PLOT.x0} x2={PLOT.x0 + PLOT.width} y1={y} y2={y} className="stroke-muted" />
      <text x={PLOT.x0 - 10} y={y + 18} textAnchor="end" fontSize={12} className="fill-muted">
        {tr('axis')}
      </text>
    </g>
  );
}
