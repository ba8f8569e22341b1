import type {
  ApiJob,
  ApiJobProgress,
  ApiMigrationJob,
  MigrateArgs,
  MigrateCheckResult,
  MigrateStarted,
  Transcript,
} from '@/lib/api/contract';
import { failureOf } from '@/lib/api/failure';
import { migrateArgv } from '@/lib/api/migrate-command';
import { commandLine } from '@/lib/shell/equivalents';
import { parseDominfo } from '@/lib/shell/virsh/parse/domain';
import { figure, parseDomjobinfo } from '@/lib/shell/virsh/parse/jobinfo';
import { oneShotVirsh } from '../virsh/one-shot';
import { type Answer, runVirsh } from './actions';
import type { Connection } from './connections';
import { type Backend, connectionOf } from './context';
import { driverLimit } from './limits';
import { readDomain } from './read';

/** Migrations this server started, per `host\0domain`: what was asked and when. */
const started = new Map<string, { args: MigrateArgs; startedAt: number; target: string; ended?: Transcript }>();
const key = (c: Connection, name: string) => `${c.name}\0${name}`;

type Prepared = Answer<{ target: Connection; argv: string[] }>;

function prepare(b: Backend, c: Connection, name: string, args: MigrateArgs): Prepared {
  const target = connectionOf(b, args.target);
  if (!target) return { ok: false, status: 404, code: 'NOT_FOUND', message: `no host '${args.target.slice(0, 48)}'` };
  if (args.tool === 'xm') return { ok: false, status: 400, code: 'BAD_REQUEST', message: 'xm runs on Xen hosts only' };
  const cmd = migrateArgv(name, args, { uri: target.uri, hostname: target.name });
  if (!cmd.ok) return { ok: false, status: 400, code: 'BAD_REQUEST', message: cmd.message };
  return { ok: true, value: { target, argv: cmd.argv } };
}

/** What the driver answers when asked about jobs: on the test driver, libvirt's own refusal. */
async function jobRefusal(b: Backend, c: Connection, name: string): Promise<Transcript | null> {
  if (!driverLimit(c.driver, 'migrate')) return null;
  return runVirsh(b, c, ['domjobinfo', '--domain', name], 'button', name);
}

export async function checkMigration(
  b: Backend,
  c: Connection,
  name: string,
  args: MigrateArgs,
): Promise<Answer<MigrateCheckResult>> {
  const p = prepare(b, c, name, args);
  if (!p.ok) return p;
  const refused = await jobRefusal(b, c, name);
  const info = parseDominfo((await c.virsh.run(['dominfo', '--domain', name])).stdout);
  const refusal = refused ? driverLimit(c.driver, 'migrate') : null;
  return {
    ok: true,
    value: {
      ok: !refusal,
      checks: [
        {
          id: 'driver',
          label: 'The driver migrates',
          ok: !refusal,
          detail: refused ? failureOf(refused).message : c.driver,
        },
        { id: 'target', label: 'Another host', ok: p.value.target !== c, detail: p.value.target.uri },
      ],
      command: { tool: 'virsh', line: commandLine('virsh', p.value.argv) },
      refusal,
      estimate: null,
      workload: {
        policy: 'qemu',
        memoryMib: Math.round((info?.maxMemoryKiB ?? 0) / 1024),
        dirtyRateMibps: 0,
        wwsMib: 0,
        bandwidthMibps: 0,
      },
    },
  };
}

/**
 * `virsh migrate …` in the background (its own virsh, as long as it takes); the answer comes at
 * once and the UI polls the job (`virsh domjobinfo`). On the test driver libvirt's refusal instead.
 */
export async function startMigration(
  b: Backend,
  c: Connection,
  name: string,
  args: MigrateArgs,
): Promise<Answer<MigrateStarted>> {
  const p = prepare(b, c, name, args);
  if (!p.ok) return p;
  const refused = await jobRefusal(b, c, name);
  if (refused)
    return {
      ok: false,
      status: 409,
      code: 'NO_SUPPORT',
      message: driverLimit(c.driver, 'migrate')!,
      transcript: refused,
    };
  const startedAt = Date.now();
  const line = commandLine('virsh', p.value.argv);
  const job = { args, startedAt, target: p.value.target.name, ended: undefined as Transcript | undefined };
  started.set(key(c, name), job);
  const long = { ...c, virsh: oneShotVirsh({ uri: c.uri, readonly: b.readonly, timeoutMs: 24 * 3600_000 }) };
  void runVirsh(b, long, p.value.argv, 'button', name).then((t) => (job.ended = t));
  const transcript: Transcript = {
    seq: b.log.seq,
    time: startedAt,
    host: c.name,
    cwd: '/root',
    line,
    stdout: '',
    stderr: '',
    status: 0,
    source: 'button',
    domain: name,
  };
  return { ok: true, value: { transcript, job: await jobOf(b, c, name), domain: await readDomain(c, name, b.log) } };
}

