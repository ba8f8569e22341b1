import type { ApiDomain, DefFacts } from '@/lib/api/contract';
import { useTranslations } from 'next-intl';
import { AutostartDialog } from '@/components/forms/AutostartDialog';
import { MemoryDialog } from '@/components/forms/MemoryDialog';
import { VcpuPinDialog } from '@/components/forms/VcpuPinDialog';
import { VcpusDialog } from '@/components/forms/VcpusDialog';
import { formatKiB } from '@/components/ui/format';
import { PinningGrid } from './PinningGrid';
import type { DomainCommand } from '@/components/actions/use-domain-command';

const cell = 'px-3 py-1.5 text-left';
// A figure and its unit, and an option (`--inactive`), are never broken across lines (the row's label wraps instead).
const figure = `${cell} whitespace-nowrap`;
const show = (f: DefFacts | null, pick: (f: DefFacts) => string) => (f ? pick(f) : '—');

/** Memory and vCPUs, live (the running domain) next to config (its persistent definition). */
export function ResourcePanel({ domain, cmd }: { domain: ApiDomain; cmd: DomainCommand }) {
  const t = useTranslations('resources');
  const rows: [string, (f: DefFacts) => string][] = [
    [t('memoryCurrent'), (f) => formatKiB(f.memoryKiB)],
    [t('memoryMax'), (f) => formatKiB(f.maxMemoryKiB)],
    [t('vcpusOnline'), (f) => String(f.vcpus)],
    [t('vcpusMax'), (f) => String(f.maxVcpus)],
  ];
  const pinFacts = domain.live ?? domain.config;
  return (
    <section aria-labelledby="resources" className="rounded-lg border border-line bg-panel">
      <h2 id="resources" className="border-b border-line px-4 py-2.5 text-base font-semibold">
        {t('heading')}
      </h2>
      <table className="w-full text-sm">
        <thead className="border-b border-line text-xs text-muted">
          <tr>
            <th scope="col" className={cell}>
              <span className="sr-only">{t('resource')}</span>
            </th>
            <th scope="col" className={figure}>
              {t('live')}
            </th>
            <th scope="col" className={figure}>
              {t('config')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, pick]) => (
            <tr key={label} className="border-b border-line/50">
              <th scope="row" className={`${cell} font-normal text-muted`}>
                {label}
              </th>
              <td className={figure}>{show(domain.live, pick)}</td>
              <td className={figure}>{show(domain.config, pick)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={`${cell} font-normal text-muted`}>
              {t('autostart')}
            </th>
            <td className={cell} colSpan={2}>
              {domain.autostart ? t('enabled') : t('disabled')}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="flex flex-wrap gap-2 border-t border-line px-4 py-3">
        <MemoryDialog domain={domain} cmd={cmd} kind="setmem" />
        <MemoryDialog domain={domain} cmd={cmd} kind="setmaxmem" />
        <VcpusDialog domain={domain} cmd={cmd} />
        <AutostartDialog domain={domain} cmd={cmd} />
      </div>
      {pinFacts && (
        <div className="flex flex-col gap-2 border-t border-line px-4 py-3">
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-sm font-semibold">{t('pinning')}</h3>
            <VcpuPinDialog key={`${domain.state}-${pinFacts.maxVcpus}`} domain={domain} cmd={cmd} />
          </div>
          <PinningGrid
            facts={pinFacts}
            hostCpus={domain.hostCpus}
            label={t('grid', { which: domain.live ? 'live' : 'config', host: domain.host })}
          />
        </div>
      )}
    </section>
  );
}
