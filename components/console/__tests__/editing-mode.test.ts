import { describe, expect, it } from 'vitest';
import type { ApiHost, Transcript } from '@/lib/api/contract';
import { consoleVi } from '../editing-mode';

const host = (name: string, editingMode?: 'vi' | 'emacs') => [{ name, editingMode } as ApiHost];
const line = (seq: number, h: string, editing?: 'vi' | 'emacs') => ({ seq, host: h, editing }) as Transcript;

describe("the console's keys: this session's `set -o`, else what its bash read from ~/.inputrc", () => {
  it("starts in the mode the host's ~/.inputrc sets; a `set -o` of an earlier session does not carry over", () => {
    const before = [line(1, 'kvm9', 'vi'), line(2, 'kvm9')];
    expect(consoleVi('kvm9', before, host('kvm9'))).toBe(false);
    const other = [line(1, 'kvm8', 'emacs')];
    expect(consoleVi('kvm8', other, host('kvm8', 'vi'))).toBe(true);
  });

  it('a `set -o` run in the session decides from then on; the file read at the start stays as it was', () => {
    const journal = [line(5, 'kvm7')];
    expect(consoleVi('kvm7', journal, host('kvm7', 'vi'))).toBe(true);
    journal.push(line(6, 'kvm7', 'emacs'));
    expect(consoleVi('kvm7', journal, host('kvm7', 'vi'))).toBe(false);
    journal.push(line(7, 'kvm7', 'vi'));
    // Writing ~/.inputrc now (the host says emacs) changes nothing until a new session.
    expect(consoleVi('kvm7', journal, host('kvm7', 'emacs'))).toBe(true);
  });

  it('a lab reset (the journal starts again) is a new host: its bash reads the file again', () => {
    expect(consoleVi('kvm6', [line(9, 'kvm6', 'vi')], host('kvm6'))).toBe(false);
    expect(consoleVi('kvm6', [], host('kvm6', 'vi'))).toBe(true);
    expect(consoleVi('kvm6', undefined, host('kvm6', 'vi'))).toBe(false);
  });
});
