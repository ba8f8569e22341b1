import { describe, expect, it } from 'vitest';
import { freshLab } from '../../../mocks/store';
import { runLine } from '../../../mocks/run-line';
import { runConsoleLine } from '../console';
import { labWorld } from '../../sim/worlds/lab';

const T0 = 1_700_000_000_000;
const line = (text: string, lastStatus?: number) =>
  runConsoleLine({ world: labWorld(), host: 'kvm1', line: text, now: T0, lastStatus });

/** bash's `$?` (was printed as the two characters `$?`). */
describe("bash's $?: the status of the last pipeline", () => {
  it("within a line: after ;, in || and &&, into a file and a here-document; quoted with ' it stays $?", () => {
    expect(line('foo; echo $?').stdout).toBe('127\n');
    expect(line('false || echo "st=$?"').stdout).toBe('st=1\n');
    expect(line('virsh dominfo nope; echo $?').stdout).toBe('\n1\n');
    expect(line('true; echo $? > /root/s; cat /root/s').stdout).toBe('0\n');
    expect(line('false; cat <<EOF\nlast=$?\nEOF').stdout).toBe('last=1\n');
    expect(line("echo '$?'").stdout).toBe('$?\n');
  });

  it('at the start of a line it is the line before’s: the console passes the last status on', () => {
    expect(line('echo $?', 127).stdout).toBe('127\n');
    let lab = freshLab(T0);
    lab = runLine(lab, { host: 'kvm1', line: 'virsh domstate nope', now: T0, source: 'console' }).lab;
    const r = runLine(lab, { host: 'kvm1', line: 'echo $?', now: T0, source: 'console' });
    expect(r.transcript.stdout).toBe('1\n');
    // Another host's console has its own bash.
    expect(runLine(lab, { host: 'kvm2', line: 'echo $?', now: T0, source: 'console' }).transcript.stdout).toBe('0\n');
  });
});
