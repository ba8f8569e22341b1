import type { ApiHost, ApiWorkload, MigrateArgs, MigrateTool } from '@/lib/api/contract';
import { migrateArgv } from '@/lib/api/migrate-command';
import { queryFromParams } from '@/components/compare/compare-query';
import { DEFAULT_DOWNTIME_LIMIT_MS } from '@/components/compare/compare-params';

/** The dialog's fields: `virsh migrate`'s flags one to one (numbers as typed). */
export interface MigrateForm {
  target: string;
  tool: MigrateTool;
  live: boolean;
  offline: boolean;
  persistent: boolean;
  undefinesource: boolean;
  suspend: boolean;
  autoConverge: boolean;
  postcopy: boolean;
  timeout: string;
  bandwidth: string;
}

export type BoolFlag = 'live' | 'offline' | 'persistent' | 'undefinesource' | 'suspend' | 'autoConverge' | 'postcopy';

export function initialForm(host: ApiHost | undefined, hosts: ApiHost[], running: boolean): MigrateForm {
  const peers = hosts.filter((h) => h.name !== host?.name && h.driver === host?.driver);
  return {
    target: (peers.find((h) => h.reachable) ?? peers[0] ?? hosts.find((h) => h.name !== host?.name))?.name ?? '',
    // On Xen hosts the lab teaches xm (docs/decisions/004-xm-xl.md); virsh is one click away.
    tool: host?.driver === 'xen' ? 'xm' : 'virsh',
    live: running,
    offline: false,
    persistent: false,
    undefinesource: false,
    suspend: false,
    autoConverge: false,
    postcopy: false,
    timeout: '',
    bandwidth: '',
  };
}

const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);

/** The request the form stands for, or why it cannot be sent as typed. */
export type FormProblem = { code: 'noTarget' } | { code: 'notWhole'; option: 'timeout' | 'bandwidth' };

export function formArgs(f: MigrateForm): { args: MigrateArgs; problem: FormProblem | null } {
  const args: MigrateArgs = { target: f.target, ...(f.tool !== 'virsh' ? { tool: f.tool } : {}) };
  const flags: BoolFlag[] =
    f.tool !== 'virsh'
      ? ['live']
      : ['live', 'offline', 'persistent', 'undefinesource', 'suspend', 'autoConverge', 'postcopy'];
  for (const k of flags) if (f[k]) args[k] = true;
  let problem: FormProblem | null = f.target ? null : { code: 'noTarget' };
  for (const k of ['timeout', 'bandwidth'] as const) {
    if (f.tool !== 'virsh' || f[k].trim() === '') continue;
    const n = whole(f[k]);
    if (!(n > 0)) problem ??= { code: 'notWhole', option: k };
    else args[k] = n;
  }
  return { args, problem };
}

/** virsh's words for the Equivalents panel (xm's run is the same migration in virsh terms). */
export function virshWords(domain: string, args: MigrateArgs, target: ApiHost | undefined): string[] | null {
  if (!target) return null;
  const r = migrateArgv(domain, { ...args, tool: 'virsh' }, target);
  return r.ok ? r.argv : null;
}

/** The compare page set to this guest's memory, workload and link. */
export function compareQuery(w: ApiWorkload, autoConverge: boolean) {
  return queryFromParams({
    policy: w.policy,
    memoryMib: w.memoryMib,
    bandwidthMibps: w.bandwidthMibps,
    dirtyRateMibps: w.dirtyRateMibps,
    wwsMib: w.wwsMib,
    downtimeLimitMs: DEFAULT_DOWNTIME_LIMIT_MS,
    autoConverge,
  });
}
