import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';
import { realBash } from './real-bash';

// Real bash 5.2 (procps-ng 4.0's kill, as on Debian 12): ./real-bash.ts.
const real = (line: string) => realBash(line);

// No process has these pids on this machine or in the lab.
const LINES = [
  '/bin/kill 999999',
  '/usr/bin/kill -9 999999',
  '/bin/kill abc 999999',
  '/usr/bin/kill 999999 abc 999998',
  '/bin/kill %1',
  '/bin/kill',
  'cd /usr/bin; ./kill 999999',
  // procps' options: -l lists or converts (the first only), -- ends the options, -s wants its signal.
  '/bin/kill -l',
  '/bin/kill -l 9 15',
  '/bin/kill -l KILL',
  '/bin/kill -l 99',
  '/bin/kill -- 999999 abc',
  '/bin/kill -s',
  // bash's builtin, for the difference.
  'kill 999999 abc',
];

describe("kill named by its path is procps's program, not bash's builtin (as on Debian 12)", () => {
  it.each(LINES)('%s', (line) => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run(line)).toEqual(real(line));
  });
});
