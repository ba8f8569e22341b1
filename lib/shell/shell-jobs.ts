import { advanceJobs, migrationEndsAt } from '../sim/ops/migrate/advance';
import { migrationJobOf } from '../sim/ops/migrate/jobs';
import type { Host, ShellJob, World } from '../sim/types';
import { currentDef, domainByUuid, findHost, updateHost } from '../sim/world';
import { migrationEndWords, type MigratingTool } from './migration-end';

/**
 * bash's job control at a lab host's console (decision 050): `cmd &` starts a job (`[1] 4301`); a
 * migration's tool (xl/xm/virsh migrate) keeps it running until the world's migration job ends, any
 * other command has exited at once. bash prints the Done line before the prompt after the one the
 * job ended during (never on the line that started it); `jobs`, `fg`, `wait` and `bg` answer as bash.
 */
type Table = { jobs: ShellJob[]; lastPid: number };
type Out = { world: World; stdout: string; stderr: string };

const tableOf = (h: Host): Table => h.shell ?? { jobs: [], lastPid: 4300 };
const withTable = (w: World, host: string, t: Table) => updateHost(w, host, (x) => ({ ...x, shell: t }));
const MIGRATING: readonly string[] = ['virsh', 'xl', 'xm'];

/** Records the and-or list just run in the background as a job: bash's `[n] pid` line comes first. */
export function startJob(
  before: World,
  after: World,
  host: string,
  job: { text: string; tools: string[]; status: number },
) {
  const was = findHost(before, host)!;
  const h = findHost(after, host)!;
  const moving = h.domains.find((d) => migrationJobOf(d) && !migrationJobOf(domainByUuid(was, d.uuid) ?? d));
  const tool = job.tools.find((t) => MIGRATING.includes(t)) as MigratingTool | undefined;
  const t = tableOf(h);
  const n = Math.max(0, ...t.jobs.map((j) => j.n)) + 1;
  const pid = t.lastPid + 1;
  const entry: ShellJob =
    moving && tool
      ? {
          n,
          pid,
          text: job.text,
          waitsFor: { uuid: moving.uuid, tool, ...(moving.id !== null && { domid: moving.id }) },
        }
      : { n, pid, text: job.text };
  if (!entry.waitsFor) entry.status = job.status;
  return { world: withTable(after, host, { jobs: [...t.jobs, entry], lastPid: pid }), line: `[${n}] ${pid}\n` };
}

/** Jobs whose migration has ended by the world's time: their tool's last words, printed as they come. */
export function settleJobs(world: World, host: string): Out {
  const h = findHost(world, host)!;
  const t = tableOf(h);
  let stdout = '';
  let stderr = '';
  const jobs = t.jobs.map((j) => {
    if (j.status !== undefined || !j.waitsFor) return j;
    const d = domainByUuid(h, j.waitsFor.uuid);
    if (d && migrationJobOf(d)) return j;
    const hvm = d ? currentDef(d).osType === 'hvm' : false;
    const end = migrationEndWords(j.waitsFor.tool, h.driver, d?.lastJob, {
      domid: j.waitsFor.domid ?? d?.id ?? 0,
      hvm,
    });
    stdout += end.stdout;
    stderr += end.stderr;
    return { ...j, status: end.status };
  });
  return h.shell ? { world: withTable(world, host, { ...t, jobs }), stdout, stderr } : { world, stdout, stderr };
}

const mark = (jobs: ShellJob[], j: ShellJob) => {
  const k = jobs.length - 1 - jobs.indexOf(j);
  return k === 0 ? '+' : k === 1 ? '-' : ' ';
};
const statusWord = (j: ShellJob) => (j.status === undefined ? 'Running' : j.status === 0 ? 'Done' : `Exit ${j.status}`);

/** `[1]+  Running                 xl migrate pv-app xen1 &`, as bash's pretty_print_job (with -l, the pid). */
export function jobLine(jobs: ShellJob[], j: ShellJob, long = false): string {
  const head = `[${j.n}]${mark(jobs, j)}${long ? ` ${j.pid} ` : '  '}`;
  return `${head}${statusWord(j).padEnd(24)}${j.text}${j.status === undefined ? ' &' : ''}\n`;
}

/** The Done lines bash prints before its next prompt; those jobs leave the table. `keep`: started by this line. */
export function notifyJobs(world: World, host: string, keep: readonly number[]): { world: World; text: string } {
  const h = findHost(world, host)!;
  const t = tableOf(h);
  const ended = t.jobs.filter((j) => j.status !== undefined && !keep.includes(j.n));
  if (!ended.length) return { world, text: '' };
  const text = ended.map((j) => jobLine(t.jobs, j)).join('');
  return { world: withTable(world, host, { ...t, jobs: t.jobs.filter((j) => !ended.includes(j)) }), text };
}

/**
 * Waits for a job as `fg` and `wait` do: the world moves to its migration's end. A migration that
 * never ends would hold the terminal until Ctrl+C; the console cannot block, so it says so.
 */
export function waitForJob(world: World, host: string, j: ShellJob): Out & { status: number | null } {
  const d = j.waitsFor && domainByUuid(findHost(world, host)!, j.waitsFor.uuid);
  if (!d || j.status !== undefined) return { ...settleJobs(world, host), status: j.status ?? 0 };
  const end = migrationEndsAt(d);
  if (end === null)
    return {
      world,
      stdout: '',
      stderr: `virtlab: bash would wait here until Ctrl+C: the migration of ${currentDef(d).name} never ends\n`,
      status: null,
    };
  const settled = settleJobs(advanceJobs(world, end + 1).world, host);
  const after = tableOf(findHost(settled.world, host)!).jobs.find((x) => x.n === j.n);
  return { ...settled, status: after?.status ?? 0 };
}
