import { http, HttpResponse } from 'msw';
import type { ApiHost } from '@/lib/api/contract';
import { setHostReachable } from '@/lib/sim/ops/network';
import { findHost } from '@/lib/sim/world';
import { hostParams, reachableRequest } from '@/lib/api/schemas/requests';
import { noHost, parse, readJson, withLab } from '../http';
import { toHost } from '../map';
import { store } from '../store';

export const networkHandlers = [
  /**
   * Failure injection: `{reachable: false}` takes a host off the lab's network. Migrations to or
   * from it fail at once (the guest stays where it was); new ones fail their connection check.
   */
  http.patch<{ host: string }>('*/api/hosts/:host', ({ params, request }) =>
    withLab(async (lab, now) => {
      const p = parse(hostParams, params);
      if (!p.ok) return p.error;
      const h = findHost(lab.world, params.host);
      if (!h) return noHost(params.host);
      const body = await readJson(request, reachableRequest);
      if (!body.ok) return body.error;
      const r = setHostReachable(lab.world, h.name, body.value.reachable, now);
      store().commit({ ...lab, world: r.world });
      return HttpResponse.json<ApiHost>(toHost(findHost(r.world, h.name)!));
    }),
  ),
];