const progressOf = (f: Record<string, string>, done: boolean): ApiJobProgress => {
  const mib = (k: string) => Math.round((figure(f[k]) ?? 0) * 1024 * 1024);
  return {
    time_elapsed: figure(f['Time elapsed']) ?? 0,
    data_total: mib('Data total'),
    data_processed: mib('Data processed'),
    data_remaining: mib('Data remaining'),
    memory_total: mib('Memory total'),
    memory_processed: mib('Memory processed'),
    memory_remaining: mib('Memory remaining'),
    memory_bps: mib('Memory bandwidth'),
    memory_dirty_rate: figure(f['Dirty rate']) ?? 0,
    memory_page_size: figure(f['Page size']) ?? 4096,
    memory_iteration: figure(f['Iteration']) ?? 0,
    downtime: figure(f['Expected downtime']) ?? figure(f['Total downtime']) ?? 0,
    paused: false,
    done,
    phase: done ? 'completed' : 'live',
  };
};

/** How our migration ended: `domjobinfo --completed`'s figures, or virsh's error. */
async function lastJob(c: Connection, name: string, ended: Transcript): Promise<ApiJob['last']> {
  if (ended.status !== 0) return { kind: 'migration', stats: { result: 'failed', reason: failureOf(ended).message } };
  const f = parseDomjobinfo((await c.virsh.run(['domjobinfo', '--completed', '--domain', name])).stdout)?.fields ?? {};
  const { paused: _p, done: _d, phase: _ph, ...figures } = progressOf(f, true);
  return {
    kind: 'migration',
    stats: {
      ...figures,
      result: 'completed',
      rounds: figures.memory_iteration,
      transferred_mib: Math.round(figures.data_processed / 1048576),
      total_time_ms: figure(f['Time elapsed']) ?? 0,
      downtime_ms: figure(f['Total downtime']) ?? 0,
    },
  };
}

/** `virsh domjobinfo` as the job panel reads it; the test driver has none (no job can run there). */
export async function jobOf(b: Backend, c: Connection, name: string): Promise<ApiJob> {
  if (driverLimit(c.driver, 'migrate')) return { active: null, last: null };
  const ours = started.get(key(c, name));
  const info = parseDomjobinfo((await c.virsh.run(['domjobinfo', '--domain', name])).stdout);
  const last = ours?.ended ? await lastJob(c, name, ours.ended) : null;
  if (!info || info.type === 'None' || !ours || ours.ended) return { active: null, last };
  const active: ApiMigrationJob = {
    kind: 'migration',
    startedAt: ours.startedAt,
    targetHost: ours.target,
    source: c.name,
    domain: name,
    mode: ours.args.offline ? 'offline' : ours.args.live ? 'live' : 'offline',
    policy: 'qemu',
    args: ours.args,
    workload: { policy: 'qemu', memoryMib: 0, dirtyRateMibps: 0, wwsMib: 0, bandwidthMibps: 0 },
    now: Date.now(),
    progress: progressOf(info.fields, false),
    endsAt: null,
    plan: {
      total_time_s: 0,
      downtime_ms: 0,
      rounds: 0,
      transferred_mib: 0,
      converged: false,
      stop_reason: 'real libvirt: no model',
      round_log: [],
    },
  };
  return { active, last };
}

export async function abortJob(
  b: Backend,
  c: Connection,
  name: string,
): Promise<Answer<{ transcript: Transcript; job: ApiJob; domain: Awaited<ReturnType<typeof readDomain>> }>> {
  const transcript = await runVirsh(b, c, ['domjobabort', '--domain', name], 'button', name);
  if (transcript.status !== 0) return { ok: false, status: 409, ...failureOf(transcript), transcript };
  return { ok: true, value: { transcript, job: await jobOf(b, c, name), domain: await readDomain(c, name, b.log) } };
}
