import { describe, expect, it } from 'vitest';
import { CPUMASK_LEN, parseCpuList, parseCpuSet } from '../cpulist';

describe("virBitmapParse's grammar (parseCpuSet)", () => {
  it('reads ranges, exclusions and blanks around numbers and after commas', () => {
    expect(parseCpuSet(' 0 - 2 ,^1, 5,')).toEqual({ ok: true, cpus: [0, 2, 5] });
    expect(parseCpuSet('0-+1')).toEqual({ ok: true, cpus: [0, 1] });
  });

  it('refuses what libvirt refuses: a blank inside an item, a sign first, an excluded range', () => {
    for (const text of ['1 2', '+1', '-1', '^ 1', '^0-1', ',0', '0-', '1-0', '0x1', ' '])
      expect(parseCpuSet(text).ok).toBe(false);
  });

  it(`stops at bit ${CPUMASK_LEN} without building the rest of a huge range`, () => {
    const started = performance.now();
    expect(parseCpuSet('0-99999999').ok).toBe(false);
    expect(parseCpuSet(`0-${CPUMASK_LEN - 1}`).ok).toBe(true);
    expect(parseCpuSet(`^${CPUMASK_LEN}`).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("virsh's cpulist: the same bounded parser, then the host's CPU map", () => {
    const r = parseCpuList('0-99999999', 8);
    expect(r.ok ? 'accepted' : r.error.message).toBe(
      "Invalid cpulist '0-99999999'\ninvalid argument: Failed to parse bitmap '0-99999999'",
    );
    expect(parseCpuList('rx', 4)).toEqual({ ok: true, value: [0, 1, 2, 3] });
  });
});
