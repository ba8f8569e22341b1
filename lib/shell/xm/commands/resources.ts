import { domainPinVcpu, domainSetMaxMemory, domainSetMemory, domainSetVcpus } from '../../../sim/ops/resources';
import { dom0SetMemory, dom0SetVcpus } from '../../../sim/ops/xen';
import type { OpOutcome } from '../../../sim/ops/context';
import type { Result } from '../../../sim/result';
import { xmIntUnit } from '../../xen/memory';
import { nrCpus, type XenDomain } from '../../xen/view';
import type { XmCtx } from '../context';
import { fault, noDomain, valueError, type XmExit } from '../exits';
import { argCheck, xmCommand } from './types';

/**
 * XendConfig._memory_sanity_check, in its order, over static_min (0 here), dynamic_min,
 * dynamic_max and static_max (MiB); xend sets dynamic_min before dynamic_max.
 */
function sanity(dmin: number, dmax: number, smax: number): string | null {
  if (!(0 <= smax)) return 'memory_static_min must be less than or equal to memory_static_max';
  if (!(0 <= dmin)) return 'memory_static_min must be less than or equal to memory_dynamic_min';
  if (!(dmax <= smax)) return 'memory_dynamic_max must be less than or equal to memory_static_max';
  if (!(dmax > 0)) return 'memory_dynamic_max must be greater than zero';
  if (!(smax > 0)) return 'memory_static_max must be greater than zero';
  return null;
}

/** Running: the live domain and, when xend manages it, its saved config; else only the config. */
function both(
  c: XmCtx,
  x: XenDomain,
  apply: (flags: { live?: boolean; config?: boolean }) => Result<OpOutcome>,
): XmExit | undefined {
  const d = x.domain!;
  const tries =
    x.id !== null ? (d.config ? [{ live: true, config: true }, { live: true }] : [{ live: true }]) : [{ config: true }];
  let last: Result<OpOutcome> | undefined;
  for (const flags of tries) {
    last = apply(flags);
    if (c.apply(last)) return;
  }
  return fault(last && !last.ok ? last.error.message : 'Internal error');
}

function memoryArg(c: XmCtx, text: string): number | XmExit {
  const v = xmIntUnit(text, 'm');
  if (!v) return valueError;
  if (v.warning) c.print(`${v.warning}\n`);
  return v.value;
}

const memSet = xmCommand({
  name: 'mem-set',
  virsh: 'virsh setmem {domain} {size-mib}M',
  note: 'xm takes MiB by default (512 = 512 MiB); virsh setmem takes KiB.',
  run(c, args) {
    const bad = argCheck(c, args, 'mem-set', 2);
    if (bad) return bad;
    const mib = memoryArg(c, args[1]);
    if (typeof mib !== 'number') return mib;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    if (x.id === 0) {
      const min = c.host().xen!.xend['dom0-min-mem'];
      if (mib < x.memMiB && min > mib) return fault('memory_dynamic_max too small');
      const s = sanity(mib, mib, Math.floor(c.host().memoryKiB / 1024));
      if (s) return fault(s);
      c.apply(dom0SetMemory(c.op(), mib));
      return;
    }
    const s = sanity(mib, x.memMiB, x.maxMemMiB) ?? sanity(mib, mib, x.maxMemMiB);
    if (s) return fault(s);
    return both(c, x, (flags) => domainSetMemory(c.op(), x.uuid, mib * 1024, flags));
  },
});

const memMax = xmCommand({
  name: 'mem-max',
  virsh: 'virsh setmaxmem {domain} {size-mib}M',
  note: 'mem is in megabytes; on a running domain the new maximum takes effect at once.',
  run(c, args) {
    const bad = argCheck(c, args, 'mem-max', 2);
    if (bad) return bad;
    const mib = memoryArg(c, args[1]);
    if (typeof mib !== 'number') return mib;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    const s = sanity(x.memMiB, x.memMiB, mib);
    if (s) return fault(s);
    if (x.id === 0) return;
    return both(c, x, (flags) =>
      domainSetMaxMemory(c.op(), x.uuid, mib * 1024, x.id !== null ? { live: true } : flags),
    );
  },
});

