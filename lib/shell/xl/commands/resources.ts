import { domainPinVcpu, domainSetMaxMemory, domainSetMemory, domainSetVcpus } from '../../../sim/ops/resources';
import { dom0SetMemory, dom0SetVcpus } from '../../../sim/ops/xen';
import { xlParseMemSizeKb } from '../../xen/memory';
import { nrCpus } from '../../xen/view';
import { xlCommand } from './types';

const memSet = xlCommand({
  name: 'mem-set',
  virsh: 'virsh setmem {domain} {size-mib}M',
  note: 'xl takes MiB by default (512 = 512 MiB) or a suffix b, k, m, g, t; virsh setmem takes KiB.',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'mem-set', 2);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0]);
    if (typeof t === 'number') return t;
    const kb = xlParseMemSizeKb(g.params[1]);
    if (kb === -1) {
      c.eprint(`invalid memory size: ${g.params[1]}\n`);
      return 3;
    }
    if (!t.x) {
      c.libxl(
        'libxl.c:4061:libxl_set_memory_target',
        'cannot get target memory info from (null)/memory/target\n',
        'ENOENT',
      );
      return 0;
    }
    const maxKb = t.id === 0 ? Math.floor(c.host().memoryKiB) : t.x.maxMemMiB * 1024;
    if (kb > maxKb) {
      c.libxl(
        'libxl.c:4102:libxl_set_memory_target',
        'memory_dynamic_max must be less than or equal to memory_static_max\n',
      );
      return 0;
    }
    if (t.id === 0) {
      if (kb < 128 * 1024) {
        c.libxl('libxl.c:4110:libxl_set_memory_target', `new target ${kb} for dom0 is below the minimum threshold\n`);
        return 0;
      }
      c.apply(dom0SetMemory(c.op(), Math.floor(kb / 1024)));
      return 0;
    }
    c.apply(domainSetMemory(c.op(), t.x.uuid, Math.max(1, kb), { live: true }));
    return 0;
  },
});

const memMax = xlCommand({
  name: 'mem-max',
  virsh: 'virsh setmaxmem {domain} {size-mib}M',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'mem-max', 2);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0]);
    if (typeof t === 'number') return t;
    const kb = xlParseMemSizeKb(g.params[1]);
    if (kb === -1) {
      c.eprint(`invalid memory size: ${g.params[1]}\n`);
      return 3;
    }
    const fail = () => {
      c.eprint(`cannot set domid ${t.id} static max memory to : ${g.params[1]}\n`);
      return 1;
    };
    if (!t.x) {
      c.libxl('libxl.c:3906:libxl_domain_setmaxmem', 'cannot get memory info from (null)/memory/target\n', 'ENOENT');
      return fail();
    }
    if (kb < t.x.memMiB * 1024) {
      c.libxl(
        'libxl.c:3916:libxl_domain_setmaxmem',
        'memory_static_max must be greater than or or equal to memory_dynamic_max\n',
        'SUCCESS',
      );
      return fail();
    }
    if (t.id !== 0 && !c.apply(domainSetMaxMemory(c.op(), t.x.uuid, kb, { live: true }))) return fail();
    return 0;
  },
});

const vcpuSet = xlCommand({
  name: 'vcpu-set',
  virsh: 'virsh setvcpus {domain} {count}',
  note: "Up to the maximum the domain booted with; more than the host's CPUs needs --ignore-host.",
  run(c, args) {
    const g = c.getopt(args, 'i', { 'ignore-host': { short: 'i', arg: false } }, 'vcpu-set', 2);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0]);
    if (typeof t === 'number') return t;
    const m = /^\s*\+?(\d+)/.exec(g.params[1]);
    if (!m) {
      c.eprint('Error: Invalid argument.\n');
      return 0;
    }
    let n = Number(m[1]);
    const host = nrCpus(c.host());
    if (!g.opts.length && n > host) {
      c.eprint(
        `You are overcommmitting! You have ${host} physical  CPUs and want ${n} vCPUs! Aborting, use --ignore-host to  continue\n`,
      );
      return 0;
    }
    const failed = () => c.eprint(`libxl_set_vcpuonline failed domid=${t.id} max_vcpus=${n}\n`);
    if (!t.x) {
      c.libxl('libxl.c:4700:libxl_set_vcpuonline', 'getting domain info list', 'ESRCH');
      failed();
      return 0;
    }
    if (n > t.x.vcpuMax) {
      c.libxl(
        'libxl.c:4707:libxl_set_vcpuonline',
        `Requested ${n} VCPUs, however maxcpus is ${t.x.vcpuMax}!`,
        'SUCCESS',
      );
      failed();
      return 0;
    }
    // Zero is ignored (xl.pod.1: "Attempting to set the VCPUs to a number larger ... or < 1").
    if (n < 1) return 0;
    if (t.id === 0) {
      c.apply(dom0SetVcpus(c.op(), n));
      return 0;
    }
    n = Math.min(n, t.x.vcpuMax);
    c.apply(domainSetVcpus(c.op(), t.x.uuid, n, { live: true }));
    return 0;
  },
});

