import { xlCmdTable, type XlCmdSpec } from './help-data.gen';

/** xl_cmdtable.c cmdtable_lookup: an exact name, else a prefix of exactly one command. */
export function xlLookup(name: string): XlCmdSpec | undefined {
  const exact = xlCmdTable.find((c) => c.name === name);
  if (exact) return exact;
  const prefixed = xlCmdTable.filter((c) => c.name.startsWith(name));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** xl's help(): the full list, one command's usage, or "command not implemented". */
export function xlHelp(command?: string): string {
  if (!command || command === 'help') {
    let out = 'Usage xl [-vfN] <subcommand> [args]\n\nxl full list of subcommands:\n\n';
    for (const c of xlCmdTable)
      out += ` ${c.name.padEnd(19)} ${c.name.length > 19 ? `\n ${''.padEnd(19)} ` : ''}${c.desc}\n`;
    return out;
  }
  const c = xlLookup(command);
  if (!c) return `command "${command}" not implemented\n`;
  let out = `Usage: xl [-v${c.modifies ? 'f' : ''}${c.dryrun ? 'N' : ''}] ${c.name} ${c.usage}\n\n${c.desc}.\n\n`;
  if (c.options !== undefined) out += `Options:\n\n${c.options}\n`;
  return out;
}
