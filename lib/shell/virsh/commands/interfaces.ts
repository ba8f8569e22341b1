import { interfaceChange, interfaceDefine, interfaceSetActive, interfaceUndefine } from '../../../sim/ops/interfaces';
import type { Result } from '../../../sim/result';
import type { HostInterface, World } from '../../../sim/types';
import { formatInterfaceXml, parseInterfaceXml } from '../../../sim/xml/interface-xml';
import type { CmdCtx } from '../context';
import { printXml, xpathReadable } from './xml-output';
import { readXmlFile } from './define';
import { applyStorage, reqString } from './pool-lookup';
import type { VirshCommand } from './types';

const none = { none: 'Xen leaves host interfaces to the distribution (ifup, /etc/network, brctl)' };

function interfacesHere(c: CmdCtx): HostInterface[] | undefined {
  const h = c.host();
  if (h.driver === 'test') return h.interfaces ?? [];
  c.error(`command '${c.name}' is not simulated by VirtLab`);
  return undefined;
}

/** virMacAddrParse: six bytes of one or two hex digits, colon-separated. */
const isMac = (s: string) => /^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$/.test(s);
const macKey = (s: string) =>
  s
    .split(':')
    .map((b) => b.toLowerCase().padStart(2, '0'))
    .join(':');

/**
 * virshCommandOptInterfaceBy: a MAC address is looked up by MAC, anything else by name, each
 * only when `by` allows; "failed to get interface" and libvirt's error when none matches.
 */
function ifaceArg(
  c: CmdCtx,
  opt = 'interface',
  by: { name?: boolean; mac?: boolean } = { name: true, mac: true },
): HostInterface | undefined {
  const is = interfacesHere(c);
  const v = is && reqString(c, opt);
  if (!is || v == null) return undefined;
  const mac = isMac(v);
  if (mac && by.mac) {
    const i = is.find((x) => x.def.mac && isMac(x.def.mac) && macKey(x.def.mac) === macKey(v));
    if (i) return i;
    c.libvirtError({ code: 'NO_INTERFACE', message: `Interface not found: no interface with matching mac '${v}'` });
  } else if (!mac && by.name) {
    const i = is.find((x) => x.def.name === v);
    if (i) return i;
    c.libvirtError({ code: 'NO_INTERFACE', message: `Interface not found: no interface with matching name '${v}'` });
  }
  c.error(`failed to get interface '${v}'`);
  return undefined;
}

const flagsRefused = (c: CmdCtx) => {
  c.libvirtError({ code: 'INVALID_ARG', message: 'unsupported flags (0x1) in function testInterfaceGetXMLDesc' });
  return false;
};

function ifaceList(c: CmdCtx): boolean {
  if (!c.exclusive('all', 'inactive')) return false;
  const is = interfacesHere(c);
  if (!is) return false;
  const shown = is
    .filter((i) => (c.has('all') ? true : c.has('inactive') ? !i.active : i.active))
    .sort((a, b) => (a.def.name < b.def.name ? -1 : a.def.name > b.def.name ? 1 : 0));
  c.print(
    c.table(
      ['Name', 'State', 'MAC Address'],
      shown.map((i) => [i.def.name, i.active ? 'active' : 'inactive', i.def.mac ?? '']),
    ),
  );
  return true;
}

/** A command on one interface: look it up, run the operation, print virsh's line. */
function onIface(op: (c: CmdCtx, name: string) => Result<World>, fail: string, done: string): VirshCommand['run'] {
  return (c) => {
    const i = ifaceArg(c);
    if (!i) return false;
    const arg = c.str('interface')!;
    if (!applyStorage(c, op(c, i.def.name), fail.replace('{iface}', arg))) return false;
    c.extra(done.replace('{iface}', arg));
    return true;
  };
}

/** iface-begin, -commit, -rollback (each message spelled whole: the Japanese catalogue is matched on them). */
const CHANGE = {
  begin: ['Failed to begin network config change transaction', 'Network config change transaction started\n'],
  commit: ['Failed to commit network config change transaction', 'Network config change transaction committed\n'],
  rollback: ['Failed to rollback network config change transaction', 'Network config change transaction rolled back\n'],
};
function change(step: keyof typeof CHANGE): VirshCommand['run'] {
  return (c) => {
    if (!interfacesHere(c)) return false;
    if (!applyStorage(c, interfaceChange(c.op(), step), CHANGE[step][0])) return false;
    c.extra(CHANGE[step][1]);
    return true;
  };
}

