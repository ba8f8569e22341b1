import { formatCpuList, parseCpuList } from '../../../sim/cpulist';
import { domainPinEmulator, domainPinVcpu } from '../../../sim/ops/resources';
import { isActive } from '../../../sim/states';
import type { Domain, DomainDef, Host } from '../../../sim/types';
import { currentDef } from '../../../sim/world';
import type { CmdCtx } from '../context';
import type { VirshCommand } from './types';
import { asPrintfD } from '../../../sim/printf';

/** How many host CPUs virsh sizes cpumaps to (virNodeGetCPUMap; the test driver says 8). */
export const hostMapCpus = (h: Host) => h.cpu.mapCpus ?? h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;
const nodeCpus = (h: Host) => h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;
/** An unpinned vCPU may run on every CPU the node has, as far as the CPU map reaches. */
export const affinityOf = (h: Host, def: DomainDef, vcpu: number) =>
  def.vcpupin[vcpu] ?? Array.from({ length: Math.min(nodeCpus(h), hostMapCpus(h)) }, (_, i) => i);

/** virsh's own line first; a libvirt parse error follows it as the command's last error. */
function cpuListError(c: CmdCtx, message: string) {
  const [own, lib] = message.split('\n');
  c.error(own);
  if (lib) c.libvirtError({ code: 'INVALID_ARG', message: lib });
}

function affinityString(h: Host, cpus: number[]) {
  const n = hostMapCpus(h);
  return Array.from({ length: n }, (_, i) => (cpus.includes(i) ? 'y' : '-')).join('');
}

const vcpuinfo: VirshCommand = {
  name: 'vcpuinfo',
  readOnly: true,
  xm: 'xm vcpu-list {domain}',
  xl: 'xl vcpu-list {domain}',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const host = c.host();
    const def = currentDef(d);
    const active = isActive(d.state);
    let out = '';
    for (let v = 0; v < (active ? def.vcpus : def.vcpuMax); v++) {
      const cpus = affinityOf(host, def, v);
      out += `${v > 0 ? '\n' : ''}VCPU:           ${v}\n`;
      if (active) {
        // The test driver reports the last CPU of the affinity (all of nodeinfo's CPUs when unpinned).
        const all = host.cpu.nodes * host.cpu.sockets * host.cpu.cores * host.cpu.threads;
        const cpu = def.vcpupin[v] ? Math.max(...def.vcpupin[v]) : host.driver === 'test' ? all - 1 : v % all;
        const time =
          host.driver === 'test' ? c.s.now / 1e7 : (Math.max(0, c.s.now - (d.startedAt ?? c.s.now)) / 1000) * 0.05;
        out += `CPU:            ${cpu}\nState:          running\nCPU time:       ${time.toFixed(1)}s\n`;
      } else {
        out += 'CPU:            N/A\nState:          N/A\nCPU time        N/A\n';
      }
      out += `CPU Affinity:   ${c.has('pretty') ? `${formatCpuList(cpus)} (out of ${hostMapCpus(host)})` : affinityString(host, cpus)}\n`;
    }
    c.print(out);
    return true;
  },
};

