'use client';

import { useTranslations } from 'next-intl';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { useDomains } from '@/lib/api/domains';
import { StateBadge } from '@/components/ui/StateBadge';

/**
 * Where the guest is on each host of the migration. During the copy a QEMU target already holds it,
 * paused ("migrating"), as libvirt's Prepare step starts it; libvirt on a Xen target lists it once
 * the job ends, while `xl list` there already shows what is being restored, under the name the
 * migrating toolstack gives it (`xen`: the names on each host, lib/shell/xen/migration-names.ts).
 */
export function JobPlaces({
  name,
  source,
  target,
  running,
  xen,
}: {
  name: string;
  source: string;
  target: string;
  running: boolean;
  xen?: { sourceName: string; targetName: string };
}) {
  const t = useTranslations('job.places');
  const domains = useDomains();
  const on = (host: string): ApiDomainSummary | undefined =>
    domains.data?.find((d) => d.host === host && d.name === name);
  return (
    <table className="self-start text-sm">
      <caption className="sr-only">{t('caption', { name })}</caption>
      <tbody>
        {[
          ['source', source],
          ['target', target],
        ].map(([role, host]) => {
          const d = on(host);
          return (
            <tr key={role}>
              <th scope="row" className="pr-3 text-left font-normal text-muted">
                {t(role as 'source', { host })}
              </th>
              <td className="py-0.5">
                {d ? (
                  <StateBadge state={d.state} reason={d.reason} />
                ) : (
                  <span className="text-muted">{t(running && role === 'target' ? 'receiving' : 'noCopy')}</span>
                )}
              </td>
              {xen && (
                <td className="py-0.5 pl-3">
                  {t.rich('xlName', {
                    name: role === 'source' ? xen.sourceName : xen.targetName,
                    code: (c) => <code>{c}</code>,
                  })}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
