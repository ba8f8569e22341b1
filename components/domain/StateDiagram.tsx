'use client';

import type { ApiTransition, DomainState, Driver } from '@/lib/api/contract';
import { useTranslations } from 'next-intl';
import { useVirshWord } from '@/components/ui/use-virsh-word';
import { edgesFor, endOf, GROUP, MAJOR, MINOR, type Edge, type End } from './diagram-model';

const RX = 56,
  RY = 20;
type Pt = { x: number; y: number };

/** Where an arrow leaves or enters an end, heading towards `t`. */
function rim(end: End, t: Pt): Pt {
  if (end === 'other') {
    const c = { x: GROUP.x + GROUP.w / 2, y: GROUP.y + GROUP.h / 2 };
    const k = Math.min(GROUP.w / 2 / Math.abs(t.x - c.x || 1e-9), GROUP.h / 2 / Math.abs(t.y - c.y || 1e-9));
    return { x: c.x + (t.x - c.x) * k, y: c.y + (t.y - c.y) * k };
  }
  const c = MAJOR[end]!;
  const a = Math.atan2((t.y - c.y) / RY, (t.x - c.x) / RX);
  return { x: c.x + RX * Math.cos(a), y: c.y + RY * Math.sin(a) };
}
const centre = (e: End): Pt => (e === 'other' ? { x: GROUP.x + GROUP.w / 2, y: GROUP.y + GROUP.h / 2 } : MAJOR[e]!);

function geometry(e: Edge) {
  const a = centre(e.from),
    b = centre(e.to);
  if (e.from === e.to) {
    const top = a.y - RY;
    // A loop near the right edge (paused) carries its label on its left, inside the picture.
    const right = a.x > 500;
    return {
      d: `M ${a.x - 24} ${top + 2} C ${a.x - 56} ${top - 66}, ${a.x + 56} ${top - 66}, ${a.x + 24} ${top + 2}`,
      lx: right ? a.x - 46 : a.x + 46,
      ly: top - 44,
      anchor: right ? ('end' as const) : ('start' as const),
    };
  }
  if (e.from === 'other' || e.to === 'other') {
    const p = rim(e.from, b),
      q = rim(e.to, a);
    return {
      d: `M ${p.x} ${p.y} L ${q.x} ${q.y}`,
      lx: (p.x + q.x) / 2 + (p.x === q.x ? 8 : 0),
      ly: (p.y + q.y) / 2 - 6,
      anchor: (p.x === q.x ? 'start' : 'middle') as 'start' | 'middle',
    };
  }
  // Each direction of a pair bows to its own side (to the left of travel), so the two never overlap.
  const dx = b.x - a.x,
    dy = b.y - a.y,
    len = Math.hypot(dx, dy);
  const bow = Math.min(70, len * 0.2);
  const c = { x: (a.x + b.x) / 2 + (dy / len) * bow, y: (a.y + b.y) / 2 - (dx / len) * bow };
  const p = rim(e.from, c),
    q = rim(e.to, c);
  const mid = { x: (p.x + q.x) / 4 + c.x / 2, y: (p.y + q.y) / 4 + c.y / 2 };
  return {
    d: `M ${p.x} ${p.y} Q ${c.x} ${c.y} ${q.x} ${q.y}`,
    lx: mid.x + (dy / len) * 14,
    ly: mid.y - (dx / len) * 14 + 4,
  };
}

/** Two actions a line, so long labels stay clear of their neighbours. */
const lines = (actions: string[]) => actions.flatMap((_a, i) => (i % 2 ? [] : [actions.slice(i, i + 2).join(' · ')]));

