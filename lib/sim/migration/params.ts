import { PAGE_SIZE_DEFAULT, QEMU_DEFAULTS, XEN_DEFAULTS } from './defaults';
import type { MigrationParams, ResolvedMigrationParams } from './types';

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

type Check = [ok: boolean, problem: string];

/** Everything wrong with `p`, as sentences for a CLI or a form; empty when it can be simulated. */
export function checkMigrationParams(p: MigrationParams): string[] {
  const opt = (x: number | undefined, ok: (n: number) => boolean) => x === undefined || (isNum(x) && ok(x));
  const live = p.mode === 'live';
  const checks: Check[] = [
    [['live', 'offline', 'definition-only'].includes(p.mode), 'mode must be live, offline or definition-only'],
    [['qemu', 'xen'].includes(p.policy), 'policy must be qemu or xen'],
    [isNum(p.memoryMib) && p.memoryMib > 0, 'memory must be a positive number of MiB'],
    [isNum(p.bandwidthMibps) && p.bandwidthMibps > 0, 'bandwidth must be a positive number of MiB/s'],
    [opt(p.dirtyRateMibps, (n) => n >= 0), 'dirty rate must be a number of MiB/s, 0 or more'],
    [
      opt(p.wwsMib, (n) => n >= 0 && n <= p.memoryMib),
      'the writable working set must be between 0 and the memory size',
    ],
    [opt(p.pageSize, (n) => Number.isInteger(n) && n > 0), 'page size must be a positive whole number of bytes'],
    [opt(p.downtimeLimitMs, (n) => n >= 0), 'downtime limit must be a number of ms, 0 or more'],
    [opt(p.maxIterations, (n) => Number.isInteger(n) && n >= 1), 'max iterations must be a whole number, 1 or more'],
    [opt(p.maxFactor, (n) => n > 0), 'max factor must be a positive number'],
    [opt(p.minDirtyPages, (n) => n >= 0), 'min dirty pages must be a number, 0 or more'],
    [opt(p.cpuThrottleInitial, (n) => n >= 1 && n <= 99), 'the initial CPU throttle must be between 1 and 99 %'],
    [opt(p.cpuThrottleIncrement, (n) => n >= 1 && n <= 99), 'the CPU throttle increment must be between 1 and 99 %'],
    [opt(p.timeoutS, (n) => n > 0), 'timeout must be a positive number of seconds'],
    [p.timeoutS === undefined || live, 'a timeout applies only to a live migration (virsh migrate --live --timeout)'],
    [!p.autoConverge || live, 'auto-converge applies only to a live migration'],
    [!p.postcopy || live, 'post-copy applies only to a live migration'],
    [!p.autoConverge || p.policy === 'qemu', "auto-converge is a QEMU feature; Xen's xc_domain_save has none"],
    [!p.postcopy || p.policy === 'qemu', "post-copy is a QEMU feature; Xen's xc_domain_save has none"],
  ];
  return checks.filter(([ok]) => !ok).map(([, problem]) => problem);
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
