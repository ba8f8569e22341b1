import type { DomainState } from '@/lib/api/contract';
import { MAJOR, MINOR } from './diagram-model';
import { RX, RY } from './diagram-geometry';

/** Long Japanese names take a smaller font to stay inside their boxes. */
const fits = (s: string, size: number) => (/[\u3000-\u9fff\uff00-\uffef]/.test(s) && s.length > 6 ? size * 0.8 : size);

/** The states as nodes: the major ones as ellipses, the rarer active ones as pills in their group; the current one filled. */
export function DiagramStates({
  state,
  word,
  font,
}: {
  state: DomainState;
  word: (s: string) => string;
  font: number;
}) {
  const nodes = [
    ...Object.entries(MAJOR).map(([s, p]) => ({ s, p: p!, major: true })),
    ...Object.entries(MINOR).map(([s, p]) => ({ s, p: p!, major: false })),
  ];
  return nodes.map(({ s, p, major }) => {
    const current = s === state;
    const size = fits(word(s), major ? font * 1.2 : font);
    return (
      <g key={s} data-state={s} aria-current={current || undefined}>
        {major ? (
          <ellipse
            cx={p.x}
            cy={p.y}
            rx={RX}
            ry={RY}
            strokeWidth={current ? 2.5 : 1.3}
            className={current ? 'fill-accent stroke-accent' : 'fill-sunken stroke-muted'}
          />
        ) : (
          <rect
            x={p.x - 48}
            y={p.y - 13}
            width={96}
            height={26}
            rx={13}
            strokeWidth={current ? 2 : 1}
            className={current ? 'fill-accent stroke-accent' : 'fill-panel stroke-line'}
          />
        )}
        <text
          x={p.x}
          y={p.y + size * 0.33}
          textAnchor="middle"
          fontSize={size}
          className={current ? 'fill-accent-fg font-semibold' : 'fill-fg'}
        >
          {word(s)}
        </text>
      </g>
    );
  });
}
