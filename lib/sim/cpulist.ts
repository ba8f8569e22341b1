import { fail, ok, type Result } from './result';

/**
 * Host CPU lists as libvirt writes them: "0-2,5", with "^N" exclusions and "r" (virsh: all
 * CPUs). `maxCpu` bounds them (virsh checks against the host's CPU map).
 */
export function parseCpuList(text: string, maxCpu: number): Result<number[]> {
  const bad = () => fail('VIRSH', `Invalid string '${text}' for cpulist`);
  if (text === '') return fail('VIRSH', `cpulist: Invalid format. Empty string.`);
  if (text === 'r') return ok(Array.from({ length: maxCpu }, (_, i) => i));
  const set = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\^)?(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return bad();
    const from = Number(m[2]);
    const to = m[3] !== undefined ? Number(m[3]) : from;
    if (to < from) return bad();
    for (const n of [from, to]) if (n >= maxCpu) return fail('VIRSH', `CPU ${n} in cpulist '${text}' exceed the maxcpu ${maxCpu}`);
    for (let c = from; c <= to; c++) (m[1] ? set.delete(c) : set.add(c));
  }
  return ok([...set].sort((a, b) => a - b));
}

/** libvirt's virBitmapFormat: "0-3,5". */
export function formatCpuList(cpus: readonly number[]): string {
  const sorted = [...cpus].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(',');
}
