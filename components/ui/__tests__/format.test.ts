import { describe, expect, it } from 'vitest';
import { formatKiB } from '../format';

describe('formatKiB: memory in the UI’s own prose', () => {
  it('says a whole number of GiB in GiB, whatever its size: xen2’s 8 GiB beside xen1’s 16 GiB, not 8192 MiB', () => {
    expect(formatKiB(8 * 1024 * 1024)).toBe('8 GiB');
    expect(formatKiB(16 * 1024 * 1024)).toBe('16 GiB');
    expect(formatKiB(1024 * 1024)).toBe('1 GiB');
  });

  it('keeps MiB below 10 GiB for the rest (what setmem 1536M set reads back whole), and GiB to a tenth above', () => {
    expect(formatKiB(1536 * 1024)).toBe('1536 MiB');
    expect(formatKiB(512 * 1024)).toBe('512 MiB');
    expect(formatKiB(12.5 * 1024 * 1024)).toBe('12.5 GiB');
  });
});
