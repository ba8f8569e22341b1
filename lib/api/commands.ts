import { type ArgsOf, UNIT_SUFFIX } from '@/lib/actions/args';
import { argvOf, uiActionIds } from '@/lib/actions/table';
import type { ActionArgs, DomainAction } from './contract';

/**
 * Every button and form is a virsh command: the action table (lib/actions/table.ts) turns an
 * action into the words after `virsh`. The handler runs exactly these words through the console,
 * so the output is the real tool's; the forms show the same words (and their xl/xm equivalents).
 * This module only checks a request's body before the table builds the words.
 */
export const domainActions: readonly DomainAction[] = uiActionIds.filter((a): a is DomainAction => a !== 'migrate');

export const isDomainAction = (a: string): a is DomainAction => (domainActions as readonly string[]).includes(a);

export type ArgvResult = { ok: true; argv: string[] } | { ok: false; message: string };

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const text = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '';

/** What a body lacks for an action, or null when the table can build its words. */
const problems: Partial<Record<DomainAction, (a: ActionArgs, action: DomainAction) => string | null>> = {
  save: (a) => (text(a.file) ? null : 'save needs a file name'),
  restore: (a) => (text(a.file) ? null : 'restore needs a save file'),
  setmem: memoryProblem,
  setmaxmem: memoryProblem,
  setvcpus: (a) => (isInt(a.count) && a.count > 0 ? null : 'setvcpus needs a positive whole count'),
  vcpupin: (a) =>
    !isInt(a.vcpu) ? 'vcpupin needs a vCPU number' : text(a.cpulist) ? null : 'vcpupin needs a host CPU list',
  autostart: (a) => (typeof a.enable === 'boolean' ? null : 'autostart needs enable: true or false'),
  domrename: (a) => (text(a.newName) ? null : 'domrename needs a new name'),
};

function memoryProblem(a: ActionArgs, action: DomainAction): string | null {
  if (!isInt(a.size) || a.size === 0) return `${action} needs a positive whole size`;
  if (!a.unit || !Object.hasOwn(UNIT_SUFFIX, a.unit)) return `${action} needs a unit: KiB, MiB or GiB`;
  return null;
}

/** Only the values the table understands: an unknown restoreAs or mode is left out, as before. */
function known(a: ActionArgs): ActionArgs {
  const { restoreAs, mode, ...rest } = a;
  return {
    ...rest,
    ...(restoreAs === 'running' || restoreAs === 'paused' ? { restoreAs } : {}),
    ...(mode === 'current' || mode === 'live' || mode === 'config' || mode === 'live+config' ? { mode } : {}),
  };
}

/** The virsh words for an action on a domain, or why the request is malformed. */
export function virshArgv(action: DomainAction, domain: string, args: ActionArgs = {}): ArgvResult {
  const message = problems[action]?.(args, action);
  if (message) return { ok: false, message };
  // Checked above: the body has what this action's arguments require.
  return { ok: true, argv: argvOf(action, domain, known(args) as ArgsOf[DomainAction]) };
}
