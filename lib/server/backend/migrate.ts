import type { MigrateArgs, MigrateCheckResult, MigrateStarted, MigrationCheck, Transcript } from '@/lib/api/contract';
import { CHECK_LABELS } from '@/lib/shell/migrate-check-text';
import { failureOf } from '@/lib/api/failure';
import { migrateArgv } from '@/lib/api/migrate-command';
import { commandLine } from '@/lib/shell/command-line';
import { parseDominfo } from '@/lib/shell/virsh/parse/domain';
import { oneShotVirsh } from '../virsh/one-shot';
import { jobOf, key, lastJob, type StartedMigration, started } from './migrate-job';
import { type Answer, runVirsh } from './actions';
import type { Connection } from './connections';
import { type Backend, connectionOf } from './context';
import { driverLimit } from './limits';
import { readDomain } from './read';

type Prepared = Answer<{ target: Connection; argv: string[] }>;

function prepare(b: Backend, name: string, args: MigrateArgs): Prepared {
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
  const p = prepare(b, name, args);
  if (!p.ok) return p;
  const refused = await jobRefusal(b, c, name);
  const info = parseDominfo((await c.virsh.run(['dominfo', '--domain', name])).stdout);
  const refusal = refused ? driverLimit(c.driver, 'migrate') : null;
  return {
    ok: true,
    value: {
      ok: !refusal,
      checks: [
        verbatim('driver', 'driver', !refusal, refused ? failureOf(refused).message : c.driver),
        verbatim('target', 'anotherHost', p.value.target !== c, p.value.target.uri),
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
  const p = prepare(b, name, args);
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
  const job: StartedMigration = { args, startedAt, target: p.value.target.name, line };
  started.set(key(c, name), job);
  const long = { ...c, virsh: oneShotVirsh({ uri: c.uri, readonly: b.readonly, timeoutMs: 24 * 3600_000 }) };
  void runVirsh(b, long, p.value.argv, 'button', name).then(async (t) => {
    job.last = await lastJob(c, p.value.target, name, t);
    job.ended = t;
  });
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
  return { ok: true, value: { transcript, job: await jobOf(c, name), domain: await readDomain(c, name, b.log) } };
}

/** A check whose detail is libvirt's own text (an error, a driver's name, a URI): never translated. */
const verbatim = (id: string, labelCode: 'driver' | 'anotherHost', ok: boolean, detail: string): MigrationCheck => ({
  id,
  label: CHECK_LABELS[labelCode],
  labelCode,
  ok,
  detail,
  reasons: [{ code: 'libvirt', values: { message: detail } }],
});
