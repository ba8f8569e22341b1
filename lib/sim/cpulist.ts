import { fail, ok, type Result } from './result';

/**
 * Host CPU lists in libvirt's bitmap syntax (virBitmapParse): "0-2,5", and "^N" to exclude one
 * CPU (a range cannot be excluded). Returns the sorted CPUs, or why the text is not a list.
 */
export function parseCpuSet(text: string): { ok: true; cpus: number[] } | { ok: false } {
  const set = new Set<number>();
  if (text.trim() === '') return { ok: false };
  for (const part of text.split(',')) {
    const m = /^\s*(\^)?(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m || (m[1] && m[3] !== undefined)) return { ok: false };
    const from = Number(m[2]);
    const to = m[3] !== undefined ? Number(m[3]) : from;
    if (to < from) return { ok: false };
    for (let c = from; c <= to; c++) m[1] ? set.delete(c) : set.add(c);
  }
  return { ok: true, cpus: [...set].sort((a, b) => a - b) };
}

/** virsh's cpulist reading (virshParseCPUList): "r" means every CPU, then libvirt's syntax, bounded by the host's CPU map. */
export function parseCpuList(text: string, maxCpu: number): Result<number[]> {
  if (text.startsWith('r')) return ok(Array.from({ length: maxCpu }, (_, i) => i));
  const parsed = parseCpuSet(text);
  if (!parsed.ok) return fail('VIRSH', `Invalid cpulist '${text}'\ninvalid argument: Failed to parse bitmap '${text}'`);
  if (!parsed.cpus.length) return fail('VIRSH', `Invalid cpulist '${text}'`);
  const last = parsed.cpus[parsed.cpus.length - 1];
  if (last >= maxCpu) return fail('VIRSH', `CPU ${last} in cpulist '${text}' exceed the maxcpu ${maxCpu}`);
  return ok(parsed.cpus);
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
