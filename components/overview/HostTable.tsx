'use client';

import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { ApiDomainSummary, ApiHost } from '@/lib/api/contract';
import { formatKiB } from '@/components/ui/format';
import { DomainRow, td } from './DomainRow';
import { Dom0Row, HostTableHead } from './HostTableParts';
import { useRowMenus } from './RowActions';
import type { RowWords } from './row-words';
import { useInAppLinks } from './use-in-app-links';

/**
 * A host's table is styled, laid out and painted only near the viewport (content-visibility:
 * auto), so a lab of 1,000 domains costs what is on screen; it stays in the accessibility tree and
 * in find-in-page. Off screen it holds the height its rows will take (~47 px each, ~88 px of
 * heading). The browser also remembers the height a table last had, which a filter change makes
 * wrong: a table that was short when the filter hid its rows would still count as near the
 * viewport and be laid out whole. So the section is a new element whenever its row count changes.
 */
const lazyRendering = (rows: number) =>
  ({ contentVisibility: 'auto', containIntrinsicBlockSize: `${88 + rows * 47}px` }) as const;

/** One host's domains: `virsh list --all` (Id, Name, State) and `xm list` (Mem, VCPUs) columns together. */
export const HostTable = memo(function HostTable({
  host,
  domains,
  words,
}: {
  host: ApiHost;
  domains: ApiDomainSummary[];
  words: RowWords;
}) {
  const t = useTranslations('overview');
  const navigate = useInAppLinks();
  const menus = useRowMenus();
  const listCommand = host.driver === 'xen' ? 'virsh list --all  ·  xm list  ·  xl list' : 'virsh list --all';
  return (
    <section
      key={domains.length /* see lazyRendering */}
      aria-labelledby={`host-${host.name}`}
      className="rounded-lg border border-line bg-panel"
      style={lazyRendering(domains.length + (host.dom0 ? 1 : 0))}
      {...menus.handlers}
      onClick={(e) => {
        menus.handlers.onClick(e);
        navigate(e);
      }}
    >
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1 border-b border-line px-4 py-3">
        <h2 id={`host-${host.name}`} className="text-lg font-semibold">
          {host.name}
        </h2>
        <span className="text-sm text-muted">
          {host.hypervisor} {host.hypervisorVersion} · {t('cpus', { n: host.cpus })} · {formatKiB(host.memoryKiB)}
        </span>
        <code className="text-xs text-muted">{host.uri}</code>
        <code className="ml-auto text-xs text-muted command-wrap" title={t('listCommand')}>
          {listCommand}
        </code>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{t('caption', { host: host.name })}</caption>
          <HostTableHead />
          <tbody>
            {host.dom0 && <Dom0Row dom0={host.dom0} />}
            {domains.map((d) => (
              <DomainRow key={d.uuid} d={d} words={words} armed={menus.armed.has(d.uuid)} />
            ))}
            {domains.length === 0 && (
              <tr>
                <td colSpan={7} className={`${td} text-muted`}>
                  {t('noMatch')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
});
