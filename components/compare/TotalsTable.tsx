import type { Lane } from './compare-model';
import type { CompareParams } from './compare-params';
import { formatDuration, formatMib } from './format';
import { neverEnds, stopReasonText } from './stop-reason';

interface Props {
  live: Lane;
  offline: Lane;
  definition: Lane;
  params: CompareParams;
}

type Row = [label: string, cell: (l: Lane) => string];

/** The figures side by side; the words in the last row say why each run ended. */
export function TotalsTable({ live, offline, definition, params }: Props) {
  const mem = params.memoryMib;
  const rows: Row[] = [
    [
      'Total time',
      (l) =>
        neverEnds(l.plan)
          ? `never ends (simulated ${formatDuration(l.plan.total_time_s)})`
          : formatDuration(l.plan.total_time_s),
    ],
    ['Downtime', (l) => (neverEnds(l.plan) ? 'none yet: never paused' : formatDuration(l.plan.downtime_ms / 1000))],
    [
      'Data sent',
      (l) => {
        if (l.mode === 'definition-only') return '0 MiB: only the definition (XML)';
        const sent = `${formatMib(l.plan.transferred_mib)} (${(l.plan.transferred_mib / mem).toFixed(2)} × memory)`;
        return neverEnds(l.plan) ? `${sent} and counting` : sent;
      },
    ],
    ['Rounds', (l) => (neverEnds(l.plan) ? `${l.plan.rounds.toLocaleString('en')}+` : String(l.plan.rounds))],
    [
      'Converged',
      (l) => (!l.plan.converged ? 'No' : l.plan.stop_reason === 'converged' ? 'Yes' : 'Yes (nothing to converge)'),
    ],
    ['Stop reason', (l) => stopReasonText(l.plan, params)],
  ];
  const lanes = [live, offline, definition];
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-base font-semibold">Totals</caption>
      <thead>
        <tr className="border-b border-line text-left">
          <td className="py-1.5 pr-3" />
          <th scope="col" className="py-1.5 pr-3">
            Live
          </th>
          <th scope="col" className="py-1.5 pr-3">
            Offline
          </th>
          <th scope="col" className="py-1.5">
            libvirt --offline
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, cell]) => (
          <tr key={label} className="border-b border-line align-top last:border-b-0">
            <th scope="row" className="py-1.5 pr-3 text-left font-medium whitespace-nowrap">
              {label}
            </th>
            {lanes.map((l) => (
              <td key={l.mode} className={`py-1.5 pr-3 ${label === 'Stop reason' ? 'text-muted' : 'tabular-nums'}`}>
                {cell(l)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
