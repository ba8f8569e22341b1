import {
  networkAutostart,
  networkCreate,
  networkDefine,
  networkDestroy,
  networkStart,
  networkUndefine,
} from '../../../sim/ops/networks';
import type { Result } from '../../../sim/result';
import type { Domain, World } from '../../../sim/types';
import { uuidFromSeed } from '../../../sim/uuid';
import { formatNetworkXml, parseNetworkXml } from '../../../sim/xml/network-xml';
import type { CmdCtx } from '../context';
import { readXmlFile } from './define';
import { networkArg, networksHere } from './network-lookup';
import { netList } from './network-list';
import { netUpdate } from './network-update';
import type { VirshCommand } from './types';
import { printXml, xpathReadable } from './xml-output';

const none = { none: 'Xen networking is bridges set up on the host (brctl, /etc/xen/scripts)' };

/** Applies a network operation: the new world, or virsh's line and libvirt's error. */
function applyNet(c: CmdCtx, r: Result<World>, failLine: string): boolean {
  if (c.refuseReadonly(failLine)) return false;
  if (r.ok) {
    c.s.world = r.value;
    return true;
  }
  c.error(failLine);
  c.libvirtError(r.error);
  return false;
}

/** net-define and net-create: read the file, parse it as the test driver does, add the network. */
function fromFile(verb: 'define' | 'create', op: typeof networkDefine): VirshCommand['run'] {
  return (c) => {
    if (!networksHere(c)) return false;
    const file = c.str('file')!;
    const xml = readXmlFile(c, file);
    if (xml === undefined) return false;
    const failLine = `Failed to ${verb} network from ${file}`;
    const newUuid = () => uuidFromSeed(`${c.host().name}/net/${c.s.now}/${xml}`);
    const def = parseNetworkXml(xml, newUuid, c.has('validate'));
    if (!def.ok) return applyNet(c, def, failLine);
    if (!applyNet(c, op(c.op(), def.value), failLine)) return false;
    c.extra(`Network ${def.value.name} ${verb === 'define' ? 'defined' : 'created'} from ${file}\n`);
    return true;
  };
}

/** A command on one network: look it up, run the operation, print virsh's line. */
function onNetwork(
  op: (c: CmdCtx, name: string) => Result<World>,
  fail: string,
  done: (c: CmdCtx) => string,
): VirshCommand['run'] {
  return (c) => {
    const n = networkArg(c);
    if (!n) return false;
    const arg = c.str('network')!;
    if (!applyNet(c, op(c, n.def.name), fail.replace('{network}', arg))) return false;
    c.extra(done(c).replace('{network}', arg));
    return true;
  };
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export const networkCommands: VirshCommand[] = [
  { name: 'net-list', readOnly: true, xm: none, xl: none, run: netList },
  netUpdate,
  { name: 'net-define', api: 'virNetworkDefineXML', xm: none, xl: none, run: fromFile('define', networkDefine) },
  { name: 'net-create', api: 'virNetworkCreateXML', xm: none, xl: none, run: fromFile('create', networkCreate) },
  {
    name: 'net-start',
    api: 'virNetworkCreate',
    run: onNetwork(
      (c, n) => networkStart(c.op(), n),
      'Failed to start network {network}',
      () => 'Network {network} started\n',
    ),
  },
  {
    name: 'net-destroy',
    api: 'virNetworkDestroy',
    run: onNetwork(
      (c, n) => networkDestroy(c.op(), n),
      'Failed to destroy network {network}',
      () => 'Network {network} destroyed\n',
    ),
  },
  {
    name: 'net-undefine',
    api: 'virNetworkUndefine',
    run: onNetwork(
      (c, n) => networkUndefine(c.op(), n),
      'Failed to undefine network {network}',
      () => 'Network {network} has been undefined\n',
    ),
  },
  {
    name: 'net-autostart',
    api: 'virNetworkSetAutostart',
    run: onNetwork(
      (c, n) => networkAutostart(c.op(), n, !c.has('disable')),
      'failed to mark network {network} as autostarted',
      (c) => `Network {network} ${c.has('disable') ? 'unmarked' : 'marked'} as autostarted\n`,
    ),
  },
  {
    name: 'net-info',
    readOnly: true,
    run(c) {
      const n = networkArg(c);
      if (!n) return false;
      const row = (k: string, v: string) => `${k.padEnd(15)} ${v}\n`;
      c.print(row('Name:', n.def.name) + row('UUID:', n.def.uuid));
      c.print(row('Active:', yesNo(n.active)) + row('Persistent:', yesNo(n.persistent)));
      c.print(row('Autostart:', yesNo(n.autostart)));
      if (n.def.bridge?.name) c.print(row('Bridge:', n.def.bridge.name));
      return true;
    },
  },
  {
    name: 'net-uuid',
    readOnly: true,
    run(c) {
      const n = networkArg(c, 'network', { name: true });
      if (n) c.print(`${n.def.uuid}\n`);
      return !!n;
    },
  },
  {
    name: 'net-name',
    readOnly: true,
    run(c) {
      const n = networkArg(c, 'network', { uuid: true });
      if (n) c.print(`${n.def.name}\n`);
      return !!n;
    },
  },
  {
    name: 'net-dumpxml',
    readOnly: true,
    run(c) {
      const n = networkArg(c);
      if (!n || !xpathReadable(c)) return false;
      const host = c.host();
      if (c.has('inactive') && host.driver === 'test') {
        // testNetworkGetXMLDesc: virCheckFlags(0).
        c.libvirtError({ code: 'INVALID_ARG', message: 'unsupported flags (0x1) in function testNetworkGetXMLDesc' });
        return false;
      }
      const plugged = (d: Domain) =>
        d.state === 'shut off'
          ? 0
          : (d.live?.interfaces ?? []).filter((i) => i.type === 'network' && i.source === n.def.name).length;
      const connections =
        host.driver === 'test' || !n.active || c.has('inactive') ? 0 : host.domains.reduce((t, d) => t + plugged(d), 0);
      // The network driver's --inactive is the persistent definition a change left waiting.
      return printXml(c, formatNetworkXml(c.has('inactive') ? (n.newDef ?? n.def) : n.def, connections));
    },
  },
];
