import { kib, parseFields } from './fields';
import { parseCpuSet } from '../../../sim/cpulist';

/** `virsh vcpupin D`: " VCPU   CPU Affinity" then one row per vCPU ("0      0-7") → host CPUs per vCPU. */
export function parseVcpupin(text: string): number[][] | null {
  const out: number[][] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(\d+)\s+(\S+)\s*$/.exec(line);
    if (!m) continue;
    const set = parseCpuSet(m[2]);
    if (!set.ok) return null;
    out[Number(m[1])] = set.cpus;
  }
  return out.length > 0 && out.every(Boolean) ? out : null;
}

export interface VcpuInfo {
  vcpu: number;
  cpu: number | null;
  state: string;
  /** The affinity map: 'y' for each host CPU the vCPU may run on. */
  affinity: number[];
}

/** `virsh vcpuinfo`: one block per vCPU ("VCPU: 0", "CPU: 15", "State: running", "CPU Affinity: yyyy"). */
export function parseVcpuinfo(text: string): VcpuInfo[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => Object.fromEntries(block.split('\n').map((l) => l.split(/:\s*/, 2).map((s) => s.trim()))))
    .filter((f) => f.VCPU !== undefined)
    .map((f) => ({
      vcpu: Number(f.VCPU),
      cpu: f.CPU === undefined || f.CPU === '' ? null : Number(f.CPU),
      state: f.State ?? '',
      affinity: [...(f['CPU Affinity'] ?? '')].flatMap((c, i) => (c === 'y' ? [i] : [])),
    }));
}

/** `virsh nodeinfo`: the host's CPUs, model and memory. */
export function parseNodeinfo(text: string): { cpus: number; cpuModel: string; memoryKiB: number } | null {
  const f = parseFields(text);
  const cpus = Number(f['CPU(s)']);
  const memoryKiB = kib(f['Memory size']);
  return Number.isInteger(cpus) && cpus > 0 && memoryKiB !== null
    ? { cpus, cpuModel: f['CPU model'] ?? '', memoryKiB }
    : null;
}
