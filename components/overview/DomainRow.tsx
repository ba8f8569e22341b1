'use client';

import { useLocale, useTranslations } from 'next-intl';
import { memo } from 'react';
import { paths } from '@/lib/routes';
import { localePath } from '@/i18n/routing';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { StateBadge } from '@/components/ui/StateBadge';
import { formatKiB } from '@/components/ui/format';
import { PendingRequest } from '@/components/domain/PendingRequest';
import { RowActions } from './RowActions';

export const td = 'px-3 py-2 align-middle';
/** Below 640 px a row keeps name, state and actions; Id, memory, vCPUs and autostart step aside. */
export const minor = 'max-sm:hidden';

/**
 * One domain's row. Memoised on the domain object: the query cache keeps an unchanged domain's
 * object across refetches (structural sharing), so after an action or a filter keystroke only
 * the rows that changed render again — which is what keeps a 1,000-domain lab responsive. Its link
 * is a plain <a>: HostTable navigates for all its rows (no Link, with hooks and effects, per row).
 */
export const DomainRow = memo(function DomainRow({ d }: { d: ApiDomainSummary }) {
  const locale = useLocale();
  const t = useTranslations('overview');
  return (
    <tr className="border-b border-line/60 last:border-0">
      <td className={`${td} ${minor} font-mono`}>{d.id ?? '-'}</td>
      <td className={td}>
        <a
          href={localePath(locale, paths.domain(d.host, d.name))}
          className="font-medium text-accent underline-offset-2 hover:underline"
        >
          {d.name}
        </a>
        {!d.persistent && <span className="ml-2 text-xs text-muted">{t('transient')}</span>}
        {d.managedSave && <span className="ml-2 text-xs text-muted">{t('managedSave')}</span>}
      </td>
      <td className={td}>
        <span className="flex flex-col gap-0.5">
          <StateBadge state={d.state} reason={d.reason} />
          <PendingRequest domain={d} short />
        </span>
      </td>
      <td className={`${td} ${minor} whitespace-nowrap`}>
        {formatKiB(d.memoryKiB)} <span className="text-muted">/ {formatKiB(d.maxMemoryKiB)}</span>
      </td>
      <td className={`${td} ${minor}`}>
        {d.vcpus} <span className="text-muted">/ {d.maxVcpus}</span>
      </td>
      <td className={`${td} ${minor}`}>{d.autostart ? t('enabled') : t('disabled')}</td>
      <td className={`${td} text-right`}>
        <RowActions domain={d} />
      </td>
    </tr>
  );
});
