import type { ApiDomainSummary, DomainState } from '@/lib/api/contract';

/** The overview's filter lives in the URL (?host=&state=&q=), so a filtered view can be shared. */
export interface DomainFilter {
  host: string;
  state: DomainState | '';
  q: string;
}

export const readFilter = (p: URLSearchParams): DomainFilter => ({
  host: p.get('host') ?? '',
  state: (p.get('state') ?? '') as DomainFilter['state'],
  q: p.get('q') ?? '',
});

export function matches(d: ApiDomainSummary, f: DomainFilter, q = f.q.trim().toLowerCase()): boolean {
  return (
    (!f.host || d.host === f.host) && (!f.state || d.state === f.state) && (!q || d.name.toLowerCase().includes(q))
  );
}
