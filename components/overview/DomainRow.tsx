'use client';

import { memo } from 'react';
import { paths } from '@/lib/routes';
import { localePath } from '@/i18n/routing';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { stateBadge } from '@/components/ui/StateBadge';
import { formatKiB } from '@/components/ui/format';
import { PendingRequest } from '@/components/domain/PendingRequest';
import { rowActions } from './RowActions';
import type { RowWords } from './row-words';

export const td = 'px-3 py-2 align-middle';
/** Below 640 px a row keeps name, state and actions; Id, memory, vCPUs and autostart step aside. */
export const minor = 'max-sm:hidden';

/**
 * One domain's row. Memoised on the domain object: the query cache keeps an unchanged domain's
 * object across refetches (structural sharing), so after an action or a filter keystroke only
 * the rows that changed render again — which is what keeps a 1,000-domain lab responsive. A row is
 * one component: its words come from the table (useRowWords), its state badge and Actions button
 * are markup (the button's handlers are the table's: useRowMenus), and a pending request's line is
 * mounted only when there is one. Its link is a plain <a>: HostTable navigates for all its rows.
 */
export const DomainRow = memo(function DomainRow({
  d,
  words,
  armed,
}: {
  d: ApiDomainSummary;
  words: RowWords;
  armed: boolean;
}) {
  const badge = stateBadge(d.state, d.reason, words.word);
  return (
    <tr className="border-b border-line/60 last:border-0">
      <td className={`${td} ${minor} font-mono`}>{d.id ?? '-'}</td>
      <td className={td}>
        <a
          href={localePath(words.locale, paths.domain(d.host, d.name))}
          className="font-medium text-accent underline-offset-2 hover:underline"
        >
          {d.name}
        </a>
        {!d.persistent && <span className="ml-2 text-xs text-muted">{words.transient}</span>}
        {d.managedSave && <span className="ml-2 text-xs text-muted">{words.managedSave}</span>}
      </td>
      <td className={td}>
        {d.pending ? (
          <span className="flex flex-col gap-0.5">
            {badge}
            <PendingRequest domain={d} short />
          </span>
        ) : (
          badge
        )}
      </td>
      <td className={`${td} ${minor} whitespace-nowrap`}>
        {formatKiB(d.memoryKiB)} <span className="text-muted">/ {formatKiB(d.maxMemoryKiB)}</span>
      </td>
      <td className={`${td} ${minor}`}>
        {d.vcpus} <span className="text-muted">/ {d.maxVcpus}</span>
      </td>
      <td className={`${td} ${minor}`}>{d.autostart ? words.enabled : words.disabled}</td>
      <td className={`${td} text-right`}>{rowActions(d, words, armed)}</td>
    </tr>
  );
});
