import type { ApiJob, ApiMigrationJob, MigrateArgs } from '@/lib/api/contract';
import { migrationEndsAt, migrationProgress } from '@/lib/sim/ops/migrate/advance';
import { migrationJobOf } from '@/lib/sim/ops/migrate/jobs';
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

function activeJob(h: Host, d: Domain, now: number): ApiMigrationJob | null {
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

/** `virsh domjobinfo` through the API: the running job as of `now`, and the last one that ended. */
export function toJob(h: Host, d: Domain, now: number): ApiJob {
  return { active: activeJob(h, d, now), last: d.lastJob ? { kind: d.lastJob.kind, stats: d.lastJob.stats } : null };
}
