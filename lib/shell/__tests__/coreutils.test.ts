import { describe, expect, it } from 'vitest';
import { coreutils } from '../coreutils';
import { memoryFs } from '../host-fs';

const fs = memoryFs({ '/root/f': 'a\nbb\n', '/root/g': 'x y z\n' }, () => {});
const run = (tool: string, argv: string[], stdin?: string) => coreutils[tool](argv, { fs, stdin, now: 0 });

describe('coreutils as GNU prints them', () => {
  it('wc pads to the widest count, none for one count of one input', () => {
    expect(run('wc', ['f']).stdout).toBe('2 2 5 f\n');
    expect(run('wc', ['-l', 'f']).stdout).toBe('2 f\n');
    expect(run('wc', ['-l'], 'a\nb\n').stdout).toBe('2\n');
    expect(run('wc', [], 'x y\n').stdout).toBe('      1       2       4\n');
    // The width is the total byte count's (11): two digits.
    expect(run('wc', ['-w', 'f', 'g']).stdout).toBe(' 2 f\n 3 g\n 5 total\n');
  });

  it('head and tail take -n N, -N and several files with headers', () => {
    const ten = Array.from({ length: 12 }, (_, i) => `${i + 1}\n`).join('');
    expect(run('head', [], ten).stdout).toBe(`${ten.split('\n').slice(0, 10).join('\n')}\n`);
    expect(run('tail', ['-n', '2'], ten).stdout).toBe('11\n12\n');
    expect(run('head', ['-1', 'f', 'g']).stdout).toBe('==> f <==\na\n\n==> g <==\nx y z\n');
    expect(run('tail', ['nope']).stderr).toBe("tail: cannot open 'nope' for reading: No such file or directory\n");
  });

  it('sort (-r, -n, -u) and echo (-n, -e)', () => {
    expect(run('sort', [], 'b\na\nb\n').stdout).toBe('a\nb\nb\n');
    expect(run('sort', ['-ru'], 'b\na\nb\n').stdout).toBe('b\na\n');
    expect(run('sort', ['-n'], '10\n9\n').stdout).toBe('9\n10\n');
    expect(run('echo', ['-n', 'a', 'b']).stdout).toBe('a b');
    expect(run('echo', ['-e', 'a\\tb']).stdout).toBe('a\tb\n');
  });
});
