import { http, HttpResponse } from 'msw';
import type { ActionResult } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { actionBodies, domainAction } from '@/lib/api/schemas/actions';
import { domainParams } from '@/lib/api/schemas/requests';
import { commandLine } from '@/lib/shell/command-line';
import { domainByName, findHost } from '@/lib/sim/world';
import { badRequest, noDomain, noHost, parse, problem, readJson, withShell } from '../http';
import { toDomain, toEvent } from '../map';
import { lessonStore } from '../lessons';
import { failureOf } from '@/lib/api/failure';
import { store } from '../store';

type ActionParams = { host: string; name: string; action: string };

/**
 * A button is a virsh command: the action becomes its virsh line, which runs through the
 * console exactly as if typed, so the answer carries the real tool's output.
 */
export const actionHandlers = [
  http.post<ActionParams>('*/api/hosts/:host/domains/:name/actions/:action', ({ params, request }) =>
    withShell(async (lab, now, runLine) => {
      const p = parse(domainParams, params);
      if (!p.ok) return p.error;
      const h = findHost(lab.world, params.host);
      if (!h) return noHost(params.host);
      if (!domainByName(h, params.name)) return noDomain(params.name);
      const action = parse(domainAction, params.action);
      if (!action.ok) return action.error;
      const body = await readJson(request, actionBodies[action.value]);
      if (!body.ok) return body.error;
      const argv = virshArgv(action.value, params.name, body.value);
      if (!argv.ok) return badRequest(argv.message);
      const run = runLine(lab, {
        host: h.name,
        line: commandLine('virsh', argv.argv),
        now,
        source: 'button',
        domain: params.name,
      });
      store().commit(run.lab);
      lessonStore().observe(run.lab.world, run.transcript.time, run.transcript, run.between);
      if (run.transcript.status !== 0) {
        const f = failureOf(run.transcript);
        return problem(409, f.code, f.message, { transcript: run.transcript });
      }
      const transition = run.transitions.find((t) => t.host === h.name) ?? null;
      const after = findHost(run.lab.world, h.name)!;
      const d = domainByName(after, params.name);
      return HttpResponse.json<ActionResult>({
        transcript: run.transcript,
        transition,
        events: run.events.map(toEvent),
        domain: d ? toDomain(after, d, run.lab.transitions) : null,
      });
    }),
  ),
];
