import { fail, ok, type Result } from './result';

/** virsh and the domain XML parse CPU lists into bitmaps of this many bits (VIR_DOMAIN_CPUMASK_LEN). */
export const CPUMASK_LEN = 1024;

const isSpace = (c: string | undefined) => c !== undefined && ' \t\n\v\f\r'.includes(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** strtol's accepted prefix as virStrToLong_i reads it: blanks, a sign, digits; null if none or out of int range. */
function strtolInt(text: string, at: number): { value: number; end: number } | null {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text.slice(at));
  if (!m) return null;
  const value = Number(m[1]);
  return value < -2147483648 || value > 2147483647 ? null : { value, end: at + m[0].length };
}

/**
 * libvirt's virBitmapParse: "N", "N-M" and "^N" items separated by commas, blanks allowed around
 * numbers and after commas. Every bit must lie below `size` (libvirt's bitmap is that long), so
 * "0-99999999" is refused at bit `size`, without building the range.
 */
export function parseCpuSet(text: string, size = CPUMASK_LEN): { ok: true; cpus: number[] } | { ok: false } {
  const set = new Set<number>();
  const bad = { ok: false as const };
  let p = 0;
  while (isSpace(text[p])) p++;
  if (p >= text.length) return bad;
  while (p < text.length) {
    const neg = text[p] === '^';
    if (neg) p++;
    if (!isDigit(text[p])) return bad;
    const start = strtolInt(text, p);
    if (!start || start.value < 0) return bad;
    p = start.end;
    while (isSpace(text[p])) p++;
    if (text[p] === ',' || p >= text.length) {
      if (start.value >= size) return bad;
      neg ? set.delete(start.value) : set.add(start.value);
    } else if (text[p] === '-') {
      if (neg) return bad;
      const last = strtolInt(text, p + 1);
      if (!last || last.value < start.value) return bad;
      for (let c = start.value; c <= last.value; c++) {
        if (c >= size) return bad;
        set.add(c);
      }
      p = last.end;
      while (isSpace(text[p])) p++;
    }
    if (text[p] === ',') {
      p++;
      while (isSpace(text[p])) p++;
    } else if (p < text.length) return bad;
  }
  return { ok: true, cpus: [...set].sort((a, b) => a - b) };
}

/** virsh's cpulist reading (virshParseCPUList): "r…" means every CPU, then libvirt's syntax, bounded by the host's CPU map. */
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
