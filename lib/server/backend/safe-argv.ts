import type { DomainAction } from '@/lib/api/contract';

/**
 * How many words after the command are positional in the action table's argv (lib/actions/table.ts):
 * the domain, then a file, a size, a count, a vCPU and its CPU list, a new name. The flags come after.
 */
const POSITIONALS: Record<DomainAction, number> = {
  start: 1,
  shutdown: 1,
  reboot: 1,
  reset: 1,
  destroy: 1,
  suspend: 1,
  resume: 1,
  undefine: 1,
  save: 2,
  managedsave: 1,
  restore: 1,
  setmem: 2,
  setmaxmem: 2,
  setvcpus: 2,
  vcpupin: 3,
  autostart: 1,
  domrename: 2,
};

/**
 * The table's words as real virsh must get them. A name or file that starts with a dash would be
 * read by virsh as an option (`--config`), so then the flags go first and `--` ends the options
 * (virsh: "end of options", every later word is data). Otherwise the words are the table's own,
 * so a transcript reads as the simulator's.
 */
export function safeArgv(action: DomainAction, argv: readonly string[]): string[] {
  const n = POSITIONALS[action];
  const [command, ...rest] = argv;
  const positionals = rest.slice(0, n);
  if (!positionals.some((w) => w.startsWith('-'))) return [...argv];
  return [command, ...rest.slice(n), '--', ...positionals];
}
