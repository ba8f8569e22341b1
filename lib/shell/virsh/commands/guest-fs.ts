import { domainFSFreeze, domainFSTrim, domainGetFSInfo, domainInterfaceAddresses } from '../../../sim/ops/guest-fs';
import type { CmdCtx } from '../context';
import { parseULongLong } from '../numbers';
import type { VirshCommand } from './types';

/** Reports a failed guest call: virsh's line, then libvirt's error. */
function failed(c: CmdCtx, line: string, e: { code: string; message: string }): false {
  c.error(line);
  c.libvirtError(e as Parameters<CmdCtx['libvirtError']>[0]);
  return false;
}

const domfsinfo: VirshCommand = {
  name: 'domfsinfo',
  // libvirt.c refuses virDomainGetFSInfo on a read-only connection: it talks to the guest agent.
  api: 'virDomainGetFSInfo',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    if (c.refuseReadonly('Unable to get filesystem information')) return false;
    const r = domainGetFSInfo(c.op(), d.uuid);
    if (!r.ok) return failed(c, 'Unable to get filesystem information', r.error);
    if (r.value.length === 0) c.extra('No filesystems are mounted in the domain');
    else
      c.print(
        c.table(
          ['Mountpoint', 'Name', 'Type', 'Target'],
          r.value.map((f) => [f.mountpoint, f.name, f.type, f.target]),
        ),
      );
    return true;
  },
};

function freezeCommand(name: string, freeze: boolean): VirshCommand {
  return {
    name,
    api: freeze ? 'virDomainFSFreeze' : 'virDomainFSThaw',
    run(c) {
      const d = c.domain();
      if (!d) return false;
      const line = freeze ? 'Unable to freeze filesystems' : 'Unable to thaw filesystems';
      const r = c.apply(domainFSFreeze(c.op(), d.uuid, c.argv('mountpoint'), freeze), line);
      if (!r) return false;
      c.extra(`${freeze ? 'Froze' : 'Thawed'} ${r.count} filesystem(s)\n`);
      return true;
    },
  };
}

const domfstrim: VirshCommand = {
  name: 'domfstrim',
  api: 'virDomainFSTrim',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const min = c.str('minimum');
    const parsed = min === undefined ? undefined : parseULongLong(min, 'minimum');
    if (parsed && !parsed.ok) {
      c.error(parsed.error);
      return false;
    }
    if (c.str('mountpoint') === '') {
      c.error("Failed to get option 'mountpoint': Option argument is empty");
      return false;
    }
    if (c.refuseReadonly('Unable to invoke fstrim')) return false;
    const r = domainFSTrim(c.op(), d.uuid, c.str('mountpoint'));
    return r.ok || failed(c, 'Unable to invoke fstrim', r.error);
  },
};

const SOURCES = ['lease', 'agent', 'arp'];

/** cmdDomIfAddr: the data source checked first; one line per address, the name and MAC once per interface. */
const domifaddr: VirshCommand = {
  name: 'domifaddr',
  readOnly: true,
  run(c) {
    const source = c.str('source');
    const empty = ['interface', 'source'].find((o) => c.str(o) === '');
    if (empty) {
      c.error(`Failed to get option '${empty}': Option argument is empty`);
      return false;
    }
    if (source !== undefined && !SOURCES.includes(source)) {
      c.error(`Unknown data source '${source}'`);
      return false;
    }
    const d = c.domain();
    if (!d) return false;
    const r = domainInterfaceAddresses(c.op(), d.uuid, source as 'lease' | 'agent' | 'arp' | undefined);
    if (!r.ok) return failed(c, 'Failed to query for interfaces addresses', r.error);
    const only = c.str('interface');
    const row = (a: string, b: string, p: string, addr: string) =>
      ` ${a.padEnd(10)} ${b.padEnd(17)}    ${p.padEnd(12)} ${addr}\n`;
    c.extra(`${row('Name', 'MAC address', 'Protocol', 'Address').trimEnd()}\n${'-'.repeat(79)}\n`);
    for (const a of r.value) if (only === undefined || a.name === only) c.print(row(a.name, a.mac, 'ipv4', a.address));
    return true;
  },
};

export const guestFsCommands: VirshCommand[] = [
  domfsinfo,
  freezeCommand('domfsfreeze', true),
  freezeCommand('domfsthaw', false),
  domfstrim,
  domifaddr,
];
