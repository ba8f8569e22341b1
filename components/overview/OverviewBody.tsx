'use client';

import { useTranslations } from 'next-intl';
import { memo, useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from '@/lib/browser/after-paint';
import type { ApiDomainSummary, OverviewLists } from '@/lib/api/contract';
import { EventLog } from '@/components/domain/EventLog';
import { matches, type DomainFilter } from './filters';
import { Filters } from './Filters';
import type { NameInput } from './NameField';
import { HostTable } from './HostTable';
import { useRowWords } from './row-words';

const none: ApiDomainSummary[] = [];

/** Memoised so that a keystroke in the filter does not render the event log again. */
const OverviewEvents = memo(function OverviewEvents() {
  return <EventLog title={useTranslations('overview')('events')} />;
});

/**
 * The page's body for the lists it is given. `live`: they are the API's answers; otherwise they are
 * the first-visit lists the page was prerendered with, shown while the API starts (aria-busy).
 */
export function Overview({
  lists,
  live,
  fields,
  name,
  listed,
  onChange,
  prerendered,
}: {
  lists: OverviewLists;
  live: boolean;
  fields: DomainFilter;
  name: NameInput;
  listed: DomainFilter;
  onChange: (c: Partial<DomainFilter>) => void;
  prerendered?: boolean;
}) {
  const { hosts, domains } = lists;
  const { host, state, q } = listed;
  const words = useRowWords();
  // The event log mounts once the live lists have been painted: in their render it was its query's
  // observer, its request to the lab and its own list, inside the one task that paints the rows.
  const [eventsShown, showEvents] = useState(false);
  useEffect(() => {
    if (live) afterNextPaint(() => showEvents(true));
  }, [live]);
  const byHost = useMemo(() => {
    const f = { host, state, q },
      needle = q.trim().toLowerCase();
    const map = new Map<string, ApiDomainSummary[]>();
    for (const d of domains) {
      if (!matches(d, f, needle)) continue;
      const list = map.get(d.host);
      if (list) list.push(d);
      else map.set(d.host, [d]);
    }
    return map;
  }, [domains, host, state, q]);

  return (
    <div className="flex flex-col gap-5" aria-busy={!live}>
      <Heading lists={lists} fields={fields} name={name} onChange={onChange} disabled={prerendered} />
      {hosts
        .filter((h) => !host || h.name === host)
        .map((h) => (
          <HostTable key={h.name} host={h} domains={byHost.get(h.name) ?? none} words={words} />
        ))}
      {/* Below the tables, so asked for once they are painted: its request is not in the way of theirs. */}
      {live && eventsShown && <OverviewEvents />}
    </div>
  );
}

export function Heading({
  lists,
  fields,
  name,
  onChange,
  disabled,
}: {
  lists?: OverviewLists;
  fields: DomainFilter;
  name: NameInput;
  onChange: (c: Partial<DomainFilter>) => void;
  disabled?: boolean;
}) {
  const t = useTranslations('overview');
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="text-sm text-muted">
          {lists && t('counts', { domains: lists.domains.length, hosts: lists.hosts.length })}
          {t('intro')}
        </p>
      </div>
      <Filters hosts={lists?.hosts ?? []} filter={fields} name={name} onChange={onChange} disabled={disabled} />
    </div>
  );
}