const vcpuSet = xmCommand({
  name: 'vcpu-set',
  virsh: 'virsh setvcpus {domain} {count}',
  note: 'A running domain cannot get more vCPUs than it booted with (its maximum).',
  run(c, args) {
    const bad = argCheck(c, args, 'vcpu-set', 2);
    if (bad) return bad;
    if (!/^\s*[+-]?\d+\s*$/.test(args[1])) return valueError;
    const n = Number(args[1]);
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    if (n <= 0) return fault('Zero or less VCPUs is invalid');
    if (x.id !== null && n > x.vcpuMax) return fault('Cannot set vcpus greater than max vcpus on running domain');
    if (x.id === 0) {
      c.apply(dom0SetVcpus(c.op(), n));
      return;
    }
    if (x.id !== null) return both(c, x, (flags) => domainSetVcpus(c.op(), x.uuid, n, flags));
    // An inactive domain's VCPUs_max becomes n (and all of them come online at start).
    const r = domainSetVcpus(c.op(), x.uuid, n, { config: true, maximum: true });
    if (!c.apply(r)) return fault(r.ok ? '' : r.error.message);
    const r2 = domainSetVcpus(c.op(), x.uuid, n, { config: true });
    if (!c.apply(r2)) return fault(r2.ok ? '' : r2.error.message);
  },
});

/** xm's cpu_make_map: "0-3,5", "^n" drops n; `all` is 0-63. Python's int() errors as ValueError. */
function cpuMakeMap(list: string): number[] | null {
  let cpus: number[] = [];
  for (const part of list.split(',')) {
    if (part === '') continue;
    const range = /^\s*(\S+)-(\S+)\s*$/.exec(part);
    const int = (s: string) => (/^\s*[+-]?\d+\s*$/.test(s) ? Number(s) : null);
    if (range) {
      const a = int(range[1]),
        b = int(range[2]);
      if (a === null || b === null) return null;
      for (let i = a; i <= b; i++) cpus.push(i);
    } else if (part[0] === '^') {
      const n = int(part.slice(1));
      if (n === null) return null;
      cpus = cpus.filter((x) => x !== n);
    } else {
      const n = int(part);
      if (n === null) return null;
      cpus.push(n);
    }
  }
  return cpus.sort((a, b) => a - b);
}

const vcpuPin = xmCommand({
  name: 'vcpu-pin',
  virsh: 'virsh vcpupin {domain} {vcpu} {cpulist}',
  run(c, args) {
    const bad = argCheck(c, args, 'vcpu-pin', 3);
    if (bad) return bad;
    const cpus = cpuMakeMap(args[2] === 'all' ? '0-63' : args[2]);
    if (!cpus) return valueError;
    const x = c.lookup(args[0]);
    if (!x) return noDomain(args[0]);
    const vcpu = args[1];
    if (vcpu.toLowerCase() !== 'all' && !/^\s*[+-]?\d+\s*$/.test(vcpu))
      return fault(`invalid literal for int() with base 10: '${vcpu}'`);
    const vcpus = vcpu.toLowerCase() === 'all' ? Array.from({ length: x.vcpuMax }, (_, i) => i) : [Number(vcpu)];
    const repr = `[${cpus.join(', ')}]`;
    for (const v of vcpus) {
      if (v < 0 || v >= x.vcpuMax)
        return fault(
          `Cannot pin vcpu: ${v} to cpu: ${repr} - ${x.id !== null ? "(22, 'Invalid argument')" : 'list assignment index out of range'}`,
        );
    }
    if (x.id === 0) return;
    const onHost = cpus.filter((n) => n < nrCpus(c.host()));
    for (const v of vcpus) {
      const r = both(c, x, (flags) => domainPinVcpu(c.op(), x.uuid, v, onHost, flags));
      if (r) return r;
    }
  },
});

export const resourceCommands = [memSet, memMax, vcpuSet, vcpuPin];
