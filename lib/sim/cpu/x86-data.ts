import type { X86Item } from './cpu-map-types';

/**
 * virCPUx86Data: CPUID leaves keyed by (eax_in, ecx_in) and MSRs keyed by index, each holding its
 * register bits (eax, ebx, ecx, edx — an MSR uses eax and edx). All-zero items count as absent,
 * as virCPUx86DataNext skips them.
 */
export type X86Data = Map<string, number[]>;

export function dataOf(items: readonly X86Item[]): X86Data {
  const d: X86Data = new Map();
  for (const it of items) {
    if (it[0] === 'msr') addItem(d, `m${it[1]}`, [it[2], 0, 0, it[3]]);
    else addItem(d, `c${it[0]}:${it[1]}`, [it[2], it[3], it[4], it[5]]);
  }
  return d;
}

export const copyData = (d: X86Data): X86Data => new Map([...d].map(([k, v]) => [k, [...v]]));

/** virCPUx86DataAddItem: ORs into the item with the same key, or adds it. */
export function addItem(d: X86Data, key: string, regs: readonly number[]) {
  const have = d.get(key);
  if (have) for (const [i, r] of regs.entries()) have[i] = (have[i] | r) >>> 0;
  else
    d.set(
      key,
      regs.map((r) => r >>> 0),
    );
}

/** x86DataAdd. */
export function addData(d1: X86Data, d2: X86Data) {
  for (const [k, v] of d2) if (v.some((r) => r !== 0)) addItem(d1, k, v);
}

/** x86DataSubtract: clears in d1 every bit d2 sets. */
export function subtractData(d1: X86Data, d2: X86Data) {
  for (const [k, v] of d1) {
    const w = d2.get(k);
    if (w) for (const [i, r] of v.entries()) v[i] = (r & ~w[i]) >>> 0;
  }
}

/** x86DataIntersect: keeps in d1 only the bits d2 also sets. */
export function intersectData(d1: X86Data, d2: X86Data) {
  for (const [k, v] of d1) {
    const w = d2.get(k);
    for (const [i, r] of v.entries()) v[i] = w ? (r & w[i]) >>> 0 : 0;
  }
}

export const isEmptyData = (d: X86Data) => [...d.values()].every((v) => v.every((r) => r === 0));

/** x86DataIsSubset: every bit of `subset` is set in `data`. */
export function isSubsetData(data: X86Data, subset: X86Data): boolean {
  for (const [k, v] of subset) {
    if (v.every((r) => r === 0)) continue;
    const have = data.get(k);
    if (!have || v.some((r, i) => (have[i] & r) >>> 0 !== r)) return false;
  }
  return true;
}
