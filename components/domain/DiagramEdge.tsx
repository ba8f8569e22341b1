import type { Edge } from './diagram-model';
import { geometry } from './diagram-geometry';

/** Two actions a line, so long labels stay clear of their neighbours. */
const lines = (actions: string[]) => actions.flatMap((_a, i) => (i % 2 ? [] : [actions.slice(i, i + 2).join(' · ')]));

/**
 * One arrow and its label: every action that makes it. A migration's arrows are dashed and carry
 * their label only when lit (the legend names them), so the picture stays readable.
 */
export function DiagramEdge({ edge, lit, font }: { edge: Edge; lit: boolean; font: number }) {
  const g = geometry(edge);
  const size = lit ? font * 1.08 : font;
  return (
    <g data-edge={`${edge.from}→${edge.to}`} data-kind={edge.kind} data-lit={lit || undefined}>
      <path
        d={g.d}
        fill="none"
        markerEnd={`url(#arrow-${lit ? 'lit' : 'idle'})`}
        className={lit ? 'stroke-accent' : 'stroke-muted'}
        strokeWidth={lit ? 3 : 1.3}
        strokeDasharray={edge.kind === 'migrate' ? '7 4' : undefined}
      />
      {(edge.kind === 'plain' || lit) && (
        <text
          x={g.lx}
          y={g.ly}
          textAnchor={g.anchor}
          fontSize={size}
          className={`${lit ? 'fill-accent font-semibold' : 'fill-muted'} stroke-panel [paint-order:stroke] [stroke-width:4px]`}
        >
          {lines(edge.actions).map((l, i) => (
            <tspan key={l} x={g.lx} dy={i === 0 ? 0 : size * 1.2}>
              {l}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}
