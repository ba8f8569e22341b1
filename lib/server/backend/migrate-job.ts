import type { ApiJob, ApiJobProgress, ApiMigrationJob, MigrateArgs, Transcript } from '@/lib/api/contract';
import { failureOf } from '@/lib/api/failure';
import { byteFigure, figure, parseDomjobinfo } from '@/lib/shell/virsh/parse/jobinfo';
import { type Answer, runVirsh } from './actions';
import type { Connection } from './connections';
import type { Backend } from './context';
import { driverLimit } from './limits';
import { readDomain } from './read';

/** A migration this server started: what was asked and when; once it ended, virsh's answer and the figures. */
export interface StartedMigration {
  args: MigrateArgs;
  startedAt: number;
  target: string;
  line: string;
  ended?: Transcript;
  last?: ApiJob['last'];
}
/** Migrations this server started, per `host\0domain`. */
export const started = new Map<string, StartedMigration>();
export const key = (c: Connection, name: string) => `${c.name}\0${name}`;

const progressOf = (f: Record<string, string>, done: boolean): ApiJobProgress => {
  const mib = (k: string) => byteFigure(f[k]) ?? 0;
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
    memory_iteration: figure(f.Iteration) ?? 0,
    downtime: figure(f['Expected downtime']) ?? figure(f['Total downtime']) ?? 0,
    paused: false,
    done,
    phase: done ? 'completed' : 'live',
  };
};

/** `domjobinfo --completed` on a host; `--keep-completed`, or libvirt forgets the figures once read. */
const completedOn = async (c: Connection, name: string) => {
  const info = parseDomjobinfo(
    (await c.virsh.run(['domjobinfo', '--completed', '--keep-completed', '--domain', name])).stdout,
  );
  return info?.type === 'Completed' ? info.fields : null;
};

/**
 * How our migration ended, read once as it ends: virsh's error, or the completed job's figures —
 * from the source, or from the target when the source no longer has the domain (a transient guest
 * migrated away is gone there; the target keeps the incoming job's figures).
 */
export async function lastJob(
  c: Connection,
  target: Connection | undefined,
  name: string,
  ended: Transcript,
): Promise<ApiJob['last']> {
  if (ended.status !== 0) return { kind: 'migration', stats: { result: 'failed', reason: failureOf(ended).message } };
  const f = (await completedOn(c, name)) ?? (target && (await completedOn(target, name))) ?? {};
  const { paused: _p, done: _d, phase: _ph, ...figures } = progressOf(f, true);
  return {
    kind: 'migration',
    stats: {
      ...figures,
      result: 'completed',
      rounds: figures.memory_iteration,
      transferred_mib: Math.round((figures.data_processed / 1048576) * 10) / 10,
      total_time_ms: figure(f['Time elapsed']) ?? 0,
      downtime_ms: figure(f['Total downtime']) ?? 0,
    },
  };
}

/** `virsh domjobinfo` as the job panel reads it; the test driver has none (no job can run there). */
export async function jobOf(c: Connection, name: string): Promise<ApiJob> {
  if (driverLimit(c.driver, 'migrate')) return { active: null, last: null };
  const ours = started.get(key(c, name));
  const info = parseDomjobinfo((await c.virsh.run(['domjobinfo', '--domain', name])).stdout);
  const last = ours?.ended ? (ours.last ?? null) : null;
  // Ours and not ended is a job, even before libvirt reports one (virsh is still connecting to the
  // target): the page polls an active job until it ends, and then repaints the domain.
  if (!ours || ours.ended) return { active: null, last };
  const active: ApiMigrationJob = {
    kind: 'migration',
    startedAt: ours.startedAt,
    line: ours.line,
    targetHost: ours.target,
    source: c.name,
    domain: name,
    mode: ours.args.offline ? 'offline' : ours.args.live ? 'live' : 'offline',
    policy: 'qemu',
    args: ours.args,
    workload: { policy: 'qemu', memoryMib: 0, dirtyRateMibps: 0, wwsMib: 0, bandwidthMibps: 0 },
    now: Date.now(),
    progress: progressOf(info?.type === 'None' ? {} : (info?.fields ?? {}), false),
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
  return { ok: true, value: { transcript, job: await jobOf(c, name), domain: await readDomain(c, name, b.log) } };
}
