import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lsColumns } from '../ls-columns';

/** Real GNU ls (coreutils 9.1 on this machine and CI's) laying out files of these names. */
function realLs(names: string[], args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtlab-ls-'));
  try {
    for (const n of names) writeFileSync(join(dir, n), '');
    return execFileSync('ls', [...args, dir], { env: { ...process.env, LC_ALL: 'C.UTF-8' } }).toString();
  } finally {
    rmSync(dir, { recursive: true });
  }
}

// Names as a learner makes them: letters, digits, . _ -, sometimes Japanese (two columns each).
const char = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789._-', 'あ', '仮', '想');
const name = fc
  .array(char, { minLength: 1, maxLength: 24 })
  .map((cs) => cs.join(''))
  .filter((n) => !n.startsWith('.') && !n.startsWith('-'));
const names = fc.uniqueArray(name, { minLength: 1, maxLength: 50 });
// Sorted as ls sorts in C.UTF-8 (by code point; all these are in the BMP).
const sorted = (ns: string[]) => [...ns].sort((a, b) => (a < b ? -1 : 1));

describe('ls -C / -x: the column layout (differential against real ls --width)', () => {
  it('down the columns and across, for any names, width and tab size, as real ls 9.1', () => {
    fc.assert(
      fc.property(
        names,
        fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 20, max: 200 })),
        fc.constantFrom(8, 0, 4),
        fc.boolean(),
        (ns, width, tabsize, across) => {
          const real = realLs(ns, [across ? '-x' : '-C', `--width=${width}`, `--tabsize=${tabsize}`]);
          expect(lsColumns(sorted(ns), width, across, tabsize)).toBe(real);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('80 columns, the terminal default: a few names on one line, tabs to the next stop', () => {
    expect(lsColumns(['a', 'bb', 'ccc'], 80, false)).toBe('a  bb  ccc\n');
    const many = Array.from({ length: 12 }, (_, i) => `guest-image-${i}.qcow2`);
    expect(lsColumns(sorted(many), 80, false)).toBe(realLs(many, ['-C', '--width=80']));
  });

  it('a gap that passes a tab stop is a tab (as real ls prints it: `ls -C -w 30`)', () => {
    const ns = ['a', 'bb', 'ccc', 'dddd', 'eeeeeeeeeee', 'f', 'g', 'hhhhhhhhhhhhhhhhhh', 'i', 'j', 'k'];
    expect(lsColumns(ns, 30, false)).toBe(
      'a     eeeeeeeeeee\t  i\nbb    f\t\t\t  j\nccc   g\t\t\t  k\ndddd  hhhhhhhhhhhhhhhhhh\n',
    );
  });
});
