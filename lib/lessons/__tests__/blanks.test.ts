import { describe, expect, it } from 'vitest';
import { blankedLine } from '../blanks';
import { lessonOutline } from '../outline';
import { lessons } from '../registry';

describe('blankedLine', () => {
  it('blanks the subcommand and the options, keeps the tool and the operands', () => {
    expect(blankedLine('virsh migrate --live db01 qemu+ssh://kvm2.lab/system')).toBe(
      'virsh _______ ______ db01 qemu+ssh://kvm2.lab/system',
    );
    expect(blankedLine('xl -f mem-set pv-web 640m')).toBe('xl ___ _______ pv-web 640m');
    expect(blankedLine('virsh save web01 /root/web01.save')).toBe('virsh ____ web01 /root/web01.save');
  });

  it('keeps quoted words whole and every tool of a pipeline', () => {
    expect(blankedLine("grep -E 'vmx|svm' /proc/cpuinfo")).toBe('grep ___ _________ /proc/cpuinfo');
    expect(blankedLine('lsmod | grep kvm')).toBe('lsmod | grep ___');
    expect(blankedLine('stop')).toBe('____');
  });

  it("hides something of every lesson step's command, and keeps its length", () => {
    for (const l of lessons)
      for (const s of lessonOutline(l).steps) {
        const b = blankedLine(s.command.line);
        expect(b, `${l.id} › ${s.id}`).not.toBe(s.command.line);
        expect(b.length, `${l.id} › ${s.id}`).toBeGreaterThanOrEqual(s.command.line.length);
      }
  });
});
