import { xenDmesgClear } from '../../../sim/ops/xen';
import { xlInfo } from '../../xen/host-info';
import { xlLongList } from '../../xen/long-list';
import { xlListTable, xlUptimeTable, xlVcpuTable } from '../../xen/tables';
import { type XenDomain, xenArrivals } from '../../xen/view';
import { xlHelp } from '../help';
import { xlCommand } from './types';

const list = xlCommand({
  name: 'list',
  virsh: 'virsh list',
  note: 'xl lists running domains only: it keeps no definitions of stopped ones (xm and virsh do).',
  run(c, args) {
    const g = c.getopt(
      args,
      'lvhZn',
      {
        long: { short: 'l', arg: false },
        verbose: { short: 'v', arg: false },
        context: { short: 'Z', arg: false },
        numa: { short: 'n', arg: false },
      },
      'list',
      0,
    );
    if (typeof g === 'number') return g;
    const has = (o: string) => g.opts.some((x) => x.opt === o);
    let doms: XenDomain[];
    if (g.params.length === 0) doms = [...c.domains(), ...xenArrivals(c.world, c.host(), c.now)];
    else if (g.params.length === 1) {
      const t = c.findDomain(g.params[0]);
      if (typeof t === 'number') return t;
      if (!t.x) {
        c.eprint(`Error: Domain '${g.params[0]}' does not exist.\n`);
        return 6;
      }
      doms = [t.x];
    } else {
      c.print(xlHelp('list'));
      return 2;
    }
    if (has('l')) {
      c.print(xlLongList(doms));
      return 0;
    }
    let table = xlListTable(doms);
    if (has('v') || has('Z') || has('n')) {
      const lines = table.split('\n');
      lines[0] += `${has('v') ? '   UUID                            Reason-Code\tSecurity Label' : has('Z') ? '   Security Label' : ''}${has('n') ? ' NODE Affinity' : ''}`;
      doms.forEach((x, i) => {
        lines[i + 1] +=
          `${has('v') ? ` ${x.uuid} ${'-'.padStart(8)}` : ''}${has('v') || has('Z') ? ` ${'-'.padStart(16)}` : ''}${has('n') ? ' all' : ''}`;
      });
      table = lines.join('\n');
    }
    c.print(table);
    return 0;
  },
});

const vcpuList = xlCommand({
  name: 'vcpu-list',
  virsh: 'virsh vcpuinfo {domain}',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'vcpu-list', 0);
    if (typeof g === 'number') return g;
    let doms = c.domains();
    if (g.params.length) {
      doms = [];
      for (const p of g.params) {
        const t = c.findDomain(p);
        if (typeof t === 'number') {
          c.print(xlVcpuTable(c.host(), doms));
          return t;
        }
        if (t.x) doms.push(t.x);
        else c.libxl('libxl.c:4556:libxl_list_vcpu', 'getting infolist', 'ESRCH');
      }
    }
    c.print(xlVcpuTable(c.host(), doms));
    return 0;
  },
});

const domid = xlCommand({
  name: 'domid',
  virsh: 'virsh domid {domain}',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'domid', 1);
    if (typeof g === 'number') return g;
    const x = c.domains().find((d) => d.name === g.params[0]);
    if (!x) {
      c.eprint(`Can't get domid of domain name '${g.params[0]}', maybe this domain does not exist.\n`);
      return 1;
    }
    c.print(`${x.id}\n`);
    return 0;
  },
});

const domname = xlCommand({
  name: 'domname',
  virsh: 'virsh domname {domain}',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'domname', 1);
    if (typeof g === 'number') return g;
    const m = /^\s*([+-]?\d+)/.exec(g.params[0]);
    if (!m) {
      c.eprint('Invalid domain id.\n\n');
      return 1;
    }
    const id = Number(m[1]) >>> 0;
    const x = c.domains().find((d) => d.id === id);
    if (!x) {
      c.eprint(`Can't get domain name of domain id '${id | 0}', maybe this domain does not exist.\n`);
      return 1;
    }
    c.print(`${x.name}\n`);
    return 0;
  },
});

const uptime = xlCommand({
  name: 'uptime',
  virsh: { none: 'virsh has no uptime; virsh dominfo shows CPU time only' },
  run(c, args) {
    const g = c.getopt(args, 's', {}, 'uptime', 0);
    if (typeof g === 'number') return g;
    let doms = c.domains();
    if (g.params.length) {
      doms = [];
      for (const p of g.params) {
        const t = c.findDomain(p);
        if (typeof t === 'number') return t;
        if (t.x) doms.push(t.x);
      }
    }
    c.print(xlUptimeTable(doms, g.opts.length > 0, c.now));
    return 0;
  },
});

const info = xlCommand({
  name: 'info',
  virsh: 'virsh nodeinfo',
  run(c, args) {
    const g = c.getopt(args, 'hn', { numa: { short: 'n', arg: false } }, 'info', 0);
    if (typeof g === 'number') return g;
    c.print(xlInfo(c.host(), c.now));
    return 0;
  },
});

const dmesg = xlCommand({
  name: 'dmesg',
  virsh: { none: 'libvirt has no API for the hypervisor console ring' },
  note: 'Xen\'s boot messages: "HVM: VMX enabled" or "HVM: no hardware support" tells whether this host can run HVM guests.',
  run(c, args) {
    const g = c.getopt(args, 'c', {}, 'dmesg', 0);
    if (typeof g === 'number') return g;
    c.print(
      c
        .host()
        .xen!.dmesg.map((l) => `${l}\n`)
        .join(''),
    );
    if (g.opts.length) c.apply(xenDmesgClear(c.op()));
    return 0;
  },
});

export const queryCommands = [list, vcpuList, domid, domname, uptime, info, dmesg];
