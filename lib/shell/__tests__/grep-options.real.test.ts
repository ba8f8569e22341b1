import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';

const TEXT = 'a\nb\nc\nx\nd\ne\nf\ng\nx\nh\n';
// -NUM (one number per run of digits in one word), its mix with -C/-A/-B, and --color's WHEN.
const LINES = [
  '-2 x',
  '-12 x',
  '-2 -1 x',
  '-21 x',
  '-1n2 x',
  '-n2 x',
  '-2 -n -3 x',
  '-1 -A 0 x',
  '-A 0 -1 x',
  '-C 3 -1 x',
  '-1 -C 3 x',
  '-C 3 -C 0 x',
  '-0 x',
  '-e x -1',
  '-99999999999999999999 x',
  '--color=bogus x',
  '--color= x',
  '--colour=ALWAYS x',
  '--color=tty x',
  '--color=If-Tty x',
  '--color=none x',
  '--color x',
  '--help',
  '--he',
];

/** Real GNU grep 3.8 on t.txt holding TEXT. */
function real(args: string): { out: string; err: string; status: number } {
  const dir = mkdtempSync(join(tmpdir(), 'virtlab-grep-'));
  try {
    writeFileSync(join(dir, 't.txt'), TEXT);
    // ALWAYS would colour real grep's output; the lab's console shows no colour (its terminal has none).
    const argv = [...args.split(' ').map((a) => a.replace('=ALWAYS', '=never')), 't.txt'];
    const r = spawnSync('grep', argv, { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    return { out: r.stdout, err: r.stderr, status: r.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true });
  }
}

describe('grep -NUM and --color=WHEN as real grep 3.8 (was: -NUM refused as not simulated, a bad WHEN likewise)', () => {
  it.each(LINES)('grep %s', (args) => {
    const c = new Console(undefined, 'kvm1');
    c.run(`printf '${TEXT.replaceAll('\n', '\\n')}' > t.txt`);
    expect(c.run(`grep ${args} t.txt`)).toEqual(real(args));
  });
});
