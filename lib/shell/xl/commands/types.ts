import type { XlCtx } from '../context';
import { xlCmdTable } from '../help-data.gen';

/**
 * An xl subcommand as data: usage, summary and options are xl's cmd_table entry
 * (help-data.gen.ts); `virsh` is the same action in virsh (a template, or why there is none);
 * `run` returns the exit status xl's main returns (C truncates it to 0-255).
 */
export interface XlCommand {
  name: string;
  usage: string;
  summary: string;
  options: readonly string[];
  /** xl refuses it while xend runs (cmd_table's `modifies`). */
  modifies: boolean;
  virsh: string | { none: string };
  note?: string;
  run: (c: XlCtx, args: string[]) => number;
}

export function xlCommand(spec: Pick<XlCommand, 'name' | 'virsh' | 'run'> & { note?: string }): XlCommand {
  const t = xlCmdTable.find((c) => c.name === spec.name);
  if (!t) throw new Error(`xl has no subcommand ${spec.name}`);
  return {
    ...spec,
    usage: t.usage,
    summary: t.desc,
    modifies: !!t.modifies,
    options: (t.options ?? '').split('\n').filter((l) => l.trim() !== ''),
  };
}

/** A domain that does not exist behind a numeric id: libxl's complaint for most operations. */
export const noSuchDomid = (c: XlCtx, id: number) =>
  c.libxl('libxl_dom.c:35:libxl__domain_type', `unable to get domain type for domid=${id}`);