/** xl's vcpupin_parse / update_cpumap_range: "all", "a-b", "a", "^a" (removes), comma-separated. */
function parseCpus(text: string, max: number): { cpus: number[] } | { error: string } {
  const set = new Set<number>();
  for (const part0 of text.split(',').filter((p) => p !== '')) {
    let part = part0;
    const not = part.startsWith('^');
    if (not) part = part.slice(1);
    part = part.replace(/^nodes?:/, '');
    if (part === 'all') {
      if (not) return { error: 'Can\'t combine "^" and "all".\n' };
      for (let i = 0; i < max; i++) set.add(i);
      continue;
    }
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) return { error: `Invalid pcpu range: ${part}.\n` };
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) not ? set.delete(i) : set.add(i);
  }
  return { cpus: [...set].filter((i) => i < max).sort((a, b) => a - b) };
}

const vcpuPin = xlCommand({
  name: 'vcpu-pin',
  virsh: 'virsh vcpupin {domain} {vcpu} {cpulist}',
  run(c, args) {
    const g = c.getopt(args, '', {}, 'vcpu-pin', 3);
    if (typeof g === 'number') return g;
    const t = c.findDomain(g.params[0]);
    if (typeof t === 'number') return t;
    const [, vcpuText, cpuText] = g.params;
    const m = /^\s*\+?(\d+)/.exec(vcpuText);
    if (!m && vcpuText !== 'all') {
      c.eprint('Error: Invalid argument.\n');
      return 255;
    }
    const cpus = parseCpus(cpuText, nrCpus(c.host()));
    if ('error' in cpus) {
      c.eprint(cpus.error);
      return 255;
    }
    const x = t.x;
    const affinityFailed = (v: number, errno: 'ESRCH' | 'EINVAL') => {
      c.libxl('libxl.c:4606:libxl_set_vcpuaffinity', 'setting vcpu affinity', errno);
      c.eprint(`Could not set affinity for vcpu \`${v}'.\n`);
      return 255;
    };
    if (!m) {
      if (!x) {
        c.libxl('libxl.c:4556:libxl_list_vcpu', 'getting infolist', 'ESRCH');
        c.eprint('libxl_list_vcpu failed.\n');
        return 255;
      }
      for (let v = 0; v < x.vcpuMax; v++) {
        if (!cpus.cpus.length) {
          c.libxl('libxl.c:4606:libxl_set_vcpuaffinity', 'setting vcpu affinity', 'EINVAL');
          c.eprint(`libxl_set_vcpuaffinity failed on vcpu \`${v}'.\n`);
          continue;
        }
        if (x.domain) c.apply(domainPinVcpu(c.op(), x.uuid, v, cpus.cpus, { live: true }));
      }
      return 0;
    }
    const v = Number(m[1]);
    if (!x) return affinityFailed(v, 'ESRCH');
    if (v >= x.vcpuMax || !cpus.cpus.length) return affinityFailed(v, 'EINVAL');
    if (x.domain) c.apply(domainPinVcpu(c.op(), x.uuid, v, cpus.cpus, { live: true }));
    return 0;
  },
});

export const resourceCommands = [memSet, memMax, vcpuSet, vcpuPin];
