import { http, HttpResponse } from 'msw';
import type { ApiFile, ApiHost } from '@/lib/api/contract';
import { findHost } from '@/lib/sim/world';
import { updateHost } from '@/lib/sim/world';
import { badRequest, notFound, withLab } from '../http';
import { toFile, toHost } from '../map';
import { store } from '../store';

type HostParams = { host: string };

export const hostHandlers = [
  http.get('*/api/hosts', () => withLab((lab) => HttpResponse.json<ApiHost[]>(lab.world.hosts.map(toHost)))),

  http.get<HostParams>('*/api/hosts/:host', ({ params }) =>
    withLab((lab) => {
      const h = findHost(lab.world, params.host);
      return h ? HttpResponse.json<ApiHost>(toHost(h)) : notFound(`no host '${params.host}'`);
    }),
  ),

  http.get<HostParams>('*/api/hosts/:host/files', ({ params }) =>
    withLab((lab) => {
      const h = findHost(lab.world, params.host);
      if (!h) return notFound(`no host '${params.host}'`);
      return HttpResponse.json<ApiFile[]>(
        Object.entries(h.files)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([p, data]) => toFile(p, data)),
      );
    }),
  ),

  /** Writes a text file on the host (e.g. domain XML for `virsh define`), as a learner's editor would. */
  http.put<HostParams>('*/api/hosts/:host/files', ({ params, request }) =>
    withLab(async (lab) => {
      const h = findHost(lab.world, params.host);
      if (!h) return notFound(`no host '${params.host}'`);
      const path = new URL(request.url).searchParams.get('path') ?? '';
      if (!/^\/(root|tmp|etc\/xen|etc\/libvirt\/qemu)\/[^/]+$/.test(path))
        return badRequest('path must be a file directly under /root, /tmp, /etc/xen or /etc/libvirt/qemu');
      const text = await request.text();
      if (text.length > 65536) return badRequest('file is larger than 64 KiB');
      // Host files are latin1 byte strings (see lib/shell/host-fs.ts).
      const bytes = unescape(encodeURIComponent(text));
      store().commit({
        ...lab,
        world: updateHost(lab.world, h.name, (x) => ({ ...x, files: { ...x.files, [path]: bytes } })),
      });
      return HttpResponse.json<ApiFile>(toFile(path, bytes), { status: 201 });
    }),
  ),
];
