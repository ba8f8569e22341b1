import { http, HttpResponse } from 'msw';
import type { ApiJob, LabClock, MigrateStarted } from '@/lib/api/contract';
import { migrationCutLink } from '@/lib/sim/ops/network';
import { migrationEndsAt } from '@/lib/sim/ops/migrate/advance';
import type { Domain, Host } from '@/lib/sim/types';
import { domainByName, findHost } from '@/lib/sim/world';
import { advanceLab } from '../advance';
import { clock } from '../clock';
import { commandLine } from '@/lib/shell/command-line';
import { noFields } from '@/lib/api/schemas/fields';
import { clockRequest, domainParams } from '@/lib/api/schemas/requests';
import { commitMoved, noDomain, noHost, parse, problem, readJson, withLab, withShell } from '../http';
import { toDomain, toEvent } from '../map';
import { toJob } from '../map-job';
import { lessonStore } from '../lessons';
import { failureOf } from '@/lib/api/failure';
import { store, type Lab } from '../store';

export type Params = { host: string; name: string };

type Found = { ok: true; h: Host; d: Domain } | { ok: false; error: Response };

function find(lab: Lab, params: Params): Found {
  const p = parse(domainParams, params);
  if (!p.ok) return p;
  const h = findHost(lab.world, params.host);
  if (!h) return { ok: false, error: noHost(params.host) };
  const d = domainByName(h, params.name);
  if (!d) return { ok: false, error: noDomain(params.name) };
  return { ok: true, h, d };
}

/** A command with no arguments: the domain, and a body that is empty or `{}`. */
export async function findForCommand(lab: Lab, params: Params, request: Request): Promise<Found> {
  const f = find(lab, params);
  if (!f.ok) return f;
  const body = await readJson(request, noFields);
  return body.ok ? f : body;
}

const noJob = () =>
  problem(409, 'OPERATION_INVALID', 'Requested operation is not valid: no job is active on the domain');

export const jobHandlers = [
  /** The domain's job as `virsh domjobinfo` sees it now: figures, plan, and the last job that ended. */
  http.get<Params>('*/api/hosts/:host/domains/:name/job', ({ params }) =>
    withLab((lab, now) => {
      const f = find(lab, params);
      return !f.ok ? f.error : HttpResponse.json<ApiJob>(toJob(f.h, f.d, now, lab.journal));
    }),
  ),

  /** Cancel: `virsh domjobabort NAME`, a button like any other. */
  http.delete<Params>('*/api/hosts/:host/domains/:name/job', ({ params, request }) =>
    withShell(async (lab, now, runLine) => {
      const f = await findForCommand(lab, params, request);
      if (!f.ok) return f.error;
      const run = runLine(lab, {
        host: f.h.name,
        line: commandLine('virsh', ['domjobabort', params.name]),
        now,
        source: 'button',
        domain: params.name,
      });
      store().commit(run.lab);
      lessonStore().observe(run.lab.world, now, run.transcript, run.between);
      if (run.transcript.status !== 0) {
        const e = failureOf(run.transcript);
        return problem(409, e.code, e.message, { transcript: run.transcript });
      }
      const after = findHost(run.lab.world, f.h.name)!;
      const d = domainByName(after, params.name)!;
      return HttpResponse.json<MigrateStarted>({
        transcript: run.transcript,
        job: toJob(after, d, now, run.lab.journal),
        domain: toDomain(after, d, run.lab.transitions),
      });
    }),
  ),

  /** Failure injection: the link under this migration breaks now. Not a command; the event log shows the failed job. */
  http.post<Params>('*/api/hosts/:host/domains/:name/job/cut', ({ params, request }) =>
    withLab(async (lab, now) => {
      const f = await findForCommand(lab, params, request);
      if (!f.ok) return f.error;
      const cut = migrationCutLink({ world: lab.world, host: f.h.name, now }, f.d.uuid);
      if (!cut.ok) return noJob();
      store().commit({ ...lab, world: cut.value.world });
      const d = domainByName(findHost(cut.value.world, f.h.name)!, params.name)!;
      return HttpResponse.json({ job: toJob(f.h, d, now, lab.journal), events: cut.value.events.map(toEvent) });
    }),
  ),

  /** Fast-forward: the lab clock jumps to this job's end (every other job and guest moves on as far). */
  http.post<Params>('*/api/hosts/:host/domains/:name/job/skip', ({ params, request }) =>
    withLab(async (lab) => {
      const f = await findForCommand(lab, params, request);
      if (!f.ok) return f.error;
      if (f.d.job?.kind !== 'migration') return noJob(); // the destination's side ends with the source's job
      const end = migrationEndsAt(f.d);
      if (end === null) {
        return problem(
          409,
          'OPERATION_INVALID',
          'Requested operation is not valid: this migration never converges; only a cancel, --timeout, --auto-converge or --postcopy would end it',
        );
      }
      clock().skipTo(end + 1);
      commitMoved(advanceLab(lab, clock().now()), clock().now());
      return HttpResponse.json<LabClock>({ now: clock().now(), rate: clock().rate() });
    }),
  ),

  http.get('*/api/lab/clock', () => withLab((_lab, now) => HttpResponse.json<LabClock>({ now, rate: clock().rate() }))),

  /** How fast simulated time runs: 1× (the wall clock) to 100×; it drops back to 1× once no job runs. */
  http.put('*/api/lab/clock', ({ request }) =>
    withLab(async () => {
      const body = await readJson(request, clockRequest);
      if (!body.ok) return body.error;
      clock().setRate(body.value.rate);
      return HttpResponse.json<LabClock>({ now: clock().now(), rate: clock().rate() });
    }),
  ),
];
