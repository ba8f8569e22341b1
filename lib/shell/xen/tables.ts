import type { Host } from '../../sim/types';
import { fixed, left, right } from './printf';
import { xlStateString, xmStateString } from './states';
import { nrCpus, type XenDomain } from './view';

/** xm list (Xen 4.4 main.py xm_brief_list): '%-40s %5s %5s %5s %10s %9s'. */
export function xmListTable(doms: readonly XenDomain[]): string {
  const head = `${left('Name', 40)} ${right('ID', 5)} ${right('Mem', 5)} ${right('VCPUs', 5)} ${right('State', 10)} ${right('Time(s)', 9)}\n`;
  return (
    head +
    doms
      .map(
        (x) =>
          `${left(x.name, 40)} ${right(x.id ?? '', 5)} ${right(x.memMiB, 5)} ${right(x.vcpus, 5)} ${right(xmStateString(x), 10)} ${fixed(x.cpuTimeS, 8, 1)}\n`,
      )
      .join('')
  );
}

/** xl list (xl_cmdimpl.c list_domains): tabs in the header, "%-40s %5d %5lu %5d     %c%c%c%c%c%c  %8.1f". */
export function xlListTable(doms: readonly XenDomain[]): string {
  const head = 'Name                                        ID   Mem VCPUs\tState\tTime(s)\n';
  return (
    head +
    doms
      .map(
        (x) =>
          `${left(x.name, 40)} ${right(x.id!, 5)} ${right(x.memMiB, 5)} ${right(x.vcpus, 5)}     ${xlStateString(x)}  ${fixed(x.cpuTimeS, 8, 1)}\n`,
      )
      .join('')
  );
}

/** The host CPUs a vCPU may run on: its pinning, else all of them. */
const affinity = (h: Host, x: XenDomain, v: number) => x.vcpupin[v] ?? Array.from({ length: nrCpus(h) }, (_, i) => i);
/** Where a vCPU runs now: the simulator has no scheduler, so a stable pick from its affinity. */
const placement = (h: Host, x: XenDomain, v: number) => {
  const a = affinity(h, x, v);
  return a[(v + (x.id ?? 0)) % a.length];
};
const vcpuTime = (x: XenDomain) => (x.vcpus ? x.cpuTimeS / x.vcpus : 0);

/** xend's list_to_rangepairs + format_pairs: "0-3,5"; "any cpu" when every CPU is allowed. */
function xmCpumap(h: Host, cpus: number[]): string {
  const n = nrCpus(h);
  const set = [...new Set(cpus.filter((c) => c < n))].sort((a, b) => a - b);
  if (set.length === n) return 'any cpu';
  if (!set.length) return 'no cpus';
  const parts: string[] = [];
  for (let i = 0; i < set.length; ) {
    let j = i;
    while (j + 1 < set.length && set[j + 1] === set[j] + 1) j++;
    parts.push(i === j ? `${set[i]}` : `${set[i]}-${set[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** xl's print_bitmap: "all" when every CPU from 0 is set, "none", else ranges. */
function xlBitmap(h: Host, cpus: number[]): string {
  const n = nrCpus(h);
  const set = new Set(cpus);
  if (Array.from({ length: n }, (_, i) => i).every((i) => set.has(i))) return 'all';
  const s = xmCpumap(h, cpus);
  return s === 'no cpus' ? 'none' : s;
}

const VCPU_HEAD = `${left('Name', 32)} ${right('ID', 5)} ${right('VCPU', 5)} ${right('CPU', 5)} ${right('State', 5)} ${right('Time(s)', 9)} CPU Affinity\n`;

/** xm vcpu-list (Xen 4.4 main.py): one row per vCPU up to the maximum; offline ones "--p". */
export function xmVcpuTable(h: Host, doms: readonly XenDomain[]): string {
  let out = VCPU_HEAD;
  for (const x of doms) {
    for (let v = 0; v < x.vcpuMax; v++) {
      let c = '',
        s = '',
        t = 0;
      if (x.id !== null && v < x.vcpus) {
        c = String(placement(h, x, v));
        s = `${x.state === 'running' ? 'r' : '-'}${x.state === 'idle' ? 'b' : '-'}-`;
        t = vcpuTime(x);
      } else if (x.id !== null) {
        c = '-';
        s = '--p';
      }
      out += `${left(x.name, 32)} ${right(x.id ?? '', 5)} ${right(v, 5)} ${right(c, 5)} ${right(s, 5)}  ${fixed(t, 8, 1)} ${xmCpumap(h, affinity(h, x, v))}\n`;
    }
  }
  return out;
}

/** xl vcpu-list (xl_cmdimpl.c print_vcpuinfo): running domains only. */
export function xlVcpuTable(h: Host, doms: readonly XenDomain[]): string {
  let out = VCPU_HEAD;
  for (const x of doms) {
    for (let v = 0; v < x.vcpuMax; v++) {
      const online = v < x.vcpus;
      const cpu = online
        ? `${right(placement(h, x, v), 5)} ${right(x.state === 'running' ? 'r' : '-', 3)}${x.state === 'idle' ? 'b' : '-'}- `
        : `${right('-', 5)} ${right('-', 3)}-p `;
      out += `${left(x.name, 32)} ${right(x.id!, 5)} ${right(v, 5)}${cpu}${fixed(online ? vcpuTime(x) : 0, 9, 1)}  ${xlBitmap(h, affinity(h, x, v))}\n`;
    }
  }
  return out;
}

const two = (n: number) => String(n).padStart(2, '0');
function split(s: number) {
  let up = Math.floor(s);
  const days = Math.floor(up / 86400);
  up -= days * 86400;
  const hours = Math.floor(up / 3600);
  up -= hours * 3600;
  const minutes = Math.floor(up / 60);
  return { days, hours, minutes, seconds: up - minutes * 60 };
}
const clock = (now: number) => new Date(now).toISOString().slice(11, 19);
const dayText = (d: number) => (d > 1 ? `${d} days, ` : d === 1 ? '1 day, ' : '');

/** xm uptime (main.py xm_uptime): '%-33s %4s %s ' header; -s prints " HH:MM:SS up ..., name (id)". */
export function xmUptimeTable(doms: readonly XenDomain[], short: boolean, now: number): string {
  let out = short ? '' : `${left('Name', 33)} ${right('ID', 4)} Uptime \n`;
  for (const x of doms) {
    const u = split(x.id === null ? 0 : Math.round(x.uptimeS));
    const up = `${dayText(u.days)}${right(u.hours, 2)}:${two(u.minutes)}`;
    out += short
      ? ` ${clock(now)} up ${up}, ${x.name} (${x.id ?? ''})\n`
      : `${left(x.name, 32)} ${right(x.id ?? '', 5)} ${up}:${two(u.seconds)}\n`;
  }
  return out;
}

/** xl uptime (xl_cmdimpl.c print_uptime / uptime_to_string). */
export function xlUptimeTable(doms: readonly XenDomain[], short: boolean, now: number): string {
  let out = short ? '' : `${left('Name', 33)} ${right('ID', 4)} Uptime\n`;
  for (const x of doms) {
    const u = split(x.uptimeS);
    const hm = `${right(u.hours, 2)}:${two(u.minutes)}`;
    out += short
      ? ` ${clock(now)} up ${dayText(u.days)}${hm}, ${x.name} (${x.id})\n`
      : `${left(x.name, 33)} ${right(x.id!, 4)} ${dayText(u.days)}${hm}:${two(u.seconds)}\n`;
  }
  return out;
}
