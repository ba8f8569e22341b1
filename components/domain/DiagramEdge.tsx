import type { Edge } from './diagram-model';
import { geometry } from './diagram-geometry';
import type { PlacedLabel } from './diagram-labels';

/**
 * One arrow and its label: every action that makes it. A migration's arrows are dashed and carry
 * their label only when lit (the legend names them), so the picture stays readable.
 */
export function DiagramEdge({ edge, lit, label }: { edge: Edge; lit: boolean; label?: PlacedLabel }) {
  const g = geometry(edge);
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
      {label && (
        <text
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          fontSize={label.size}
          className={`${lit ? 'fill-accent font-semibold' : 'fill-muted'} stroke-panel [paint-order:stroke] [stroke-width:4px]`}
        >
          {label.lines.map((l, i) => (
            <tspan key={l} x={label.x} dy={i === 0 ? 0 : label.size * 1.2}>
              {l}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}

/** The arrowheads DiagramEdge's paths end in: an idle one and a lit one. */
export function ArrowMarkers() {
  return (
    <defs>
      {['idle', 'lit'].map((k) => (
        <marker
          key={k}
          id={`arrow-${k}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className={k === 'lit' ? 'fill-accent' : 'fill-muted'} />
        </marker>
      ))}
    </defs>
  );
}
