'use client';

import { useTranslations } from 'next-intl';
import { memo, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { useDomains } from '@/lib/api/domains';
import { useHosts } from '@/lib/api/hosts';
import { labChangedHere } from '@/lib/api/client';
import { realBackend } from '@/lib/browser/backend';
import { labStored } from '@/lib/browser/first-paint';
import type { OverviewLists } from '@/lib/api/contract';
import { EventLog } from '@/components/domain/EventLog';
import { matches, type DomainFilter } from './filters';
import { Filters } from './Filters';
import { HostTable } from './HostTable';
import { useUrlFilter } from './use-url-filter';

const none: ApiDomainSummary[] = [];
const noFilter: DomainFilter = { host: '', state: '', q: '' };
const ignore = () => {};
const never = () => () => {};

/** Memoised so that a keystroke in the filter does not render the event log again. */
const OverviewEvents = memo(function OverviewEvents() {
  return <EventLog title={useTranslations('overview')('events')} />;
});

/**
 * The page's body for the lists it is given. `live`: they are the API's answers; otherwise they are
 * the first-visit lists the page was prerendered with, shown while the API starts (aria-busy).
 */
function Overview({
  lists,
  live,
  fields,
  listed,
  onChange,
  prerendered,
}: {
  lists: OverviewLists;
  live: boolean;
  fields: DomainFilter;
  listed: DomainFilter;
  onChange: (c: Partial<DomainFilter>) => void;
  prerendered?: boolean;
}) {
  const { hosts, domains } = lists;
  const { host, state, q } = listed;
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
      <Heading lists={lists} fields={fields} onChange={onChange} disabled={prerendered} />
      {hosts
        .filter((h) => !host || h.name === host)
        .map((h) => (
          <HostTable key={h.name} host={h} domains={byHost.get(h.name) ?? none} />
        ))}
      {/* Below the tables, so asked for once they are there: its request is not in the way of theirs. */}
      {live && <OverviewEvents />}
    </div>
  );
}

function Heading({
  lists,
  fields,
  onChange,
  disabled,
}: {
  lists?: OverviewLists;
  fields: DomainFilter;
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
      <Filters hosts={lists?.hosts ?? []} filter={fields} onChange={onChange} disabled={disabled} />
    </div>
  );
}

/**
 * What the prerendered HTML of `/` holds while the page's code loads: the first-visit lists
 * (app/page.tsx). The inline script of lib/browser/first-paint.ts hides them, and shows the
 * loading line instead, when they may not be this browser's lab (a lab is stored, or the URL filters).
 */
export function OverviewFirstPaint({ lists }: { lists: OverviewLists }) {
  const t = useTranslations('overview');
  return (
    <>
      <div className="first-paint-lists">
        <Overview lists={lists} live={false} fields={noFilter} listed={noFilter} onChange={ignore} prerendered />
      </div>
      <div className="first-paint-wait flex flex-col gap-5">
        <Heading fields={noFilter} onChange={ignore} disabled />
        <p role="status" className="text-muted">
          {t('loading')}
        </p>
      </div>
    </>
  );
}

/**
 * The overview. `firstVisit` (the lists a first visit gets) stands in until the API has answered,
 * when it is known to be this lab: no lab is stored, and this page has sent no command (nor
 * setting, nor lesson) since it loaded. Decided once, in the browser: on a server render (next dev
 * renders this page per request) and while hydrating, there is no stand-in.
 */
export function OverviewPage({ firstVisit }: { firstVisit?: OverviewLists }) {
  const t = useTranslations('overview');
  const filter = useUrlFilter();
  const hosts = useHosts();
  const domains = useDomains();
  const inBrowser = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  const stand = useRef<OverviewLists | null | undefined>(undefined);
  if (inBrowser && stand.current === undefined)
    stand.current = firstVisit && !labChangedHere() && !labStored() && !realBackend() ? firstVisit : null;
  if (hosts.data && domains.data) stand.current = null; // once live, never the first-visit lists again (a reset, a lesson)

  if (hosts.isError || domains.isError)
    return (
      <p role="alert" className="text-danger">
        {(hosts.error ?? domains.error)?.message}
      </p>
    );
  const lists = hosts.data && domains.data ? { hosts: hosts.data, domains: domains.data } : stand.current;
  if (!lists) {
    return (
      <div className="flex flex-col gap-5">
        <Heading fields={filter.fields} onChange={filter.change} />
        <p role="status" className="text-muted">
          {t('loading')}
        </p>
      </div>
    );
  }
  return (
    <Overview
      lists={lists}
      live={lists !== stand.current}
      fields={filter.fields}
      listed={filter.listed}
      onChange={filter.change}
    />
  );
}
