import type { ApiCompletedJob, ApiJob, ApiMigrationJob, MigrateArgs, Transcript } from '@/lib/api/contract';
import { failedJobWords } from '@/lib/shell/migration-end';
import { migrationEndsAt, migrationProgress } from '@/lib/sim/ops/migrate/advance';
import { migrationJobOf } from '@/lib/sim/ops/migrate/jobs';
import { xenMigrationStage } from '@/lib/sim/ops/migrate/switchover';
import { arrivingXen, leavingXen } from '@/lib/shell/xen/migration-names';
import type { Domain, Host, OutgoingMigrationJob } from '@/lib/sim/types';
import { currentDef } from '@/lib/sim/world';

/** Enough rounds to draw; a job that never converges has up to 10,000 in its plan. */
const ROUNDS_SHOWN = 60;

/** The simulator's request in the API's words (the dialog's flags). */
function argsOf(job: OutgoingMigrationJob): MigrateArgs {
  const r = job.request;
  const a: MigrateArgs = { target: r.target };
  if (r.live) a.live = true;
  if (r.offline) a.offline = true;
  if (r.persistent) a.persistent = true;
  if (r.undefineSource) a.undefinesource = true;
  if (r.suspend) a.suspend = true;
  if (r.timeoutS) a.timeout = r.timeoutS;
  if (r.autoConverge) a.autoConverge = true;
  if (r.postcopy) a.postcopy = true;
  if (r.bandwidthMibps) a.bandwidth = r.bandwidthMibps;
  return a;
}

/** The last line run on `host` that migrates `name` (virsh migrate … NAME …, xm migrate … NAME HOST). */
function migrateLine(journal: readonly Transcript[], host: string, name: string): string | null {
  for (let i = journal.length - 1; i >= 0; i--) {
    const t = journal[i];
    const words = t.line.trim().split(/\s+/);
    if (t.host === host && /^(virsh|xm|xl)$/.test(words[0]) && words.includes('migrate') && words.includes(name))
      return t.line;
  }
  return null;
}

/** Where a Xen job stands, and the names xl lists the guest by on each host (lib/shell/xen/migration-names.ts). */
function xenNames(d: Domain, job: OutgoingMigrationJob, now: number): Pick<ApiMigrationJob, 'xen'> {
  const stage = xenMigrationStage(d, now);
  if (!stage) return {};
  const name = currentDef(d).name;
  return {
    xen: { stage, sourceName: leavingXen(d, now).name ?? name, targetName: arrivingXen(d, job, now).name },
  };
}

function activeJob(h: Host, d: Domain, now: number, journal: readonly Transcript[]): ApiMigrationJob | null {
  const job = migrationJobOf(d);
  if (!job) return null;
  const { round_log, ...plan } = job.plan;
  return {
    kind: 'migration',
    startedAt: job.startedAt,
    targetHost: job.targetHost,
    source: h.name,
    domain: currentDef(d).name,
    mode: job.params.mode,
    policy: job.params.policy,
    args: argsOf(job),
    line: migrateLine(journal, h.name, currentDef(d).name),
    workload: {
      policy: job.params.policy,
      memoryMib: job.params.memoryMib,
      dirtyRateMibps: job.params.dirtyRateMibps ?? 0,
      wwsMib: job.params.wwsMib ?? job.params.memoryMib,
      bandwidthMibps: job.params.bandwidthMibps,
    },
    now,
    progress: migrationProgress(d, now)!,
    endsAt: migrationEndsAt(d),
    ...(job.postcopyFailedAtS !== undefined ? { postcopyFailed: true } : {}),
    ...xenNames(d, job, now),
    plan: {
      total_time_s: plan.total_time_s,
      downtime_ms: plan.downtime_ms,
      rounds: plan.rounds,
      transferred_mib: plan.transferred_mib,
      converged: plan.converged,
      stop_reason: plan.stop_reason,
      round_log: round_log.slice(0, ROUNDS_SHOWN).map((r) => ({
        round: r.round,
        start_s: r.start_s,
        duration_s: r.duration_s,
        sent_mib: r.sent_mib,
        phase: r.phase,
      })),
    },
  };
}

function lastJob(h: Host, d: Domain): ApiCompletedJob | null {
  const last = d.lastJob;
  if (!last) return null;
  const s = last.stats;
  return s.result === 'completed'
    ? { kind: last.kind, stats: s }
    : {
        kind: last.kind,
        stats: s,
        error: failedJobWords(h.driver, last, { domid: last.domid ?? d.id ?? 0, hvm: currentDef(d).osType === 'hvm' }),
      };
}

/** `virsh domjobinfo` through the API: the running job as of `now`, and the last one that ended. */
export function toJob(h: Host, d: Domain, now: number, journal: readonly Transcript[]): ApiJob {
  return { active: activeJob(h, d, now, journal), last: lastJob(h, d) };
}
