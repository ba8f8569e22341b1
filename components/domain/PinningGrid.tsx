import { useTranslations } from 'next-intl';
import type { DefFacts } from '@/lib/api/contract';

/** vCPU × host CPU: where each vCPU may run (`virsh vcpupin DOMAIN` as a grid). */
export function PinningGrid({ facts, hostCpus, label }: { facts: DefFacts; hostCpus: number; label: string }) {
  const t = useTranslations('pinningGrid');
  const cpus = Array.from({ length: hostCpus }, (_, i) => i);
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-xs">
        <caption className="mb-1 text-left text-xs text-muted">{label}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-1.5 py-1 text-left font-semibold">
              vCPU
            </th>
            {cpus.map((c) => (
              <th
                key={c}
                scope="col"
                className="w-6 px-0.5 py-1 text-center font-normal text-muted"
                aria-label={t('hostCpu', { cpu: c })}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {facts.pinning.map((row, v) => (
            <tr key={v} className={v >= facts.vcpus ? 'text-muted' : ''}>
              <th scope="row" className="px-1.5 py-0.5 text-left font-mono font-normal">
                {v}
                {v >= facts.vcpus && <span className="sr-only"> {t('offline')}</span>}
              </th>
              {cpus.map((c) => {
                const on = row.includes(c);
                return (
                  <td key={c} className="p-0.5 text-center">
                    <span
                      aria-label={t(on ? 'mayRun' : 'mayNotRun')}
                      role="img"
                      className={`inline-block size-4 rounded-sm border ${on ? 'border-accent bg-accent' : 'border-line bg-transparent'}`}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
