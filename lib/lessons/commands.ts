import { clickArgv } from '../actions/table';
import { commandLine } from '../shell/command-line';
import type { World } from '../sim/types';
import { findHost } from '../sim/world';
import type { CommandRecord, StepDo } from './types';

/** The destination URI virsh migrate needs for a host of the world (its own URI when known). */
const uriOf = (world: World | undefined) => (host: string) => (world && findHost(world, host)?.uri) ?? host;

/** Where a step's command runs and its line: the typed line, or the button's virsh line (lib/actions/table.ts). */
export function stepCommand(d: StepDo, world?: World): Omit<CommandRecord, 'status'> {
  if ('console' in d) return { host: d.host, line: d.console, source: 'console' };
  return { host: d.ui.host, line: commandLine('virsh', clickArgv(d.ui, { uriOf: uriOf(world) })), source: 'button' };
}
