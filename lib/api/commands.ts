import type { ActionArgs, AffectMode, DomainAction, MemoryUnit } from './contract';

/**
 * Every button and form is a virsh command: this turns an API action into the words after
 * `virsh`. The handler runs exactly these words through the console, so the output is the
 * real tool's; the forms show the same words (and their xl/xm equivalents) as they change.
 */
export const domainActions: readonly DomainAction[] = [
  'start',
  'shutdown',
  'reboot',
  'reset',
  'destroy',
  'suspend',
  'resume',
  'save',
  'managedsave',
  'restore',
  'undefine',
  'setmem',
  'setmaxmem',
  'setvcpus',
  'vcpupin',
  'autostart',
];

export const isDomainAction = (a: string): a is DomainAction => (domainActions as readonly string[]).includes(a);

const modeFlags = (mode: AffectMode | undefined): string[] => {
  switch (mode) {
    case 'live':
      return ['--live'];
    case 'config':
      return ['--config'];
    case 'live+config':
      return ['--live', '--config'];
    case 'current':
      return ['--current'];
    default:
      return [];
  }
};

/** virsh reads K, M and G as powers of 1024 (virScaleInteger). */
const unitSuffix: Record<MemoryUnit, string> = { KiB: 'K', MiB: 'M', GiB: 'G' };

export type ArgvResult = { ok: true; argv: string[] } | { ok: false; message: string };

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const bad = (message: string): ArgvResult => ({ ok: false, message });

/** The virsh words for an action on a domain, or why the request is malformed. */
export function virshArgv(action: DomainAction, domain: string, args: ActionArgs = {}): ArgvResult {
  const restoreAs = args.restoreAs === 'running' ? ['--running'] : args.restoreAs === 'paused' ? ['--paused'] : [];
  switch (action) {
    case 'start':
      return {
        ok: true,
        argv: ['start', domain, ...(args.paused ? ['--paused'] : []), ...(args.forceBoot ? ['--force-boot'] : [])],
      };
    case 'shutdown':
    case 'reboot':
    case 'reset':
    case 'destroy':
    case 'suspend':
    case 'resume':
    case 'undefine':
      return { ok: true, argv: [action, domain] };
    case 'save':
      if (typeof args.file !== 'string' || !args.file.trim()) return bad('save needs a file name');
      return { ok: true, argv: ['save', domain, args.file.trim(), ...restoreAs] };
    case 'managedsave':
      return { ok: true, argv: ['managedsave', domain, ...restoreAs] };
    case 'restore':
      if (typeof args.file !== 'string' || !args.file.trim()) return bad('restore needs a save file');
      return { ok: true, argv: ['restore', args.file.trim(), ...restoreAs] };
    case 'setmem':
    case 'setmaxmem':
      if (!isInt(args.size) || args.size === 0) return bad(`${action} needs a positive whole size`);
      if (!args.unit || !(args.unit in unitSuffix)) return bad(`${action} needs a unit: KiB, MiB or GiB`);
      return { ok: true, argv: [action, domain, `${args.size}${unitSuffix[args.unit]}`, ...modeFlags(args.mode)] };
    case 'setvcpus':
      if (!isInt(args.count) || args.count === 0) return bad('setvcpus needs a positive whole count');
      return {
        ok: true,
        argv: ['setvcpus', domain, String(args.count), ...modeFlags(args.mode), ...(args.maximum ? ['--maximum'] : [])],
      };
    case 'vcpupin':
      if (!isInt(args.vcpu)) return bad('vcpupin needs a vCPU number');
      if (typeof args.cpulist !== 'string' || !args.cpulist.trim()) return bad('vcpupin needs a host CPU list');
      return { ok: true, argv: ['vcpupin', domain, String(args.vcpu), args.cpulist.trim(), ...modeFlags(args.mode)] };
    case 'autostart':
      if (typeof args.enable !== 'boolean') return bad('autostart needs enable: true or false');
      return { ok: true, argv: ['autostart', domain, ...(args.enable ? [] : ['--disable'])] };
  }
}
