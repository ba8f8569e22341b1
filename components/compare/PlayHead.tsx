import { formatDuration } from './format';
import { PLOT, xAt } from './timeline-scale';

/** The simulated present: what lies to its right has not happened yet, so it is veiled. */
export function PlayHead({ t, endS, top, bottom }: { t: number; endS: number; top: number; bottom: number }) {
  const x = xAt(t, endS);
  const end = PLOT.x0 + PLOT.width;
  return (
    <g data-playhead={t}>
      {x < end && <rect x={x} y={top} width={end - x} height={bottom - top} className="fill-panel" opacity={0.72} />}
      <line x1={x} x2={x} y1={top} y2={bottom} strokeWidth={2} className="stroke-fg" />
      <text
        x={x > end - 80 ? x - 4 : x + 4}
        y={bottom - 4}
        textAnchor={x > end - 80 ? 'end' : 'start'}
        fontSize={12}
        className="fill-fg font-semibold stroke-panel [paint-order:stroke] [stroke-width:4px]"
      >
        {formatDuration(t)}
      </text>
    </g>
  );
}
