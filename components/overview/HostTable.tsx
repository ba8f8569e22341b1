'use client';

import Link from 'next/link';
import { paths } from '@/app/paths';
import type { ApiDomainSummary, ApiHost } from '@/lib/api/contract';
import { StateBadge } from '@/components/ui/StateBadge';
import { formatKiB } from '@/components/ui/format';
import { RowActions } from './RowActions';

const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted';
const td = 'px-3 py-2 align-middle';

/** One host's domains: `virsh list --all` (Id, Name, State) and `xm list` (Mem, VCPUs) columns together. */
export function HostTable({ host, domains }: { host: ApiHost; domains: ApiDomainSummary[] }) {
  const listCommand = host.driver === 'xen' ? 'virsh list --all  ·  xm list  ·  xl list' : 'virsh list --all';
  return (
    <section aria-labelledby={`host-${host.name}`} className="rounded-lg border border-line bg-panel">
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1 border-b border-line px-4 py-3">
        <h2 id={`host-${host.name}`} className="text-lg font-semibold">{host.name}</h2>
        <span className="text-sm text-muted">{host.hypervisor} {host.hypervisorVersion} · {host.cpus} CPUs · {formatKiB(host.memoryKiB)}</span>
        <code className="text-xs text-muted">{host.uri}</code>
        <code className="ml-auto text-xs text-muted" title="The command that lists these">{listCommand}</code>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Domains on {host.name}</caption>
          <thead className="border-b border-line">
            <tr>
              <th scope="col" className={th}>Id</th><th scope="col" className={th}>Name</th><th scope="col" className={th}>State</th>
              <th scope="col" className={th}>Memory</th><th scope="col" className={th}>vCPUs</th><th scope="col" className={th}>Autostart</th>
              <th scope="col" className={`${th} text-right`}>Actions</th>
            </tr>
          </thead>
          <tbody>
            {host.dom0 && (
              <tr className="border-b border-line/60 text-muted">
                <td className={td}>0</td><td className={td}>Domain-0</td><td className={td}><StateBadge state="running" /></td>
                <td className={td}>{host.dom0.memoryMiB} MiB</td><td className={td}>{host.dom0.vcpus}</td><td className={td}>—</td>
                <td className={`${td} text-right text-xs`}>the Xen host itself</td>
              </tr>
            )}
            {domains.map((d) => (
              <tr key={d.uuid} className="border-b border-line/60 last:border-0">
                <td className={`${td} font-mono`}>{d.id ?? '-'}</td>
                <td className={td}>
                  <Link href={paths.domain(d.host, d.name)} className="font-medium text-accent underline-offset-2 hover:underline">{d.name}</Link>
                  {!d.persistent && <span className="ml-2 text-xs text-muted">transient</span>}
                  {d.managedSave && <span className="ml-2 text-xs text-muted">managed save</span>}
                </td>
                <td className={td}><StateBadge state={d.state} reason={d.reason} /></td>
                <td className={`${td} whitespace-nowrap`}>{formatKiB(d.memoryKiB)} <span className="text-muted">/ {formatKiB(d.maxMemoryKiB)}</span></td>
                <td className={td}>{d.vcpus} <span className="text-muted">/ {d.maxVcpus}</span></td>
                <td className={td}>{d.autostart ? 'enabled' : 'disabled'}</td>
                <td className={`${td} text-right`}><RowActions domain={d} /></td>
              </tr>
            ))}
            {domains.length === 0 && (
              <tr><td colSpan={7} className={`${td} text-muted`}>No domain matches the filter on this host.</td></tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
