import { http, HttpResponse } from 'msw';
import type { ApiJob } from '@/lib/api/contract';
import { domainByName, findHost } from '@/lib/sim/world';
import { notFound, withLab } from '../http';

export const jobHandlers = [
  /** The domain's job as `virsh domjobinfo` sees it; migrations start through their own module. */
  http.get<{ host: string; name: string }>('*/api/hosts/:host/domains/:name/job', ({ params }) => withLab((lab) => {
    const h = findHost(lab.world, params.host);
    if (!h) return notFound(`no host '${params.host}'`);
    const d = domainByName(h, params.name);
    if (!d) return notFound(`Domain not found: no domain with matching name '${params.name}'`);
    return HttpResponse.json<ApiJob>({
      active: d.job ? { kind: d.job.kind, startedAt: d.job.startedAt, targetHost: d.job.targetHost } : null,
      last: d.lastJob ? { kind: d.lastJob.kind, stats: d.lastJob.stats } : null,
    });
  })),
];
