import { networkUpdate } from '../../../sim/ops/network-update';
import type { UpdateCommand } from '../../../sim/ops/network-update-sections';
import type { CmdCtx } from '../context';
import { readXmlFile } from './define';
import { networkArg } from './network-lookup';
import type { VirshCommand } from './types';

/** virshNetworkUpdateCommand and virshNetworkSection: index 0 ("none") is refused like an unknown name. */
const COMMANDS = ['none', 'modify', 'delete', 'add-last', 'add-first'];
const SECTIONS = [
  'none',
  'bridge',
  'domain',
  'ip',
  'ip-dhcp-host',
  'ip-dhcp-range',
  'forward',
  'forward-interface',
  'forward-pf',
  'portgroup',
  'dns-host',
  'dns-txt',
  'dns-srv',
];

/** vshCommandOptStringReq: "" is refused when the handler reads it. */
function required(c: CmdCtx, opt: string): string | undefined {
  const v = c.str(opt)!;
  if (v !== '') return v;
  c.error(`Failed to get option '${opt}': Option argument is empty`);
  return undefined;
}

/** What the update touched, as cmdNetworkUpdate words it (no newline: the blank after the command ends it). */
function updated(c: CmdCtx, name: string, active: boolean): string {
  const config = c.has('config');
  const live = c.has('live');
  if (config) return `Updated network ${name} ${live ? 'persistent config and live state' : 'persistent config'}`;
  return `Updated network ${name} ${live || active ? 'live state' : 'persistent config'}`;
}

/**
 * cmdNetworkUpdate: --current against --live/--config first, then the network, the command, the
 * section, --parent-index and the XML — inline when it starts with '<', else a file to read.
 */
export const netUpdate: VirshCommand = {
  name: 'net-update',
  api: 'virNetworkUpdate',
  xm: { none: 'Xen networking is bridges set up on the host (brctl, /etc/xen/scripts)' },
  xl: { none: 'Xen networking is bridges set up on the host (brctl, /etc/xen/scripts)' },
  before: (c) => c.exclusive('current', 'live') && c.exclusive('current', 'config'),
  run(c) {
    const n = networkArg(c);
    if (!n) return false;
    const commandText = required(c, 'command');
    if (commandText === undefined) return false;
    const command = commandText === 'add' ? 'add-last' : commandText;
    if (COMMANDS.indexOf(command) <= 0) {
      c.error(`unrecognized command name '${commandText}'`);
      return false;
    }
    const section = required(c, 'section');
    if (section === undefined) return false;
    if (SECTIONS.indexOf(section) <= 0) {
      c.error(`unrecognized section name '${section}'`);
      return false;
    }
    const parentIndex = c.int('parent-index');
    if (parentIndex === null) return false;
    const arg = required(c, 'xml');
    if (arg === undefined) return false;
    const xml = arg.startsWith('<') ? arg : readXmlFile(c, arg);
    if (xml === undefined) return false;
    const failLine = `Failed to update network ${n.def.name}`;
    const r = networkUpdate(c.op(), n.def.name, {
      command: command as UpdateCommand,
      section,
      parentIndex: parentIndex ?? -1,
      xml,
      live: c.has('live'),
      config: c.has('config'),
    });
    if (c.refuseReadonly(failLine)) return false;
    if (!r.ok) {
      c.error(failLine);
      c.libvirtError(r.error);
      return false;
    }
    c.s.world = r.value;
    c.extra(updated(c, n.def.name, n.active));
    return true;
  },
};
