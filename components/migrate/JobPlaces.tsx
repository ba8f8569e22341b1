'use client';

import { useTranslations } from 'next-intl';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { useDomains } from '@/lib/api/domains';
import { StateBadge } from '@/components/ui/StateBadge';

/**
 * Where the guest is on each host of the migration. During the copy a QEMU target already holds it,
 * paused ("migrating"), as libvirt's Prepare step starts it; a Xen target (not modelled so) lists
 * it once the copy ends.
 */
export function JobPlaces({
  name,
  source,
  target,
  running,
}: {
  name: string;
  source: string;
  target: string;
  running: boolean;
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
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
