import { xenDmesgClear } from '../../../sim/ops/xen';
import { xmInfo } from '../../xen/host-info';
import { xmLongList } from '../../xen/long-list';
import { xmDomstate } from '../../xen/states';
import { xmListTable, xmUptimeTable, xmVcpuTable } from '../../xen/tables';
import { gnuGetopt } from '../../xen/getopt';
import { byName, type XenDomain, xenArrivals } from '../../xen/view';
import type { XmCtx } from '../context';
import { noDomain, optionError, type XmExit } from '../exits';
import { argCheck, usageExit, xmCommand } from './types';

/** server.xend.domain(dom) for each name given, in order; the first unknown one ends the command. */
function named(c: XmCtx, params: readonly string[]): XenDomain[] | XmExit {
  const out: XenDomain[] = [];
  for (const p of params) {
    const x = c.lookup(p);
    if (!x) return noDomain(p);
    out.push(x);
  }
  return out;
}

/** xend's power state names, as `xm list --state=` takes them. */
function powerState(x: XenDomain): string {
  if (x.id === null) return x.domain?.managedSave ? 'suspended' : 'halted';
  return x.state === 'paused' ? 'paused' : x.state === 'crashed' ? 'crashed' : 'running';
}

function getoptFailed(c: XmCtx, name: string, error: string): XmExit {
  c.error(error);
  return usageExit(c, name);
}

const list = xmCommand({
  name: 'list',
  virsh: 'virsh list --all',
  run(c, args) {
    const g = gnuGetopt(args, 'lv', ['long', 'vcpus', 'label', 'state=', 'pool=']);
    if (!g.ok) return getoptFailed(c, 'list', g.error);
    const has = (...o: string[]) => g.opts.some(([k]) => o.includes(k));
    const state = g.opts.find(([k]) => k === '--state')?.[1] ?? 'all';
    const pool = g.opts.find(([k]) => k === '--pool')?.[1];
    if (state !== 'all' && g.params.length)
      return optionError('You may specify either a state or a particular VM, but not both');
    if (pool && g.params.length) return optionError('You may specify either a pool or a particular VM, but not both');
    if (has('-v', '--vcpus')) {
      c.err += 'xm list -v is deprecated.  Please use xm vcpu-list.\n';
      return vcpuList.run(c, g.params);
    }
    const found = g.params.length
      ? named(c, g.params)
      : [...c.domains(), ...xenArrivals(c.world, c.host(), c.now)]
          .sort(byName)
          .filter((x) => state === 'all' || powerState(x) === state.toLowerCase())
          .filter(() => !pool || pool === 'Pool-0');
    if (!Array.isArray(found)) return found;
    if (has('-l', '--long')) c.print(found.map(xmLongList).join(''));
    else c.print(xmListTable(found));
  },
});

const vcpuList = xmCommand({
  name: 'vcpu-list',
  virsh: 'virsh vcpuinfo {domain}',
  run(c, args) {
    const found = args.length ? named(c, args) : c.domains();
    if (!Array.isArray(found)) return found;
    c.print(xmVcpuTable(c.host(), found));
  },
});

const domid = xmCommand({
  name: 'domid',
  virsh: 'virsh domid {domain}',
  run(c, args) {
    const bad = argCheck(c, args, 'domid', 1);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    // sxp.child_value(dom, 'domid') is None for an inactive managed domain, and print says so.
    c.print(`${x.id ?? 'None'}\n`);
  },
});

const domname = xmCommand({
  name: 'domname',
  virsh: 'virsh domname {domain}',
  run(c, args) {
    const bad = argCheck(c, args, 'domname', 1);
    if (bad) return bad;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    c.print(`${x.name}\n`);
  },
});

const domstate = xmCommand({
  name: 'domstate',
  virsh: 'virsh domstate {domain}',
  note: 'xm domstate tests each flag with find() > 0, so a domain shown as r----- prints nothing.',
  run(c, args) {
    const bad = argCheck(c, args, 'domstate', 1);
    if (bad) return bad;
    const g = gnuGetopt(args, 's', ['domname=']);
    const params = g.ok ? g.params : args;
    const found = named(c, params);
    if (!Array.isArray(found)) return found;
    const x = found[0];
    const word = xmDomstate(x, x.domain?.reason === 'user');
    if (word !== null) c.print(`${word}\n`);
  },
});

const uptime = xmCommand({
  name: 'uptime',
  virsh: { none: 'virsh has no uptime; virsh dominfo shows CPU time only' },
  run(c, args) {
    const g = gnuGetopt(args, 's', ['short']);
    if (!g.ok) return getoptFailed(c, 'uptime', g.error);
    const found = g.params.length ? named(c, g.params) : c.domains();
    if (!Array.isArray(found)) return found;
    c.print(xmUptimeTable(found, g.opts.length > 0, c.now));
  },
});

const info = xmCommand({
  name: 'info',
  virsh: 'virsh nodeinfo',
  run(c, args) {
    const bad = argCheck(c, args, 'info', 0, 1);
    if (bad) return bad;
    const g = gnuGetopt(args, 'cn', ['config', 'numa']);
    if (!g.ok) return getoptFailed(c, 'info', g.error);
    if (g.opts.some(([k]) => k === '-c' || k === '--config')) {
      // XendOptions' settings as xend read them from /etc/xen/xend-config.sxp.
      for (const [k, v] of Object.entries(c.host().xen!.xend)) c.print(`${k.padEnd(38)}: ${v === '' ? '(none)' : v}\n`);
      return;
    }
    c.print(xmInfo(c.host(), c.now));
  },
});

const dmesg = xmCommand({
  name: 'dmesg',
  virsh: { none: 'libvirt has no API for the hypervisor console ring (xl dmesg is the other way)' },
  note: 'Xen\'s boot messages: "HVM: VMX enabled" or "HVM: no hardware support" tells whether this host can run HVM guests.',
  run(c, args) {
    const bad = argCheck(c, args, 'dmesg', 0, 1);
    if (bad) return bad;
    const g = gnuGetopt(args, 'c', ['clear']);
    if (!g.ok) return getoptFailed(c, 'dmesg', g.error);
    if (g.params.length) {
      c.error('No parameter required');
      return usageExit(c, 'dmesg');
    }
    c.print(
      c
        .host()
        .xen!.dmesg.map((l) => `${l}\n`)
        .join(''),
    );
    if (g.opts.length) c.apply(xenDmesgClear(c.op()));
  },
});

export const queryCommands = [list, vcpuList, domid, domname, domstate, uptime, info, dmesg];