export const interfaceCommands: VirshCommand[] = [
  { name: 'iface-list', readOnly: true, xm: none, xl: none, run: ifaceList },
  {
    name: 'iface-edit',
    api: 'virInterfaceDefineXML',
    // cmdInterfaceEdit asks for the inactive XML, a flag testInterfaceGetXMLDesc refuses.
    run: (c) => (ifaceArg(c) ? flagsRefused(c) : false),
  },
  {
    name: 'iface-dumpxml',
    readOnly: true,
    run(c) {
      const i = ifaceArg(c);
      if (!i || !xpathReadable(c)) return false;
      if (c.has('inactive')) return flagsRefused(c);
      return printXml(c, formatInterfaceXml(i.def));
    },
  },
  {
    name: 'iface-mac',
    readOnly: true,
    run(c) {
      const i = ifaceArg(c, 'interface', { name: true });
      if (i) c.print(`${i.def.mac ?? ''}\n`);
      return !!i;
    },
  },
  {
    name: 'iface-name',
    readOnly: true,
    run(c) {
      const i = ifaceArg(c, 'interface', { mac: true });
      if (i) c.print(`${i.def.name}\n`);
      return !!i;
    },
  },
  {
    name: 'iface-define',
    api: 'virInterfaceDefineXML',
    xm: none,
    xl: none,
    run(c) {
      if (!interfacesHere(c)) return false;
      const file = reqString(c, 'file');
      const xml = file == null ? undefined : readXmlFile(c, file);
      if (file == null || xml === undefined) return false;
      const def = parseInterfaceXml(xml);
      const r = def.ok ? interfaceDefine(c.op(), def.value) : def;
      if (!applyStorage(c, r, `Failed to define interface from ${file}`) || !def.ok) return false;
      c.extra(`Interface ${def.value.name} defined from ${file}\n`);
      return true;
    },
  },
  {
    name: 'iface-undefine',
    api: 'virInterfaceUndefine',
    run: onIface(
      (c, n) => interfaceUndefine(c.op(), n),
      'Failed to undefine interface {iface}',
      'Interface {iface} undefined\n',
    ),
  },
  {
    name: 'iface-start',
    api: 'virInterfaceCreate',
    run: onIface(
      (c, n) => interfaceSetActive(c.op(), n, true),
      'Failed to start interface {iface}',
      'Interface {iface} started\n',
    ),
  },
  {
    name: 'iface-destroy',
    api: 'virInterfaceDestroy',
    run(c) {
      const done = onIface(
        (x, n) => interfaceSetActive(x.op(), n, false),
        'Failed to destroy interface {iface}',
        'Interface {iface} destroyed\n',
      )(c);
      // virsh 9.0's cmdInterfaceDestroy ends with a failure status even when the interface stopped.
      return done && false;
    },
  },
  { name: 'iface-begin', api: 'virInterfaceChangeBegin', run: change('begin') },
  { name: 'iface-commit', api: 'virInterfaceChangeCommit', run: change('commit') },
  { name: 'iface-rollback', api: 'virInterfaceChangeRollback', run: change('rollback') },
  {
    name: 'iface-bridge',
    api: 'virInterfaceDefineXML',
    run(c) {
      const i = ifaceArg(c, 'interface', { name: true });
      const br = i && reqString(c, 'bridge');
      if (!i || br == null) return false;
      const is = interfacesHere(c)!;
      if (is.some((x) => x.def.name === br)) {
        c.error(`Network device ${br} already exists`);
        return false;
      }
      // The lookup's failure stays as libvirt's last error when --delay is then refused.
      c.libvirtError({ code: 'NO_INTERFACE', message: `Interface not found: no interface with matching name '${br}'` });
      const delay = c.str('delay');
      if (delay !== undefined && c.uint('delay') === null) return false;
      // virsh reads the interface's inactive XML, a flag the test driver refuses.
      return flagsRefused(c);
    },
  },
  {
    name: 'iface-unbridge',
    api: 'virInterfaceDefineXML',
    run(c) {
      return ifaceArg(c, 'bridge', { name: true }) ? flagsRefused(c) : false;
    },
  },
];
