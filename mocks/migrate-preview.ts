import type { MigrateArgs, MigrateCheckResult, MigrateTool } from '@/lib/api/contract';
import { runConsoleLine } from '@/lib/shell/console';
import { migrationChecks } from '@/lib/shell/migrate-checks';
import { checkMigrationParams } from '@/lib/sim/migration/params';
import { simulateMigration } from '@/lib/sim/migration/model';
import { migrationParams, workloadOf } from '@/lib/sim/ops/migrate/start';
import type { Domain, Host } from '@/lib/sim/types';
import type { Lab } from './store';

interface Prepared {
  h: Host;
  d: Domain;
  args: MigrateArgs;
  line: string;
  tool: MigrateTool;
}

/** The last line of what the tool printed on failure: virsh's "error: ...", xm's "Error: ...". */
function refusalOf(stderr: string): string {
  const lines = stderr
    .trim()
    .split('\n')
    .filter((l) => /^(error|Error): /.test(l));
  return (lines[lines.length - 1] ?? stderr.trim()).replace(/^(error|Error): /, '');
}

/**
 * What the migrate dialog shows before anything runs: the preconditions, the command's own
 * answer on a scratch copy of the lab (so the wording is the tool's), and the model's estimate.
 */
export function migrationPreview(lab: Lab, p: Prepared, now: number): MigrateCheckResult {
  const a = p.args;
  const flags = {
    live: !!a.live,
    offline: !!a.offline,
    persistent: !!a.persistent,
    suspend: !!a.suspend,
    autoConverge: !!a.autoConverge,
    postcopy: !!a.postcopy,
  };
  const checks = migrationChecks(lab.world, p.h.name, p.d, { target: a.target, tool: p.tool, ...flags });
  const dry = runConsoleLine({ world: lab.world, host: p.h.name, line: p.line, now, background: true });
  const policy = p.h.driver === 'xen' ? 'xen' : 'qemu';
  const params = migrationParams(p.d, policy, {
    uuid: p.d.uuid,
    target: a.target,
    live: !!a.live,
    offline: p.tool === 'virsh' && !!a.offline,
    timeoutS: a.live ? a.timeout : undefined,
    autoConverge: !!a.live && !!a.autoConverge,
    postcopy: !!a.postcopy,
    bandwidthMibps: a.bandwidth,
  });
  const plan = dry.status === 0 && checkMigrationParams(params).length === 0 ? simulateMigration(params) : null;
  const w = workloadOf(p.d);
  return {
    ok: dry.status === 0 && checks.every((c) => c.ok),
    checks,
    command: { tool: p.tool, line: p.line },
    refusal: dry.status === 0 ? null : refusalOf(dry.stderr),
    estimate: plan && {
      total_time_s: plan.total_time_s,
      downtime_ms: plan.downtime_ms,
      rounds: plan.rounds,
      transferred_mib: plan.transferred_mib,
      converged: plan.converged,
      stop_reason: plan.stop_reason,
    },
    workload: {
      policy,
      memoryMib: w.memoryMib,
      dirtyRateMibps: w.dirtyRateMibps,
      wwsMib: w.wwsMib,
      bandwidthMibps: a.bandwidth ?? params.bandwidthMibps,
    },
  };
}
