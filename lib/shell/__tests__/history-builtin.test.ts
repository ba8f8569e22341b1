import { describe, expect, it } from 'vitest';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';

const typed = ['virsh list --all', 'virsh dumpxml web01 > /root/web02.xml', 'virsh define /root/web02.xml'];
const run = (line: string, history: readonly string[] = typed) =>
  runConsoleLine({ world: labWorld(), host: 'kvm1', line, now: Date.UTC(2026, 11, 6, 2, 30), history });

describe("bash's history builtin at a host's console", () => {
  it('numbers the lines typed on this console as bash does (%5d, two spaces), the running line last', () => {
    expect(run('history')).toMatchObject({
      stdout:
        '    1  virsh list --all\n    2  virsh dumpxml web01 > /root/web02.xml\n    3  virsh define /root/web02.xml\n    4  history\n',
      stderr: '',
      status: 0,
    });
  });

  it('history N lists the last N; a pipe reads it like any output', () => {
    expect(run('history 2').stdout).toBe('    3  virsh define /root/web02.xml\n    4  history 2\n');
    // The running line is in the history too, as in bash.
    expect(run('history | grep -c virsh').stdout).toBe('4\n');
    expect(run('history 0').stdout).toBe('');
  });

  it("refuses what bash refuses, in bash's words; its file options are not modelled and say so", () => {
    expect(run('history abc')).toMatchObject({ stderr: '-bash: history: abc: numeric argument required\n', status: 1 });
    expect(run('history 1 2')).toMatchObject({ stderr: '-bash: history: too many arguments\n', status: 1 });
    expect(run('history -c').stderr).toBe(
      '-bash: history: -c: option not simulated by VirtLab (the console keeps every line)\n',
    );
  });

  it('a console without history (a lesson replay) shows the running line only', () => {
    expect(run('history', []).stdout).toBe('    1  history\n');
  });
});
