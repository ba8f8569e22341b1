import { useTranslations } from 'next-intl';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import { decimal, formatDuration, formatMib } from './format';

const HEAD = 30;
const TAIL = 3;

/** Every round as numbers: the chart's text alternative. Long runs keep their first and last rounds. */
export function RoundsTable({ caption, plan }: { caption: string; plan: MigrationPlan }) {
  const t = useTranslations('compare.rounds');
  const log = plan.round_log;
  const cut = log.length > HEAD + TAIL;
  const shown = cut ? [...log.slice(0, HEAD), null, ...log.slice(-TAIL)] : log;
  const throttle = log.some((r) => r.throttle_pct !== undefined);
  const cols = [
    t('round'),
    t('guest'),
    t('start'),
    t('duration'),
    t('sent'),
    t('dirtied'),
    ...(throttle ? [t('throttle')] : []),
  ];
  return (
    <table className="w-full border-collapse text-sm tabular-nums">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-line text-left">
          {cols.map((c) => (
            <th key={c} scope="col" className="py-1 pr-3">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {log.length === 0 && (
          <tr>
            <td colSpan={cols.length} className="py-1 text-muted">
              {t('noRounds')}
            </td>
          </tr>
        )}
        {shown.map((r) =>
          r === null ? (
            <tr key="gap">
              <td colSpan={cols.length} className="py-1 text-muted">
                {t('more', { n: decimal(log.length - HEAD - TAIL) })}
              </td>
            </tr>
          ) : (
            <tr key={r.round} className="border-b border-line last:border-b-0">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {r.round}
              </th>
              <td className="py-1 pr-3">{t(`phase.${r.phase}`)}</td>
              <td className="py-1 pr-3">{formatDuration(r.start_s)}</td>
              <td className="py-1 pr-3">{formatDuration(r.duration_s)}</td>
              <td className="py-1 pr-3">{formatMib(r.sent_mib)}</td>
              <td className="py-1 pr-3">{formatMib(r.dirtied_mib)}</td>
              {throttle && <td className="py-1 pr-3">{r.throttle_pct === undefined ? '' : `${r.throttle_pct} %`}</td>}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
