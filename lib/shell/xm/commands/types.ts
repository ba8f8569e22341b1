import type { XmCtx } from '../context';
import type { XmExit } from '../exits';
import { sysExit } from '../exits';
import { cmdHelp } from '../help';
import { xmHelpData } from '../help-data.gen';

/**
 * An xm subcommand as data: usage, summary and options are xm's own help text (help-data.gen.ts);
 * `virsh` is the same action in virsh (a template with {domain}, {file}, ... or why there is
 * none); `run` returns how the command ended (nothing = success).
 */
export interface XmCommand {
  name: string;
  usage: string;
  summary: string;
  /** Option lines as `xm help <cmd>` prints them. */
  options: readonly string[];
  virsh: string | { none: string };
  /** A domain fact worth showing next to the command (UI and docs). */
  note?: string;
  run: (c: XmCtx, args: string[]) => XmExit | undefined;
}

export function xmCommand(spec: Pick<XmCommand, 'name' | 'virsh' | 'run'> & { note?: string }): XmCommand {
  const help = xmHelpData.subcommandHelp[spec.name];
  if (!help) throw new Error(`xm has no subcommand ${spec.name}`);
  const options = (xmHelpData.subcommandOptions[spec.name] ?? []).map(
    ([s, l, d]) => `${s && l ? `${s}, ${l}` : s || l}  ${d}`,
  );
  const module = xmHelpData.moduleHelp[spec.name];
  return {
    ...spec,
    usage: help[0],
    summary: help[1],
    options: module ? module.split('\n').filter((l) => /^-/.test(l)) : options,
  };
}

/** xm's arg_check: the count of arguments other than `--`; else the message, usage, sys.exit(1). */
export function argCheck(c: XmCtx, args: readonly string[], name: string, lo: number, hi = -1): XmExit | null {
  const n = args.filter((a) => a !== '--').length;
  if (hi === -1 ? n === lo : n >= lo && n <= hi) return null;
  c.error(
    hi === -1
      ? `'xm ${name}' requires ${lo} argument${lo === 1 ? '' : 's'}.\n`
      : `'xm ${name}' requires between ${lo} and ${hi} arguments.\n`,
  );
  return usageExit(c, name);
}

/** usage(cmd): the command's help on stdout, then sys.exit(1). */
export function usageExit(c: XmCtx, name: string): XmExit {
  c.print(cmdHelp(name));
  return sysExit(1);
}
