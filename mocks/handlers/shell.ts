import { http, HttpResponse } from 'msw';
import type { ShellResult } from '@/lib/api/contract';
import { findHost } from '@/lib/sim/world';
import { badRequest, jsonBody, notFound, withLab } from '../http';
import { toEvent } from '../map';
import { lessonStore } from '../lessons';
import { runLine } from '../run-line';
import { store } from '../store';

/** POST /api/shell: a console line as root on a host; a failing command is still a 200 with its status. */
export const shellHandlers = [
  http.post('*/api/shell', ({ request }) =>
    withLab(async (lab, now) => {
      const body = await jsonBody(request);
      if (!body || typeof body.host !== 'string' || typeof body.line !== 'string')
        return badRequest('the body must be { host, line, cwd? }');
      if (body.cwd !== undefined && (typeof body.cwd !== 'string' || !body.cwd.startsWith('/')))
        return badRequest('cwd must be an absolute path');
      if (body.line.length > 4096) return badRequest('the line is longer than 4096 characters');
      if (!findHost(lab.world, body.host)) return notFound(`no host '${body.host}'`);
      const run = runLine(lab, {
        host: body.host,
        line: body.line,
        cwd: body.cwd as string | undefined,
        now,
        source: 'console',
      });
      store().commit(run.lab);
      lessonStore().observe(run.lab.world, run.transcript.time, run.transcript);
      return HttpResponse.json<ShellResult>({ transcript: run.transcript, events: run.events.map(toEvent) });
    }),
  ),
];
