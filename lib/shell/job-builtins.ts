import type { ShellJob, World } from '../sim/types';
import { findHost, updateHost } from '../sim/world';
import { jobLine, settleJobs, waitForJob } from './shell-jobs';

/** What a builtin answers; `world` when it changed the lab (the job table, or time moved by a wait). */
export type BuiltinRan = { stdout: string; stderr: string; status: number; world?: World };

export const JOB_BUILTINS = ['jobs', 'fg', 'bg', 'wait', 'kill', 'disown'] as const;

const fail = (name: string, text: string, status = 1): BuiltinRan => ({
  stdout: '',
  stderr: `-bash: ${name}: ${text}\n`,
  status,
});

/** A jobspec (`%1`, `%%`, `%+`, `%-`, or none: the current job) in the table, as bash's get_job_spec reads it. */
function pick(jobs: ShellJob[], spec: string | undefined): ShellJob | undefined {
  if (spec === undefined || spec === '%%' || spec === '%+' || spec === '%') return jobs[jobs.length - 1];
  if (spec === '%-') return jobs[jobs.length - 2];
  const n = /^%(\d+)$/.exec(spec);
  return n ? jobs.find((j) => j.n === Number(n[1])) : undefined;
}

/** bash's jobs, fg, bg and wait over the host's job table; kill and disown are refused (not simulated). */
export function jobBuiltin(name: string, argv: string[], world: World, host: string): BuiltinRan {
  const jobs = findHost(world, host)!.shell?.jobs ?? [];
  const forget = (w: World, j: ShellJob) =>
    updateHost(w, host, (x) => ({ ...x, shell: { ...x.shell!, jobs: x.shell!.jobs.filter((y) => y.n !== j.n) } }));
  if (name === 'kill' || name === 'disown')
    return fail(name, 'signals and disowned jobs are not simulated by VirtLab (wait for the job, or fg it)');
  if (name === 'jobs') {
    const flags = argv.filter((a) => a.startsWith('-'));
    const bad = flags
      .join('')
      .replace(/-/g, '')
      .replace(/[lnprs]/g, '');
    if (bad)
      return {
        stdout: '',
        stderr: `-bash: jobs: -${bad[0]}: invalid option\njobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n`,
        status: 2,
      };
    const specs = argv.filter((a) => !a.startsWith('-'));
    const shown = specs.length ? specs.map((s) => pick(jobs, s)) : jobs;
    const missing = specs.find((_s, k) => !shown[k]);
    if (missing) return fail('jobs', `${missing}: no such job`);
    const all = flags.join('');
    const list = (shown as ShellJob[]).filter(
      (j) => !(all.includes('r') && j.status !== undefined) && !(all.includes('s') && j.status === undefined),
    );
    const stdout = list.map((j) => (all.includes('p') ? `${j.pid}\n` : jobLine(jobs, j, all.includes('l')))).join('');
    // bash forgets the jobs whose end it has just shown.
    const w = list.filter((j) => j.status !== undefined).reduce(forget, world);
    return { stdout, stderr: '', status: 0, world: w };
  }
  const spec = argv[0];
  const j = pick(jobs, spec);
  if (name === 'bg') {
    if (!j) return fail('bg', `${spec ?? 'current'}: no such job`);
    return j.status === undefined
      ? fail('bg', `job ${j.n} already in background`, 0)
      : fail('bg', 'job has terminated');
  }
  if (name === 'fg') {
    if (!j) return fail('fg', `${spec ?? 'current'}: no such job`);
    if (j.status !== undefined) return fail('fg', 'job has terminated');
    const r = waitForJob(world, host, j);
    if (r.status === null) return { stdout: `${j.text}\n`, stderr: r.stderr, status: 130, world: r.world };
    // In the foreground the job is the shell's again: no Done line follows.
    return { stdout: `${j.text}\n${r.stdout}`, stderr: r.stderr, status: r.status, world: forget(r.world, j) };
  }
  // wait: for the jobs named (a jobspec or a pid), or all of them; their Done lines follow at the prompt.
  let w = world;
  let status = 0;
  let stdout = '';
  let stderr = '';
  for (const a of argv.length ? argv : jobs.map((x) => `%${x.n}`)) {
    const table = findHost(w, host)!.shell?.jobs ?? [];
    const target = /^\d+$/.test(a) ? table.find((x) => x.pid === Number(a)) : pick(table, a);
    if (!target) {
      stderr += `-bash: wait: ${/^\d+$/.test(a) ? `pid ${a} is not a child of this shell` : `${a}: no such job`}\n`;
      status = 127;
      continue;
    }
    const r = waitForJob(w, host, target);
    stdout += r.stdout;
    stderr += r.stderr;
    w = r.world;
    if (r.status === null) return { stdout, stderr, status: 130, world: w };
    status = argv.length ? r.status : 0;
  }
  return { stdout, stderr, status, world: settleJobs(w, host).world };
}
