import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryFs } from '../host-fs';
import { sed } from '../sed';

/** Real GNU sed with stdout and stderr into one pipe (`2>&1`), run in a directory holding `files`. */
function realSed(args: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtlab-sed-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const r = spawnSync('bash', ['--norc', '-c', `sed ${args} 2>&1`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 10_000,
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** The lab's sed with the same files, its stdout not a terminal: both streams in the order written. */
function labSed(argv: string[], files: Record<string, string>): string {
  const abs = Object.fromEntries(Object.entries(files).map(([n, t]) => [`/root/${n}`, t]));
  const r = sed(argv, { fs: memoryFs(abs, () => {}, '/root'), now: 0 });
  return r.chunks ? r.chunks.map((c) => c.text).join('') : `${r.stdout}${r.stderr}`;
}

const big = Array.from({ length: 2000 }, (_, i) => `${i + 1}\n`).join('');

describe("sed's error into a pipe: stdio's 4 KiB blocks written before it, the rest after (as GNU sed 4.9)", () => {
  it('the error lands inside the output, after the last whole 4 KiB block', () => {
    const out = labSed(['p', 'big', 'nosuch', 'b'], { big, b: 'B\n' });
    expect(out.indexOf("sed: can't read")).toBe(16384);
  });

  it.each([
    ['p big nosuch b', ['p', 'big', 'nosuch', 'b']],
    ['p a nosuch b', ['p', 'a', 'nosuch', 'b']],
    ["-n '1000,$p' big nosuch big", ['-n', '1000,$p', 'big', 'nosuch', 'big']],
    ['p big big nosuch', ['p', 'big', 'big', 'nosuch']],
  ] as const)('sed %s 2>&1', (args, argv) => {
    // (The first: 16 KiB of big's doubled lines are out before the error, which lands mid-line.)
    const files = { big, a: 'A\n', b: 'B\n' };
    const lab = labSed([...argv], files);
    expect(lab).toBe(realSed(args, files));
  });
});
