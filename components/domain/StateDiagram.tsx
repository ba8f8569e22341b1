'use client';

import type { ApiTransition, DomainState, Driver } from '@/lib/api/contract';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useOverflowsX } from '@/components/ui/use-overflows-x';
import { useVirshWord } from '@/components/ui/use-virsh-word';
import { ArrowMarkers, DiagramEdge } from './DiagramEdge';
import { DiagramStates } from './DiagramStates';
import { placeLabels } from './diagram-labels';
import { type Edge, edgesFor, GROUP, litEdge, MAJOR, type Panic } from './diagram-model';
import { TransitionCaption } from './TransitionCaption';
import { useMinFont } from './use-min-font';

const VIEW_W = 660;
/** The picture's narrowest drawing (CSS px, its `min-w-[540px]`): narrower screens scroll it. */
const MIN_W = 540;
/**
 * One edge list per set of edgesFor's arguments for the page's life, so each label's place is found once
 * (placeLabels keeps them by the list). Keyed by every argument edgesFor takes: a list kept for a driver
 * alone would be wrong as soon as another argument changes the arrows.
 */
const edgeLists = new Map<string, Edge[]>();
const edgesOf = (...args: Parameters<typeof edgesFor>) => {
  const key = args.join(' ');
  return edgeLists.get(key) ?? edgeLists.set(key, edgesFor(...args)).get(key)!;
};

/** libvirt's states and the transitions between them, drawn from lib/sim/transitions.ts; the last one lit. */
export function StateDiagram({
  driver,
  state,
  last,
  pending,
  panic = 'heard',
}: {
  driver: Driver;
  state: DomainState;
  last: ApiTransition | null;
  /** A shutdown or reboot the guest has yet to answer (the caption says so). */
  pending?: 'shutdown' | 'reboot';
  panic?: Panic;
}) {
  const t = useTranslations('diagram');
  // A Japanese page names states and reasons as a Japanese virsh does; actions are commands and stay.
  const word = useVirshWord();
  const svg = useRef<SVGSVGElement>(null);
  const font = useMinFont(svg, VIEW_W, 11.5, { minWidth: MIN_W });
  // Drawn wider than the screen, the picture shows the current state (the group's are on the left):
  // scrolled when the box is measured (its ResizeObserver, after layout), and again when the state
  // changes. Not in an effect after the render that made it scroll: there, reading its width made the
  // browser recompute the styles that render had just changed (~15 ms under Lighthouse's trace).
  const shown = useRef<DomainState | null>(null);
  const scrollTo = useRef<(el: HTMLDivElement, overflows: boolean) => void>(null);
  scrollTo.current = (el, overflows) => {
    if (!overflows) return;
    el.scrollLeft = ((MAJOR[state]?.x ?? 0) / VIEW_W) * el.scrollWidth - el.clientWidth / 2;
    shown.current = state;
  };
  const { ref: box, el: boxEl, overflows: scrolls } = useOverflowsX<HTMLDivElement>(scrollTo);
  useEffect(() => {
    if (boxEl && scrolls && shown.current !== state) scrollTo.current?.(boxEl, true);
  }, [state, scrolls, boxEl]);
  const edges = edgesOf(driver, panic);
  const lit = litEdge(edges, last);
  const labels = placeLabels(edges, lit, font);
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
      {/* Below ~540 px the picture scrolls sideways rather than shrink: its labels would be drawn
          larger than the room between the arrows (useMinFont) and run into each other. Only while it
          scrolls is it a tab stop (keyboard users scroll it) and a region saying so. */}
      <div
        ref={box}
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? 'group' : undefined}
        aria-label={scrolls ? t('scroll') : undefined}
        className="overflow-x-auto"
      >
        <svg
          ref={svg}
          viewBox={`0 0 ${VIEW_W} 370`}
          role="img"
          aria-labelledby="diagram-title diagram-desc"
          className="h-auto w-full min-w-[540px]"
        >
          <title id="diagram-title">{t('title')}</title>
          <desc id="diagram-desc">{`${t('current', { state: word(state) })} ${summary}`}</desc>
          <ArrowMarkers />
          <rect
            x={GROUP.x}
            y={GROUP.y}
            width={GROUP.w}
            height={GROUP.h}
            rx={10}
            className="fill-none stroke-line"
            strokeDasharray="5 4"
          />
          <text x={GROUP.x + 10} y={GROUP.y - 6} fontSize={font} className="fill-muted">
            {t('group')}
          </text>
          {edges.map((e) => (
            <DiagramEdge key={`${e.from}-${e.to}-${e.kind}`} edge={e} lit={e === lit} label={labels.get(e)} />
          ))}
          <DiagramStates state={state} word={word} font={font} />
          <g>
            <path d="M 20 352 L 52 352" className="stroke-muted" strokeWidth={1.3} strokeDasharray="7 4" />
            <text x={58} y={352 + font * 0.33} fontSize={font} className="fill-muted">
              {t('migrateLegend')}
            </text>
          </g>
        </svg>
      </div>
      <TransitionCaption last={last} pending={pending} state={state} />
    </figure>
  );
}
