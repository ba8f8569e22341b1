import { useTranslations } from 'next-intl';
import type { Lane } from './compare-model';
import type { CompareParams } from './compare-params';
import { decimal, formatDuration, formatMib } from './format';
import { neverEnds, useStopReasonText } from './stop-reason';

interface Props {
  live: Lane;
  offline: Lane;
  definition: Lane;
  params: CompareParams;
}

type Row = [label: string, cell: (l: Lane) => string];

/** The figures side by side; the words in the last row say why each run ended. */
export function TotalsTable({ live, offline, definition, params }: Props) {
  const t = useTranslations('compare.totals');
  const stopReason = useStopReasonText();
  const mem = params.memoryMib;
  const rows: Row[] = [
    [
      t('totalTime'),
      (l) =>
        neverEnds(l.plan)
          ? t('neverEnds', { time: formatDuration(l.plan.total_time_s) })
          : formatDuration(l.plan.total_time_s),
    ],
    [t('downtime'), (l) => (neverEnds(l.plan) ? t('neverPaused') : formatDuration(l.plan.downtime_ms / 1000))],
    [
      t('dataSent'),
      (l) => {
        if (l.mode === 'definition-only') return t('definitionOnly');
        const sent = t('sent', {
          mib: formatMib(l.plan.transferred_mib),
          factor: (l.plan.transferred_mib / mem).toFixed(2),
        });
        return neverEnds(l.plan) ? t('counting', { sent }) : sent;
      },
    ],
    [t('rounds'), (l) => (neverEnds(l.plan) ? `${decimal(l.plan.rounds)}+` : String(l.plan.rounds))],
    [
      t('converged'),
      (l) => t(!l.plan.converged ? 'no' : l.plan.stop_reason === 'converged' ? 'yes' : 'yesNothingToConverge'),
    ],
  ];
  const lanes = [live, offline, definition];
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-base font-semibold">{t('caption')}</caption>
      <thead>
        <tr className="border-b border-line text-left">
          <td className="py-1.5 pr-3" />
          <th scope="col" className="py-1.5 pr-3">
            {t('live')}
          </th>
          <th scope="col" className="py-1.5 pr-3">
            {t('offline')}
          </th>
          <th scope="col" className="py-1.5">
            libvirt --offline
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, cell]) => (
          <tr key={label} className="border-b border-line align-top">
            <th scope="row" className="py-1.5 pr-3 text-left font-medium whitespace-nowrap">
              {label}
            </th>
            {lanes.map((l) => (
              <td key={l.mode} className="py-1.5 pr-3 tabular-nums">
                {cell(l)}
              </td>
            ))}
          </tr>
        ))}
        <tr className="align-top">
          <th scope="row" className="py-1.5 pr-3 text-left font-medium whitespace-nowrap">
            {t('stopReason')}
          </th>
          {lanes.map((l) => (
            <td key={l.mode} className="py-1.5 pr-3 text-muted">
              {stopReason(l.plan, params)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
