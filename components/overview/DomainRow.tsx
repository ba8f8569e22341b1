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
 * A domain row, its cells styled from the row, as `td` and `minor` style other cells, rather than by a class
 * on each of its seven cells (7,000 attributes fewer to set in a 1,000-domain lab): Id in monospace, the
 * memory unbroken, the Actions button to the right, columns 1, 4, 5 and 6 aside below 640 px.
 */
const row = [
  'border-b border-line/60 last:border-0',
  '[&>td]:px-3 [&>td]:py-2 [&>td]:align-middle',
  '[&>td:nth-child(1)]:font-mono [&>td:nth-child(4)]:whitespace-nowrap [&>td:nth-child(7)]:text-right',
  'max-sm:[&>td:nth-child(1)]:hidden max-sm:[&>td:nth-child(4)]:hidden',
  'max-sm:[&>td:nth-child(5)]:hidden max-sm:[&>td:nth-child(6)]:hidden',
].join(' ');

/**
 * One domain's row. Memoised on the domain object: the query cache keeps an unchanged domain's
 * object across refetches (structural sharing), so after an action or a filter keystroke only
 * the rows that changed render again — which is what keeps a 1,000-domain lab responsive. A row is
 * one component: its words come from the table (useRowWords), its state badge and Actions button
 * are markup (the button's handlers are the table's: useRowMenus), and a pending request's line is
 * mounted only when there is one; a cell's text is one string (one text node, not one per part).
 * Its link is a plain <a>: HostTable navigates for all its rows.
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
    <tr className={row}>
      <td>{d.id ?? '-'}</td>
      <td>
        <a
          href={localePath(words.locale, paths.domain(d.host, d.name))}
          className="font-medium text-accent underline-offset-2 hover:underline"
        >
          {d.name}
        </a>
        {!d.persistent && <span className="ml-2 text-xs text-muted">{words.transient}</span>}
        {d.managedSave && <span className="ml-2 text-xs text-muted">{words.managedSave}</span>}
      </td>
      <td>
        {d.pending ? (
          <span className="flex flex-col gap-0.5">
            {badge}
            <PendingRequest domain={d} short />
          </span>
        ) : (
          badge
        )}
      </td>
      <td>
        {`${formatKiB(d.memoryKiB)} `}
        <span className="text-muted">{`/ ${formatKiB(d.maxMemoryKiB)}`}</span>
      </td>
      <td>
        {`${d.vcpus} `}
        <span className="text-muted">{`/ ${d.maxVcpus}`}</span>
      </td>
      <td>{d.autostart ? words.enabled : words.disabled}</td>
      <td>{rowActions(d, words, armed)}</td>
    </tr>
  );
});
