import { http, HttpResponse } from 'msw';
import type { ApiDomain, ApiDomainSummary } from '@/lib/api/contract';
import { findHost, domainByName } from '@/lib/sim/world';
import { notFound, withLab } from '../http';
import { toDomain, toDomainSummary } from '../map';

type DomainParams = { host: string; name: string };

export const domainHandlers = [
  /** Every host's domains at once (the overview); `?host=` narrows to one. */
  http.get('*/api/domains', ({ request }) =>
    withLab((lab) => {
      const only = new URL(request.url).searchParams.get('host');
      const hosts = lab.world.hosts.filter((h) => !only || h.name === only);
      return HttpResponse.json<ApiDomainSummary[]>(hosts.flatMap((h) => h.domains.map((d) => toDomainSummary(h, d))));
    }),
  ),

  http.get<{ host: string }>('*/api/hosts/:host/domains', ({ params }) =>
    withLab((lab) => {
      const h = findHost(lab.world, params.host);
      return h
        ? HttpResponse.json<ApiDomainSummary[]>(h.domains.map((d) => toDomainSummary(h, d)))
        : notFound(`no host '${params.host}'`);
    }),
  ),

  http.get<DomainParams>('*/api/hosts/:host/domains/:name', ({ params }) =>
    withLab((lab) => {
      const h = findHost(lab.world, params.host);
      if (!h) return notFound(`no host '${params.host}'`);
      const d = domainByName(h, params.name);
      return d
        ? HttpResponse.json<ApiDomain>(toDomain(h, d, lab.transitions))
        : notFound(`Domain not found: no domain with matching name '${params.name}'`);
    }),
  ),
];
