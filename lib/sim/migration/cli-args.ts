import { checkMigrationParams } from './params';
import type { MigrationParams } from './types';

/** The `migration-model` command line as data: flag → param, in the CLI's own spelling. */
const NUMBER_FLAGS = {
  '--memory-mib': 'memoryMib',
  '--bandwidth-mibps': 'bandwidthMibps',
  '--dirty-rate-mibps': 'dirtyRateMibps',
  '--wws-mib': 'wwsMib',
  '--page-size': 'pageSize',
  '--downtime-limit-ms': 'downtimeLimitMs',
  '--max-iterations': 'maxIterations',
  '--max-factor': 'maxFactor',
  '--min-dirty-pages': 'minDirtyPages',
  '--auto-converge-initial': 'cpuThrottleInitial',
  '--auto-converge-increment': 'cpuThrottleIncrement',
  '--timeout-s': 'timeoutS',
} as const satisfies Record<string, keyof MigrationParams>;

const BOOLEAN_FLAGS = { '--auto-converge': 'autoConverge', '--postcopy': 'postcopy' } as const;
const CHOICES = { '--mode': ['live', 'offline', 'definition-only'], '--policy': ['qemu', 'xen'] } as const;

export const MIGRATION_MODEL_USAGE =
  'usage: migration-model --mode live|offline|definition-only --policy qemu|xen --memory-mib N --bandwidth-mibps N\n' +
  '  [--dirty-rate-mibps N] [--wws-mib N] [--page-size N] [--downtime-limit-ms N] [--max-iterations N]\n' +
  '  [--max-factor N] [--min-dirty-pages N] [--auto-converge [--auto-converge-initial N] [--auto-converge-increment N]]\n' +
  '  [--timeout-s N] [--postcopy] [--json]';

export type ParsedArgs = { ok: true; params: MigrationParams; json: boolean } | { ok: false; message: string };

const isKey = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.hasOwn(o, k);

export function parseMigrationArgs(argv: readonly string[]): ParsedArgs {
  const raw: Record<string, unknown> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (isKey(BOOLEAN_FLAGS, flag)) {
      raw[BOOLEAN_FLAGS[flag]] = true;
      continue;
    }
    const known = isKey(NUMBER_FLAGS, flag) || isKey(CHOICES, flag);
    if (!known) return { ok: false, message: `unknown option '${flag}'` };
    const value = argv[++i];
    if (value === undefined) return { ok: false, message: `option '${flag}' needs a value` };
    if (isKey(CHOICES, flag)) {
      const allowed: readonly string[] = CHOICES[flag];
      if (!allowed.includes(value))
        return { ok: false, message: `${flag} must be one of ${allowed.join(', ')}, not '${value}'` };
      raw[flag.slice(2)] = value;
    } else {
      const n = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(n)) return { ok: false, message: `${flag} needs a number, not '${value}'` };
      raw[NUMBER_FLAGS[flag as keyof typeof NUMBER_FLAGS]] = n;
    }
  }
  const required: Record<string, keyof MigrationParams> = {
    '--mode': 'mode',
    '--policy': 'policy',
    '--memory-mib': 'memoryMib',
    '--bandwidth-mibps': 'bandwidthMibps',
  };
  const missing = Object.keys(required).filter((f) => raw[required[f]] === undefined);
  if (missing.length > 0) return { ok: false, message: `missing ${missing.join(', ')}` };
  const params = raw as unknown as MigrationParams;
  const problems = checkMigrationParams(params);
  return problems.length > 0 ? { ok: false, message: problems.join('; ') } : { ok: true, params, json };
}
