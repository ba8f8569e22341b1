import { http, HttpResponse } from 'msw';
import type { MigrateArgs, MigrateCheckResult, MigrateStarted, MigrateTool } from '@/lib/api/contract';
import { argsFromQuery, migrateArgv } from '@/lib/api/migrate-command';
import { domainParams, migrateArgs } from '@/lib/api/schemas/requests';
import { commandLine } from '@/lib/shell/command-line';
import type { Domain, Host } from '@/lib/sim/types';
import { domainByName, findHost } from '@/lib/sim/world';
import { badRequest, noDomain, noHost, parse, type Parsed, problem, readJson, withLab, withShell } from '../http';
import { toDomain } from '../map';
import { toJob } from '../map-job';
import { lessonStore } from '../lessons';
import { failureOf } from '@/lib/api/failure';
import { store } from '../store';
import type { Lab } from '../store';

type Params = { host: string; name: string };

/** Host, domain, arguments and the command line, or the 4xx that says which is wrong. */
type Prepared =
  | { ok: true; h: Host; d: Domain; args: MigrateArgs; line: string; tool: MigrateTool }
  | { ok: false; error: Response };

function prepare(lab: Lab, params: Params, parsed: Parsed<MigrateArgs>): Prepared {
  const p = parse(domainParams, params);
  if (!p.ok) return p;
  const h = findHost(lab.world, params.host);
  if (!h) return { ok: false, error: noHost(params.host) };
  const d = domainByName(h, params.name);
  if (!d) return { ok: false, error: noDomain(params.name) };
  if (!parsed.ok) return parsed;
  const args = parsed.value;
  const target = findHost(lab.world, args.target);
  if (!target) return { ok: false, error: noHost(args.target) };
  if ((args.tool === 'xm' || args.tool === 'xl') && !h.xen)
    return { ok: false, error: badRequest(`${args.tool} runs on Xen hosts only`) };
  const cmd = migrateArgv(params.name, args, target);
  if (!cmd.ok) return { ok: false, error: badRequest(cmd.message) };
  return { ok: true, h, d, args, line: commandLine(cmd.tool, cmd.argv), tool: cmd.tool };
}

/**
 * Migration through the API. A button is still a command (`virsh migrate ...`, or `xm migrate`
 * on a Xen host), run through the console, but in the background: the answer comes at once
 * and the UI watches the job (GET .../job) while the lab clock moves it.
 */
export const migrateHandlers = [
  http.post<Params>('*/api/hosts/:host/domains/:name/migrate', ({ params, request }) =>
    withShell(async (lab, now, runLine) => {
      const p = prepare(lab, params, await readJson(request, migrateArgs));
      if (!p.ok) return p.error;
      const run = runLine(lab, {
        host: p.h.name,
        line: p.line,
        now,
        source: 'button',
        domain: params.name,
        background: true,
      });
      store().commit(run.lab);
      lessonStore().observe(run.lab.world, now, run.transcript, run.between);
      if (run.transcript.status !== 0) {
        const f = failureOf(run.transcript);
        return problem(409, f.code, f.message, { transcript: run.transcript });
      }
      const after = findHost(run.lab.world, p.h.name)!;
      const d = domainByName(after, params.name);
      const job = d ? toJob(after, d, now, run.lab.journal) : { active: null, last: null };
      return HttpResponse.json<MigrateStarted>(
        { transcript: run.transcript, job, domain: d ? toDomain(after, d, run.lab.transitions) : null },
        { status: 202 },
      );
    }),
  ),

  /** Each precondition with ✓/✗, the command, and what it would answer — on a copy; nothing changes. */
  http.get<Params>('*/api/hosts/:host/domains/:name/migrate/check', ({ params, request }) =>
    import('../migrate-preview').then(({ migrationPreview }) =>
      withLab((lab, now) => {
        const p = prepare(lab, params, parse(migrateArgs, argsFromQuery(new URL(request.url).searchParams)));
        if (!p.ok) return p.error;
        return HttpResponse.json<MigrateCheckResult>(migrationPreview(lab, p, now));
      }),
    ),
  ),
];
