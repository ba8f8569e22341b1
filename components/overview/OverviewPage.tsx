'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useDeferredValue, useMemo } from 'react';
import { useDomains } from '@/lib/api/domains';
import { useHosts } from '@/lib/api/hosts';
import { EventLog } from '@/components/domain/EventLog';
import { matches, readFilter, type DomainFilter } from './filters';
import { Filters } from './Filters';
import { HostTable } from './HostTable';

export function OverviewPage() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filter = readFilter(params);
  const hosts = useHosts();
  const domains = useDomains();
  const deferred = useDeferredValue(filter);

  const setFilter = (f: Partial<DomainFilter>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(f)) (v ? next.set(k, v) : next.delete(k));
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };

  const byHost = useMemo(() => {
    const q = deferred.q.trim().toLowerCase();
    const map = new Map<string, NonNullable<typeof domains.data>>();
    for (const d of domains.data ?? []) if (matches(d, deferred, q)) map.set(d.host, [...(map.get(d.host) ?? []), d]);
    return map;
  }, [domains.data, deferred]);

  if (hosts.isError || domains.isError) return <p role="alert" className="text-danger">{(hosts.error ?? domains.error)?.message}</p>;
  if (!hosts.data || !domains.data) return <p role="status" className="text-muted">Loading domains…</p>;
  const shown = hosts.data.filter((h) => !filter.host || h.name === filter.host);

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Hosts and domains</h1>
          <p className="text-sm text-muted">{domains.data.length} domains on {hosts.data.length} hosts. Every action here is a virsh command; the console shows it.</p>
        </div>
        <Filters hosts={hosts.data} filter={filter} onChange={setFilter} />
      </div>
      {shown.map((h) => <HostTable key={h.name} host={h} domains={byHost.get(h.name) ?? []} />)}
      <EventLog title="Events (virsh event --all --loop)" />
    </div>
  );
}
