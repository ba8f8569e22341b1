import { quirks } from '../../../sim/drivers';
import { domainSetAutostart, domainSetMaxMemory, domainSetMemory, domainSetVcpus } from '../../../sim/ops/resources';
import { isActive } from '../../../sim/states';
import { pinningCommands } from './pinning';
import type { VirshCommand } from './types';

const setmem: VirshCommand = {
  name: 'setmem',
  api: 'virDomainSetMemoryFlags',
  xm: 'xm mem-set {domain} {size-mib}',
  xl: 'xl mem-set {domain} {size-mib}m',
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
    const d = c.domain();
    if (!d) return false;
    const kib = c.kib('size');
    if (kib == null) return false;
    // virsh calls virDomainSetMemory (live) unless --config or --live is given.
    const flags = c.has('config') || c.has('live') ? c.affect() : { live: true };
    return !!c.apply(domainSetMemory(c.op(), d.uuid, kib, flags));
  },
};

const setmaxmem: VirshCommand = {
  name: 'setmaxmem',
  api: 'virDomainSetMemoryFlags',
  xm: 'xm mem-max {domain} {size-mib}',
  xl: 'xl mem-max {domain} {size-mib}m',
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config')) return false;
    const d = c.domain();
    if (!d) return false;
    const kib = c.kib('size');
    if (kib == null) return false;
    return !!c.apply(domainSetMaxMemory(c.op(), d.uuid, kib, c.affect()), 'Unable to change MaxMemorySize');
  },
};

const setvcpus: VirshCommand = {
  name: 'setvcpus',
  api: (c) =>
    ['config', 'live', 'current', 'maximum', 'guest', 'hotpluggable'].some((o) => c.has(o))
      ? 'virDomainSetVcpusFlags'
      : 'virDomainSetVcpus',
  xm: 'xm vcpu-set {domain} {count}',
  xl: 'xl vcpu-set {domain} {count}',
  // xm and xl have no --config: mem-set, vcpu-set and vcpu-pin act on the running domain.
  flags: {
    maximum: {},
    live: { xm: '', xl: '' },
    current: { xm: '', xl: '' },
    config: {
      xm: { none: 'xm has no --config: it acts on the running domain' },
      xl: { none: 'xl changes the running domain only: edit /etc/xen/{domain}.cfg for the next boot' },
    },
  },
  run(c) {
    if (!c.exclusive('current', 'live') || !c.exclusive('current', 'config') || !c.exclusive('guest', 'config'))
      return false;
    if (!c.requires('maximum', 'config')) return false;
    const d = c.domain();
    if (!d) return false;
    const count = c.uint('count');
    if (count == null) return false;
    if (count <= 0) {
      c.error("Can't set 0 processors for a VM");
      return false;
    }
    const flags =
      c.has('config') ||
      c.has('live') ||
      c.has('current') ||
      c.has('maximum') ||
      c.has('guest') ||
      c.has('hotpluggable')
        ? { ...c.affect(), maximum: c.has('maximum'), guest: c.has('guest'), hotpluggable: c.has('hotpluggable') }
        : { live: true };
    return !!c.apply(domainSetVcpus(c.op(), d.uuid, count, flags));
  },
};

const vcpucount: VirshCommand = {
  name: 'vcpucount',
  readOnly: true,
  xm: 'xm vcpu-list {domain}',
  xl: 'xl vcpu-list {domain}',
  run(c) {
    // cmdVcpucount checks its options before the domain. --current conflicts with --live or
    // --config only when a count kind (--active, --maximum) is asked for.
    const kind = c.has('active') || c.has('maximum');
    if (
      !c.exclusive('live', 'config') ||
      (kind && (!c.exclusive('current', 'live') || !c.exclusive('current', 'config'))) ||
      !c.exclusive('active', 'maximum') ||
      !c.exclusive('guest', 'config')
    )
      return false;
    const d = c.domain();
    if (!d) return false;
    if (c.has('guest') && c.host().driver === 'test') {
      c.error('Failed to retrieve vCPU count from the guest');
      c.libvirtError({ code: 'INVALID_ARG', message: 'unsupported flags (0x8) in function testDomainGetVcpusFlags' });
      return false;
    }
    const live = d.live,
      config = d.config;
    const any = ['maximum', 'active', 'live', 'config', 'current'].some((o) => c.has(o));
    if (!any) {
      const row = (a: string, b: string, n: number) => `${a.padEnd(12)} ${b.padEnd(12)} ${String(n).padStart(3)}\n`;
      let out = '';
      if (config) out += row('maximum', 'config', config.vcpuMax);
      if (live) out += row('maximum', 'live', live.vcpuMax);
      if (config) out += row('current', 'config', config.vcpus);
      if (live) out += row('current', 'live', live.vcpus);
      c.print(out);
      return true;
    }
    const useConfig = c.has('config') || (!c.has('live') && !isActive(d.state));
    const def = useConfig ? config : live;
    if (!def) {
      const why = useConfig ? 'transient domains do not have any persistent config' : 'domain is not running';
      c.libvirtError({ code: 'OPERATION_INVALID', message: `Requested operation is not valid: ${why}` });
      return false;
    }
    c.print(`${c.has('maximum') ? def.vcpuMax : def.vcpus}\n`);
    return true;
  },
};

const autostart: VirshCommand = {
  name: 'autostart',
  api: 'virDomainSetAutostart',
  xm: { none: 'xm has no autostart command: link /etc/xen/{domain}.cfg into /etc/xen/auto' },
  xl: { none: 'xl has no autostart command: link the config into /etc/xen/auto' },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const name = c.str('domain')!;
    const on = !c.has('disable');
    if (
      !c.apply(
        domainSetAutostart(c.op(), d.uuid, on),
        on ? `Failed to mark domain '${name}' as autostarted` : `Failed to unmark domain '${name}' as autostarted`,
      )
    )
      return false;
    c.extra(on ? `Domain '${name}' marked as autostarted\n` : `Domain '${name}' unmarked as autostarted\n`);
    return true;
  },
};

const maxvcpus: VirshCommand = {
  name: 'maxvcpus',
  readOnly: true,
  xm: 'xm info',
  xl: 'xl info',
  run(c) {
    c.print(`${quirks(c.host().driver).maxVcpus}\n`);
    return true;
  },
};

export const resourceCommands = [setmem, setmaxmem, setvcpus, vcpucount, ...pinningCommands, autostart, maxvcpus];
