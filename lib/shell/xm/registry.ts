import { createCommands } from './commands/create';
import { lifecycleCommands } from './commands/lifecycle';
import { otherCommands } from './commands/other';
import { queryCommands } from './commands/query';
import { resourceCommands } from './commands/resources';
import { saveCommands } from './commands/save';
export { XEN_TOOLS_NOTE, XEN_VERSION } from '../xen/version';
import type { XmCommand } from './commands/types';
import { xmHelpData } from './help-data.gen';

/**
 * The xm subcommands VirtLab simulates (Xen 4.4's xm; xm is gone from Xen 4.5 on). xm's other
 * subcommands exist but are not simulated; there is no autostart subcommand at all (link the
 * config into /etc/xen/auto).
 */
export const xmCommands: readonly XmCommand[] = [
  ...queryCommands,
  ...lifecycleCommands,
  ...createCommands,
  ...saveCommands,
  ...resourceCommands,
  ...otherCommands,
];

const byName = new Map(xmCommands.map((c) => [c.name, c]));
export const xmCommandByName = (name: string) => byName.get(name);

/** Every subcommand real xm accepts, simulated or not (for lookup, prefixes and aliases). */
export const xmRealCommands: readonly string[] = xmHelpData.commands;

for (const c of xmCommands) if (!xmRealCommands.includes(c.name)) throw new Error(`xm has no subcommand ${c.name}`);
