import { describe, expect, it } from 'vitest';
import { parseScaled } from '../../virsh/numbers';
import { xlParseMemSizeKb, xmIntUnit } from '../memory';
import { Console } from './lab';

describe('memory sizes: xm and xl default to MiB, virsh to KiB', () => {
  it('xm int_unit(…, "m")', () => {
    expect(xmIntUnit('512')).toEqual({ value: 512 });
    expect(xmIntUnit('2g')).toEqual({ value: 2048, warning: undefined });
    expect(xmIntUnit('2G')).toEqual({ value: 2048, warning: undefined });
    expect(xmIntUnit('1536k')).toEqual({ value: 1, warning: undefined });
    expect(xmIntUnit('1048576K')).toEqual({ value: 1024, warning: undefined });
    expect(xmIntUnit('64x')).toEqual({ value: 0, warning: 'ignoring unknown unit' });
    expect(xmIntUnit('1.5g')).toBeNull();
    expect(xmIntUnit('')).toBeNull();
  });

  it('xl parse_mem_size_kb', () => {
    expect(xlParseMemSizeKb('512')).toBe(512 * 1024);
    expect(xlParseMemSizeKb('512m')).toBe(512 * 1024);
    expect(xlParseMemSizeKb('1g')).toBe(1024 * 1024);
    expect(xlParseMemSizeKb('1t')).toBe(1024 ** 3);
    expect(xlParseMemSizeKb('4096k')).toBe(4096);
    expect(xlParseMemSizeKb('1048576b')).toBe(1024);
    expect(xlParseMemSizeKb('1mb')).toBe(-1);
    expect(xlParseMemSizeKb('1x')).toBe(-1);
  });

  it('xm mem-set 512 is 512 MiB where virsh setmem 512 is 512 KiB', () => {
    const c = new Console();
    c.run('xm mem-set pv-web 512');
    expect(c.domain('pv-web')!.live!.currentMemoryKiB).toBe(524288);
    const virsh = parseScaled('512', 'size', 1024);
    expect(virsh.ok && Number(virsh.value) / 1024).toBe(512);
    c.run('xl mem-set pv-web 512');
    expect(c.domain('pv-web')!.live!.currentMemoryKiB).toBe(524288);
  });
});
