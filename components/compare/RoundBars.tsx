import { useTranslations } from 'next-intl';
import type { MigrationRound, RoundPhase } from '@/lib/sim/migration/types';
import { formatMib } from './format';
import { CHART, xAt } from './timeline-scale';

const FILL: Record<RoundPhase, string> = { live: 'fill-ok', 'stop-copy': 'fill-warn', postcopy: 'fill-accent' };
/** Past this many bars, per-bar hover titles cost more than they tell. */
const MAX_TITLED = 200;

interface Props {
  y: number;
  height: number;
  label: string;
  rounds: MigrationRound[];
  /** The amount drawn full height; one for every bar row, so sent and dirtied compare. */
  max: number;
  value: (r: MigrationRound) => number;
  /** Sent bars take the guest's state colour; dirtied bars are neutral. */
  coloured: boolean;
  endS: number;
}

/** One bar per round, as wide as the round lasted and as tall as the MiB it moved. */
export function RoundBars({ y, height, label, rounds, max, value, coloured, endS }: Props) {
  const t = useTranslations('compare.chart');
  const tr = useTranslations('compare.rounds');
  const base = y + height;
  const visible = rounds.filter((r) => r.start_s < endS);
  return (
    <g>
      <text x={CHART.labelWidth - 10} y={y + 12} textAnchor="end" fontSize={13} className="fill-fg">
        {label}
      </text>
      <text x={CHART.labelWidth - 10} y={y + 27} textAnchor="end" fontSize={11.5} className="fill-muted">
        {max > 0 ? t('scale', { max: formatMib(max) }) : t('none')}
      </text>
      {max > 0 && (
        <text x={CHART.labelWidth - 10} y={y + 41} textAnchor="end" fontSize={11.5} className="fill-muted">
          {t('sameScale')}
        </text>
      )}
      <line x1={xAt(0, endS)} x2={xAt(endS, endS)} y1={base + 0.5} y2={base + 0.5} className="stroke-line" />
      {visible.map((r) => {
        const v = value(r);
        if (v <= 0 || max <= 0) return null;
        const x = xAt(r.start_s, endS);
        const full = xAt(r.start_s + r.duration_s, endS) - x;
        const w = full > 4 ? full - 1 : Math.max(full, 1.5);
        const h = Math.max((v / max) * height, 1.5);
        const fill = coloured ? FILL[r.phase] : 'fill-muted';
        return (
          <g key={r.round}>
            <rect x={x} y={base - h} width={w} height={h} className={fill}>
              {visible.length <= MAX_TITLED && (
                <title>{tr('barTitle', { round: r.round, phase: tr(`kind.${r.phase}`), mib: formatMib(v) })}</title>
              )}
            </rect>
            {coloured && r.phase === 'stop-copy' && (
              <rect x={x} y={base - h} width={w} height={h} fill="url(#compare-hatch)" />
            )}
          </g>
        );
      })}
    </g>
  );
}
