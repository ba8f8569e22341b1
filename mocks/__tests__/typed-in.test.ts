import { describe, expect, it } from 'vitest';
import { labSchema } from '../stored/lab-schema';
import { freshLab } from '../store';
import { runLine } from '../run-line';

const NOW = 1_800_000_000_000;

describe('a console line keeps the directory it was typed in when it left it (its own prompt)', () => {
  it('cd /tmp, ls, cd; pwd: typedIn only on the lines that moved; cwd is where the shell is after', () => {
    let lab = freshLab(NOW);
    let cwd = '/root';
    const kept = ['cd /tmp', 'ls', 'cd; pwd'].map((line, i) => {
      const r = runLine(lab, { host: 'kvm1', line, cwd, now: NOW + 1000 + i, source: 'console' });
      lab = r.lab;
      cwd = r.transcript.cwd;
      return [r.transcript.typedIn, r.transcript.cwd];
    });
    expect(kept).toEqual([
      ['/root', '/tmp'],
      [undefined, '/tmp'],
      ['/tmp', '/root'],
    ]);
    expect(lab.journal.at(-1)?.typedIn).toBe('/tmp');
    // The stored lab's schema takes it, and only as a path's string.
    expect(labSchema.safeParse(lab).success).toBe(true);
    const bad = { ...lab, journal: lab.journal.map((t) => ({ ...t, typedIn: 5 })) };
    expect(labSchema.safeParse(bad).success).toBe(false);
  });
});