/** virDomainObjGetOneDef for a query: --live needs a running domain, --config a persistent one. */
function queryDef(c: CmdCtx, d: Domain): DomainDef | undefined {
  const fail = (code: 'INVALID_ARG' | 'OPERATION_INVALID', message: string) => {
    c.libvirtError({ code, message });
    return undefined;
  };
  if (c.has('live') && c.has('config'))
    return fail('INVALID_ARG', "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
  if (c.has('live') || (!c.has('config') && isActive(d.state)))
    return d.live ?? fail('OPERATION_INVALID', 'Requested operation is not valid: domain is not running');
  return (
    d.config ??
    fail('OPERATION_INVALID', 'Requested operation is not valid: transient domains do not have any persistent config')
  );
}

function pinTable(c: CmdCtx, host: Host, def: DomainDef, only?: number) {
  const rows: string[][] = [];
  for (let v = 0; v < def.vcpuMax; v++)
    if (only === undefined || only === v) rows.push([String(v), formatCpuList(affinityOf(host, def, v))]);
  return c.table(['VCPU', 'CPU Affinity'], rows);
}

const vcpupin: VirshCommand = {
  name: 'vcpupin',
  api: (c) => (['config', 'live', 'current'].some((o) => c.has(o)) ? 'virDomainPinVcpuFlags' : 'virDomainPinVcpu'),
  xm: 'xm vcpu-pin {domain} {vcpu} {cpulist}',
  xl: 'xl vcpu-pin {domain} {vcpu} {cpulist}',
  // xm and xl have no --config: mem-set, vcpu-set and vcpu-pin act on the running domain.
  flags: {
    live: { xm: '', xl: '' },
    current: { xm: '', xl: '' },
    config: {
      xm: { none: 'xm has no --config: it acts on the running domain' },
      xl: { none: 'xl changes the running domain only: edit /etc/xen/{domain}.cfg for the next boot' },
    },
  },
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config')) return false;
    const list = c.str('cpulist');
    // A query reads one definition: virsh refuses both flags before the lookup.
    if (list === undefined && !c.exclusive('live', 'config')) return false;
    // cmdVcpuPin reads --vcpu, and wants it in pin mode, before looking the domain up.
    const vcpu = c.uint('vcpu');
    if (vcpu === null) return false;
    if (list !== undefined && vcpu === undefined) {
      c.error('vcpupin: Missing vCPU number in pin mode.');
      return false;
    }
    const d = c.domain();
    if (!d) return false;
    const host = c.host();
    if (list === undefined) {
      // virsh checks these itself before asking for the pinning.
      if (c.has('live') && !isActive(d.state)) {
        c.error('cannot get vcpupin for offline domain');
        return false;
      }
      if (c.has('config') && !d.config) {
        c.error('cannot get vcpupin for transient domain');
        return false;
      }
      const def = c.has('config') ? d.config! : c.has('live') ? d.live! : currentDef(d);
      // virsh counts the maximum vCPUs (VIR_DOMAIN_VCPU_MAXIMUM), online or not.
      const count = def.vcpuMax;
      if (vcpu !== undefined && vcpu >= count) {
        c.error(
          `vcpu ${asPrintfD(vcpu)} is out of range of ${def === d.live ? 'live' : 'persistent'} cpu count ${count}`,
        );
        return false;
      }
      c.print(pinTable(c, host, def, vcpu));
      return true;
    }
    const cpus = parseCpuList(list, hostMapCpus(host));
    if (!cpus.ok) {
      cpuListError(c, cpus.error.message);
      return false;
    }
    return !!c.apply(domainPinVcpu(c.op(), d.uuid, vcpu as number, cpus.value, c.affect()));
  },
};

const emulatorpin: VirshCommand = {
  name: 'emulatorpin',
  api: 'virDomainPinEmulator',
  xm: { none: 'Xen has no emulator thread to pin (the device model runs in Domain-0)' },
  xl: { none: 'Xen has no emulator thread to pin' },
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config')) return false;
    const d = c.domain();
    if (!d) return false;
    const host = c.host();
    const list = c.str('cpulist');
    if (list === undefined) {
      const def = queryDef(c, d);
      if (!def) return false;
      // Unpinned: every node CPU, as far as virsh's cpumap (sized by the CPU map's count) reaches.
      const cpus = def?.emulatorpin ?? Array.from({ length: Math.min(nodeCpus(host), hostMapCpus(host)) }, (_, i) => i);
      c.extra('emulator: CPU Affinity\n----------------------------------\n       *: ');
      c.print(`${formatCpuList(cpus)}\n`);
      return true;
    }
    const cpus = parseCpuList(list, hostMapCpus(host));
    if (!cpus.ok) {
      cpuListError(c, cpus.error.message);
      return false;
    }
    // virsh pins the live emulator when no flag is given (VIR_DOMAIN_AFFECT_LIVE), so a shut-off domain refuses.
    const none = !c.has('current') && !c.has('live') && !c.has('config');
    return !!c.apply(domainPinEmulator(c.op(), d.uuid, cpus.value, none ? { live: true } : c.affect()));
  },
};

export const pinningCommands: VirshCommand[] = [vcpuinfo, vcpupin, emulatorpin];
