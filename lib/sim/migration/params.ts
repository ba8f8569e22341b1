import { PAGE_SIZE_DEFAULT, QEMU_DEFAULTS, XEN_DEFAULTS } from './defaults';
import type { MigrationParams, ResolvedMigrationParams } from './types';

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** What can be wrong with migration parameters: a code a UI words in its language (compare.problem.*). */
export type MigrationParamProblem =
  | 'mode'
  | 'policy'
  | 'memory'
  | 'bandwidth'
  | 'dirtyRate'
  | 'wws'
  | 'pageSize'
  | 'downtimeLimit'
  | 'maxIterations'
  | 'maxFactor'
  | 'minDirtyPages'
  | 'throttleInitial'
  | 'throttleIncrement'
  | 'timeout'
  | 'timeoutNotLive'
  | 'autoConvergeNotLive'
  | 'postcopyNotLive'
  | 'autoConvergeXen'
  | 'postcopyXen';

type Check = [code: MigrationParamProblem, ok: boolean, problem: string];

/** Everything wrong with `p`, as sentences for a CLI or a form; empty when it can be simulated. */
export function checkMigrationParams(p: MigrationParams): string[] {
  return migrationParamChecks(p).flatMap(([, ok, problem]) => (ok ? [] : [problem]));
}

/** The same, as codes (in the order of checkMigrationParams' sentences). */
export function migrationParamProblems(p: MigrationParams): MigrationParamProblem[] {
  return migrationParamChecks(p).flatMap(([code, ok]) => (ok ? [] : [code]));
}

function migrationParamChecks(p: MigrationParams): Check[] {
  const opt = (x: number | undefined, ok: (n: number) => boolean) => x === undefined || (isNum(x) && ok(x));
  const live = p.mode === 'live';
  const checks: Check[] = [
    ['mode', ['live', 'offline', 'definition-only'].includes(p.mode), 'mode must be live, offline or definition-only'],
    ['policy', ['qemu', 'xen'].includes(p.policy), 'policy must be qemu or xen'],
    ['memory', isNum(p.memoryMib) && p.memoryMib > 0, 'memory must be a positive number of MiB'],
    ['bandwidth', isNum(p.bandwidthMibps) && p.bandwidthMibps > 0, 'bandwidth must be a positive number of MiB/s'],
    ['dirtyRate', opt(p.dirtyRateMibps, (n) => n >= 0), 'dirty rate must be a number of MiB/s, 0 or more'],
    [
      'wws',
      opt(p.wwsMib, (n) => n >= 0 && n <= p.memoryMib),
      'the writable working set must be between 0 and the memory size',
    ],
    [
      'pageSize',
      opt(p.pageSize, (n) => Number.isInteger(n) && n > 0),
      'page size must be a positive whole number of bytes',
    ],
    ['downtimeLimit', opt(p.downtimeLimitMs, (n) => n >= 0), 'downtime limit must be a number of ms, 0 or more'],
    [
      'maxIterations',
      opt(p.maxIterations, (n) => Number.isInteger(n) && n >= 1),
      'max iterations must be a whole number, 1 or more',
    ],
    ['maxFactor', opt(p.maxFactor, (n) => n > 0), 'max factor must be a positive number'],
    ['minDirtyPages', opt(p.minDirtyPages, (n) => n >= 0), 'min dirty pages must be a number, 0 or more'],
    [
      'throttleInitial',
      opt(p.cpuThrottleInitial, (n) => n >= 1 && n <= 99),
      'the initial CPU throttle must be between 1 and 99 %',
    ],
    [
      'throttleIncrement',
      opt(p.cpuThrottleIncrement, (n) => n >= 1 && n <= 99),
      'the CPU throttle increment must be between 1 and 99 %',
    ],
    ['timeout', opt(p.timeoutS, (n) => n > 0), 'timeout must be a positive number of seconds'],
    [
      'timeoutNotLive',
      p.timeoutS === undefined || live,
      'a timeout applies only to a live migration (virsh migrate --live --timeout)',
    ],
    ['autoConvergeNotLive', !p.autoConverge || live, 'auto-converge applies only to a live migration'],
    ['postcopyNotLive', !p.postcopy || live, 'post-copy applies only to a live migration'],
    [
      'autoConvergeXen',
      !p.autoConverge || p.policy === 'qemu',
      "auto-converge is a QEMU feature; Xen's xc_domain_save has none",
    ],
    ['postcopyXen', !p.postcopy || p.policy === 'qemu', "post-copy is a QEMU feature; Xen's xc_domain_save has none"],
  ];
  return checks;
}

export function resolveMigrationParams(p: MigrationParams): ResolvedMigrationParams {
  return {
    mode: p.mode,
    policy: p.policy,
    memoryMib: p.memoryMib,
    bandwidthMibps: p.bandwidthMibps,
    dirtyRateMibps: p.dirtyRateMibps ?? 0,
    wwsMib: p.wwsMib ?? p.memoryMib,
    pageSize: p.pageSize ?? PAGE_SIZE_DEFAULT,
    downtimeLimitMs: p.downtimeLimitMs ?? QEMU_DEFAULTS.downtimeLimitMs,
    maxIterations: p.maxIterations ?? XEN_DEFAULTS.maxIterations,
    maxFactor: p.maxFactor ?? XEN_DEFAULTS.maxFactor,
    minDirtyPages: p.minDirtyPages ?? XEN_DEFAULTS.minDirtyPages,
    autoConverge: p.autoConverge ?? false,
    cpuThrottleInitial: p.cpuThrottleInitial ?? QEMU_DEFAULTS.cpuThrottleInitial,
    cpuThrottleIncrement: p.cpuThrottleIncrement ?? QEMU_DEFAULTS.cpuThrottleIncrement,
    timeoutS: p.timeoutS,
    postcopy: p.postcopy ?? false,
  };
}
