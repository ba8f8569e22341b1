import { http, HttpResponse } from 'msw';
import type { ShellResult } from '@/lib/api/contract';
import { findHost } from '@/lib/sim/world';
import { shellRequest } from '@/lib/api/schemas/requests';
import { noHost, readJson, withShell } from '../http';
import { toEvent } from '../map';
import { lessonStore } from '../lessons';
import { historyLine, stepLab } from '../lab-history';
import { store } from '../store';

/** POST /api/shell: a console line as root on a host; a failing command is still a 200 with its status. */
export const shellHandlers = [
  http.post('*/api/shell', ({ request }) =>
    withShell(async (lab, now, runLine) => {
      const parsed = await readJson(request, shellRequest);
      if (!parsed.ok) return parsed.error;
      const body = parsed.value;
      if (!findHost(lab.world, body.host)) return noHost(body.host);
      const travel = historyLine(body.line);
      if (travel) {
        const transcript = stepLab(lab, travel.dir, travel.count, now, {
          host: body.host,
          cwd: body.cwd,
          source: 'console',
        });
        return HttpResponse.json<ShellResult>({ transcript, events: [] });
      }
      // libvirt's Japanese catalogue is large: loaded only for a Japanese console.
      const l10n = body.lang === 'ja' ? (await import('@/lib/shell/l10n/ja')).virshForEnv : undefined;
      const run = runLine(lab, {
        host: body.host,
        line: body.line,
        cwd: body.cwd,
        lang: body.lang,
        l10n,
        columns: body.columns,
        now,
        source: 'console',
      });
      store().commit(run.lab);
      lessonStore().observe(run.lab.world, run.transcript.time, run.transcript, run.between);
      return HttpResponse.json<ShellResult>({ transcript: run.transcript, events: run.events.map(toEvent) });
    }),
  ),
];
