'use client';

import { memo, useMemo } from 'react';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { useDomains } from '@/lib/api/domains';
import { useHosts } from '@/lib/api/hosts';
import { EventLog } from '@/components/domain/EventLog';
import { matches } from './filters';
import { Filters } from './Filters';
import { HostTable } from './HostTable';
import { useUrlFilter } from './use-url-filter';

const none: ApiDomainSummary[] = [];

/** Memoised so that a keystroke in the filter does not render the event log again. */
const OverviewEvents = memo(function OverviewEvents() {
  return <EventLog title="Events (virsh event --all --loop)" />;
});

export function OverviewPage() {
  const filter = useUrlFilter();
  const hosts = useHosts();
  const domains = useDomains();
  const { host, state, q } = filter.listed;

  const byHost = useMemo(() => {
    const f = { host, state, q }, needle = q.trim().toLowerCase();
    const map = new Map<string, ApiDomainSummary[]>();
    for (const d of domains.data ?? []) {
      if (!matches(d, f, needle)) continue;
      const list = map.get(d.host);
      if (list) list.push(d); else map.set(d.host, [d]);
    }
    return map;
  }, [domains.data, host, state, q]);

  if (hosts.isError || domains.isError) return <p role="alert" className="text-danger">{(hosts.error ?? domains.error)?.message}</p>;
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Hosts and domains</h1>
          <p className="text-sm text-muted">
            {hosts.data && domains.data && `${domains.data.length} domains on ${hosts.data.length} hosts. `}Every action here is a virsh command; the console shows it.
          </p>
        </div>
        <Filters hosts={hosts.data ?? []} filter={filter.fields} onChange={filter.change} />
      </div>
      {hosts.data && domains.data ? (
        <>
          {hosts.data.filter((h) => !host || h.name === host).map((h) => <HostTable key={h.name} host={h} domains={byHost.get(h.name) ?? none} />)}
          {/* Below the tables, so asked for once they are there: its request is not in the way of theirs. */}
          <OverviewEvents />
        </>
      ) : <p role="status" className="text-muted">Loading domains…</p>}
    </div>
  );
}
