import { http, HttpResponse } from 'msw';
import type { ActionArgs, ActionResult } from '@/lib/api/contract';
import { isDomainAction, virshArgv } from '@/lib/api/commands';
import { commandLine } from '@/lib/shell/equivalents';
import { domainByName, findHost } from '@/lib/sim/world';
import { badRequest, jsonBody, notFound, problem, withLab } from '../http';
import { toDomain, toEvent } from '../map';
import { lessonStore } from '../lessons';
import { failureOf, runLine } from '../run-line';
import { store } from '../store';

type ActionParams = { host: string; name: string; action: string };

/**
 * A button is a virsh command: the action becomes its virsh line, which runs through the
 * console exactly as if typed, so the answer carries the real tool's output.
 */
export const actionHandlers = [
  http.post<ActionParams>('*/api/hosts/:host/domains/:name/actions/:action', ({ params, request }) =>
    withLab(async (lab, now) => {
      const h = findHost(lab.world, params.host);
      if (!h) return notFound(`no host '${params.host}'`);
      if (!domainByName(h, params.name))
        return notFound(`Domain not found: no domain with matching name '${params.name}'`);
      if (!isDomainAction(params.action)) return badRequest(`unknown action '${params.action}'`);
      const body = await jsonBody(request);
      if (!body) return badRequest("the body must be a JSON object of the action's arguments");
      const argv = virshArgv(params.action, params.name, body as ActionArgs);
      if (!argv.ok) return badRequest(argv.message);
      const run = runLine(lab, {
        host: h.name,
        line: commandLine('virsh', argv.argv),
        now,
        source: 'button',
        domain: params.name,
      });
      store().commit(run.lab);
      lessonStore().observe(run.lab.world, run.transcript.time, run.transcript);
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
