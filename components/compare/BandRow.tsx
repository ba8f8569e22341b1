import { useTranslations } from 'next-intl';
import type { GuestBand, Segment } from './lane-segments';
import { CHART, LANE, xAt } from './timeline-scale';

const FILL: Record<GuestBand, string> = {
  'running-source': 'fill-ok',
  paused: 'fill-warn',
  'running-target': 'fill-accent',
  receiving: 'fill-none stroke-muted',
  defined: 'fill-sunken stroke-muted',
};
/** Text sits inside a band only where it fits; the legend names every band anyway. */
const MIN_TEXT_WIDTH = 120;

interface Props {
  y: number;
  host: 'source' | 'target';
  segments: Segment[];
  endS: number;
}

/** One host's row: where the guest runs, waits or is being received, along the time axis. */
export function BandRow({ y, host, segments, endS }: Props) {
  const t = useTranslations('compare.band');
  return (
    <g>
      <text x={CHART.labelWidth - 10} y={y + LANE.band / 2 + 4.5} textAnchor="end" fontSize={13} className="fill-fg">
        {t(host)}
      </text>
      {segments.map((s) => {
        const x = xAt(s.from, endS);
        const w = Math.max(xAt(s.to, endS) - x, 2);
        const outlined = s.band === 'receiving' || s.band === 'defined';
        const dark = !outlined;
        return (
          <g key={`${s.band}-${s.from}`} data-band={s.band}>
            <rect
              x={x}
              y={y}
              width={w}
              height={LANE.band}
              rx={3}
              className={FILL[s.band]}
              strokeDasharray={outlined ? '4 3' : undefined}
            />
            {s.band === 'paused' && <rect x={x} y={y} width={w} height={LANE.band} rx={3} fill="url(#compare-hatch)" />}
            {w >= MIN_TEXT_WIDTH && (
              <text
                x={x + 8}
                y={y + LANE.band / 2 + 4.5}
                fontSize={12.5}
                className={dark ? 'fill-bg font-medium' : 'fill-muted'}
              >
                {t(s.band)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
