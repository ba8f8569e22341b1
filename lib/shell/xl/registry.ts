import { createCommands } from './commands/create';
import { lifecycleCommands } from './commands/lifecycle';
import { migrateCommands } from './commands/migrate';
import { queryCommands } from './commands/query';
import { resourceCommands } from './commands/resources';
import { saveCommands } from './commands/save';
export { XEN_TOOLS_NOTE, XEN_VERSION } from '../xen/version';
import type { XlCommand } from './commands/types';
import { xlCmdTable } from './help-data.gen';

/**
 * The xl subcommands VirtLab simulates (Xen 4.4's xl). xl keeps no domain definitions: no
 * new/delete/start/suspend/resume as in xm, and no autostart (link the config into /etc/xen/auto).
 */
export const xlCommands: readonly XlCommand[] = [
  ...queryCommands,
  ...lifecycleCommands,
  ...createCommands,
  ...saveCommands,
  ...resourceCommands,
  ...migrateCommands,
];

const byName = new Map(xlCommands.map((c) => [c.name, c]));
export const xlCommandByName = (name: string) => byName.get(name);

for (const c of xlCommands)
  if (!xlCmdTable.some((t) => t.name === c.name)) throw new Error(`xl has no subcommand ${c.name}`);