/** libvirt's states and the transitions between them, drawn from lib/sim/transitions.ts; the last one lit. */
export function StateDiagram({
  driver,
  state,
  last,
}: {
  driver: Driver;
  state: DomainState;
  last: ApiTransition | null;
}) {
  const t = useTranslations('diagram');
  // A Japanese page names states and reasons as a Japanese virsh does; actions are commands and stay.
  const word = useVirshWord();
  // Long Japanese names take a smaller font to stay inside their boxes.
  const fits = (s: string, size: number) =>
    /[\u3000-\u9fff\uff00-\uffef]/.test(s) && s.length > 6 ? size * 0.8 : size;
  const edges = edgesFor(driver);
  const lit = (e: Edge) => !!last && endOf(last.from.state) === e.from && endOf(last.to.state) === e.to;
  const summary = last
    ? t(last.action ? 'lastBy' : 'last', {
        from: word(last.from.state),
        fromReason: word(last.from.reason),
        to: word(last.to.state),
        toReason: word(last.to.reason),
        action: last.action ?? '',
      })
    : t('none');
  return (
    <figure className="rounded-lg border border-line bg-panel p-3">
      <svg viewBox="0 0 660 370" role="img" aria-labelledby="diagram-title diagram-desc" className="h-auto w-full">
        <title id="diagram-title">{t('title')}</title>
        <desc id="diagram-desc">{`${t('current', { state: word(state) })} ${summary}`}</desc>
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
        <rect
          x={GROUP.x}
          y={GROUP.y}
          width={GROUP.w}
          height={GROUP.h}
          rx={10}
          className="fill-none stroke-line"
          strokeDasharray="5 4"
        />
        <text x={GROUP.x + 10} y={GROUP.y + 16} fontSize={11} className="fill-muted">
          {t('group')}
        </text>
        {edges.map((e) => {
          const g = geometry(e),
            on = lit(e);
          return (
            <g key={`${e.from}-${e.to}`} data-edge={`${e.from}→${e.to}`} data-lit={on || undefined}>
              <path
                d={g.d}
                fill="none"
                markerEnd={`url(#arrow-${on ? 'lit' : 'idle'})`}
                className={on ? 'stroke-accent' : 'stroke-muted'}
                strokeWidth={on ? 3 : 1.3}
              />
              <text
                x={g.lx}
                y={g.ly}
                textAnchor={g.anchor ?? 'middle'}
                fontSize={on ? 12.5 : 11.5}
                className={`${on ? 'fill-accent font-semibold' : 'fill-muted'} stroke-panel [paint-order:stroke] [stroke-width:4px]`}
              >
                {lines(e.actions).map((l, i) => (
                  <tspan key={l} x={g.lx} dy={i === 0 ? 0 : 14}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {Object.entries(MAJOR).map(([s, p]) => {
          const current = s === state;
          return (
            <g key={s} data-state={s} aria-current={current || undefined}>
              <ellipse
                cx={p.x}
                cy={p.y}
                rx={RX}
                ry={RY}
                strokeWidth={current ? 2.5 : 1.3}
                className={current ? 'fill-accent stroke-accent' : 'fill-sunken stroke-muted'}
              />
              <text
                x={p.x}
                y={p.y + 4.5}
                textAnchor="middle"
                fontSize={fits(word(s), 14)}
                className={current ? 'fill-accent-fg font-semibold' : 'fill-fg'}
              >
                {word(s)}
              </text>
            </g>
          );
        })}
        {Object.entries(MINOR).map(([s, p]) => {
          const current = s === state;
          return (
            <g key={s} data-state={s} aria-current={current || undefined}>
              <rect
                x={p.x - 46}
                y={p.y - 12}
                width={92}
                height={24}
                rx={12}
                strokeWidth={current ? 2 : 1}
                className={current ? 'fill-accent stroke-accent' : 'fill-panel stroke-line'}
              />
              <text
                x={p.x}
                y={p.y + 4}
                textAnchor="middle"
                fontSize={fits(word(s), 11)}
                className={current ? 'fill-accent-fg font-semibold' : 'fill-fg'}
              >
                {word(s)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm" aria-live="polite">
        {last ? (
          <>
            <span className="font-semibold">{word(last.from.state)}</span>{' '}
            <span className="text-muted">({word(last.from.reason)})</span> →{' '}
            <span className="font-semibold">{word(last.to.state)}</span>{' '}
            <span className="text-muted">({word(last.to.reason)})</span>
            {last.action && (
              <> {t.rich('by', { action: last.action, code: (c) => <code className="text-accent">{c}</code> })}</>
            )}
            {last.command && (
              <span className="text-muted">
                {' '}
                — <code>{last.command}</code>
              </span>
            )}
          </>
        ) : (
          <span className="text-muted">{t('noneYet')}</span>
        )}
      </figcaption>
    </figure>
  );
}
