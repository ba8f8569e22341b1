import { commandLine } from '../shell/equivalents';
import type { World } from '../sim/types';
import { findHost } from '../sim/world';
import type { CommandRecord, StepDo, UiAction, UiActionArgs } from './types';

const modeFlags: Record<NonNullable<UiActionArgs['mode']>, string[]> = {
  current: ['--current'],
  live: ['--live'],
  config: ['--config'],
  'live+config': ['--live', '--config'],
};
/** virsh reads K, M and G as powers of 1024. */
const unitSuffix = { KiB: 'K', MiB: 'M', GiB: 'G' } as const;

/** The destination URI virsh migrate needs for a host of the world (its own URI when known). */
const uriOf = (world: World | undefined, host: string) => (world && findHost(world, host)?.uri) ?? `${host}`;

/**
 * The virsh words a button runs. Mirrors `virshArgv` in lib/api/commands.ts (a test keeps them
 * equal; that module is not pure, so the lessons cannot import it).
 */
export function uiActionArgv(ui: UiAction, world?: World): string[] {
  const a = ui.args ?? {};
  const mode = a.mode ? modeFlags[a.mode] : [];
  const restoreAs = a.restoreAs ? [`--${a.restoreAs}`] : [];
  switch (ui.action) {
    case 'start':
      return ['start', ui.domain, ...(a.paused ? ['--paused'] : []), ...(a.forceBoot ? ['--force-boot'] : [])];
    case 'shutdown':
    case 'reboot':
    case 'destroy':
    case 'suspend':
    case 'resume':
      return [ui.action, ui.domain];
    case 'save':
      return ['save', ui.domain, a.file ?? '', ...restoreAs];
    case 'managedsave':
      return ['managedsave', ui.domain, ...restoreAs];
    case 'restore':
      return ['restore', a.file ?? '', ...restoreAs];
    case 'setmem':
    case 'setmaxmem':
      return [ui.action, ui.domain, `${a.size}${unitSuffix[a.unit ?? 'KiB']}`, ...mode];
    case 'setvcpus':
      return ['setvcpus', ui.domain, String(a.count), ...mode, ...(a.maximum ? ['--maximum'] : [])];
    case 'vcpupin':
      return ['vcpupin', ui.domain, String(a.vcpu), a.cpulist ?? '', ...mode];
    case 'autostart':
      return ['autostart', ui.domain, ...(a.enable === false ? ['--disable'] : [])];
    case 'migrate':
      return ['migrate', ...(a.live ? ['--live'] : []), ui.domain, uriOf(world, a.target ?? '')];
  }
}

/** Where a step's command runs and its line: the typed line, or the button's virsh line. */
export function stepCommand(d: StepDo, world?: World): Omit<CommandRecord, 'status'> {
  if ('console' in d) return { host: d.host, line: d.console, source: 'console' };
  return { host: d.ui.host, line: commandLine('virsh', uiActionArgv(d.ui, world)), source: 'button' };
}
