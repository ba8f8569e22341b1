import { describe, expect, it } from 'vitest';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';
import { consoleNames } from '../host-tools';

/**
 * Names Object.prototype carries are names like any other: a lookup by what the learner typed must not
 * find `valueOf` or `constructor` on a table's prototype (the shell fuzz found `; valueOf` throwing, and
 * `xm valueOf` printing a JavaScript function as the command's new name).
 */
const NAMES = ['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'isPrototypeOf'];
const LEAKS = /\[native code\]|\[object Object\]|function |TypeError|\n\s+at /;

describe('names Object.prototype carries', () => {
  it('typed as a command: bash says command not found (127)', () => {
    for (const host of ['kvm1', 'xen1'])
      for (const n of NAMES) {
        const r = runConsoleLine({ world: labWorld(), host, line: n, now: 1_800_000_000_000 });
        expect(r).toMatchObject({ stdout: '', stderr: `-bash: ${n}: command not found\n`, status: 127 });
      }
  });

  it('given to every tool of the console, as an operand and as an option: an answer, never a leak', () => {
    const leaks: string[] = [];
    for (const host of ['kvm1', 'xen1'])
      for (const tool of consoleNames())
        for (const n of NAMES)
          for (const line of [`${tool} ${n}`, `${tool} --${n}`, `${tool} help ${n}`, `${tool} -f ${n} x`]) {
            const r = runConsoleLine({ world: labWorld(), host, line, now: 1_800_000_000_000 });
            if (typeof r.status !== 'number' || LEAKS.test(`${r.stdout}${r.stderr}`))
              leaks.push(`${host}: ${line} → ${`${r.stdout}${r.stderr}`.slice(0, 80)}`);
          }
    expect(leaks).toEqual([]);
  });

  it('as a variable: unset until assigned, then itself (bash)', () => {
    const world = labWorld();
    const run = (line: string) => runConsoleLine({ world, host: 'kvm1', line, now: 1_800_000_000_000 });
    for (const n of NAMES) {
      expect(run(`echo "[$${n}]" \${${n}}.`).stdout).toBe('[] .\n');
      expect(run(`${n}=1 printenv ${n}`)).toMatchObject({ stdout: '1\n', status: 0 });
      expect(run(`printenv ${n}`)).toMatchObject({ stdout: '', status: 1 });
    }
  });

  it("in an xm/xl domain config: a name never assigned is Python's NameError, not the prototype's", () => {
    for (const n of NAMES) {
      for (const tool of ['xm', 'xl']) {
        const line = `printf 'name = "a"\\nmemory = ${n}\\n' > a.cfg; ${tool} create -n a.cfg`;
        const r = runConsoleLine({ world: labWorld(), host: 'xen1', line, now: 1_800_000_000_000 });
        expect(`${r.stdout}${r.stderr}`, line).not.toMatch(LEAKS);
        expect(r.status, line).not.toBe(0);
      }
    }
  });

  it("xm: an unknown name is xm's own error, not an alias found on the prototype", () => {
    const r = runConsoleLine({ world: labWorld(), host: 'xen1', line: 'xm valueOf', now: 1_800_000_000_000 });
    expect(r.stderr).not.toContain('deprecated');
  });
});
