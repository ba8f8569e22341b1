import { http, HttpResponse } from 'msw';
import type { ApiFile, ApiHost } from '@/lib/api/contract';
import { fileText, filesQuery, hostParams } from '@/lib/api/schemas/requests';
import { findHost, updateHost } from '@/lib/sim/world';
import { noHost, parse, queryOf, withLab } from '../http';
import { toFile, toHost } from '../map';
import { store } from '../store';

type HostParams = { host: string };

export const hostHandlers = [
  http.get('*/api/hosts', () => withLab((lab) => HttpResponse.json<ApiHost[]>(lab.world.hosts.map(toHost)))),

  http.get<HostParams>('*/api/hosts/:host', ({ params }) =>
    withLab((lab) => {
      const p = parse(hostParams, params);
      if (!p.ok) return p.error;
      const h = findHost(lab.world, params.host);
      return h ? HttpResponse.json<ApiHost>(toHost(h)) : noHost(params.host);
    }),
  ),

  http.get<HostParams>('*/api/hosts/:host/files', ({ params }) =>
    withLab((lab) => {
      const p = parse(hostParams, params);
      if (!p.ok) return p.error;
      const h = findHost(lab.world, params.host);
      if (!h) return noHost(params.host);
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
      const p = parse(hostParams, params);
      if (!p.ok) return p.error;
      const h = findHost(lab.world, params.host);
      if (!h) return noHost(params.host);
      const q = parse(filesQuery, queryOf(request));
      if (!q.ok) return q.error;
      const path = q.value.path;
      const file = parse(fileText, await request.text());
      if (!file.ok) return file.error;
      const text = file.value;
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
