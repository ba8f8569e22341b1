import { http, HttpResponse } from 'msw';
import type { ApiDomain, ApiDomainSummary } from '@/lib/api/contract';
import { findHost, domainByName } from '@/lib/sim/world';
import { domainParams, domainsQuery, hostParams } from '@/lib/api/schemas/requests';
import { noDomain, noHost, parse, queryOf, withLab } from '../http';
import { toDomain, toDomainSummary } from '../map';

type DomainParams = { host: string; name: string };

export const domainHandlers = [
  /** Every host's domains at once (the overview); `?host=` narrows to one. */
  http.get('*/api/domains', ({ request }) =>
    withLab((lab) => {
      const q = parse(domainsQuery, queryOf(request));
      if (!q.ok) return q.error;
      const only = q.value.host;
      const hosts = lab.world.hosts.filter((h) => !only || h.name === only);
      return HttpResponse.json<ApiDomainSummary[]>(hosts.flatMap((h) => h.domains.map((d) => toDomainSummary(h, d))));
    }),
  ),

  http.get<{ host: string }>('*/api/hosts/:host/domains', ({ params }) =>
    withLab((lab) => {
      const p = parse(hostParams, params);
      if (!p.ok) return p.error;
      const h = findHost(lab.world, params.host);
      return h
        ? HttpResponse.json<ApiDomainSummary[]>(h.domains.map((d) => toDomainSummary(h, d)))
        : noHost(params.host);
    }),
  ),

  http.get<DomainParams>('*/api/hosts/:host/domains/:name', ({ params }) =>
    withLab((lab) => {
      const p = parse(domainParams, params);
      if (!p.ok) return p.error;
      const h = findHost(lab.world, params.host);
      if (!h) return noHost(params.host);
      const d = domainByName(h, params.name);
      return d ? HttpResponse.json<ApiDomain>(toDomain(h, d, lab.transitions)) : noDomain(params.name);
    }),
  ),
];
