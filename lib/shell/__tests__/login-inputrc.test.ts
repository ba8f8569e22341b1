import { describe, expect, it } from 'vitest';
import { loginEditingMode } from '../login-inputrc';

describe("the editing mode a new bash reads from root's ~/.inputrc", () => {
  it('is emacs without the file (Debian /etc/inputrc sets none) and vi when it says so', () => {
    expect(loginEditingMode({})).toBe('emacs');
    expect(loginEditingMode({ '/root/.inputrc': 'set editing-mode vi\n' })).toBe('vi');
    expect(loginEditingMode({ '/root/.inputrc': 'set editing-mode vi\nset editing-mode emacs\n' })).toBe('emacs');
    // Another user's file, or one elsewhere, is not root's.
    expect(loginEditingMode({ '/home/x/.inputrc': 'set editing-mode vi\n' })).toBe('emacs');
  });

  it("tests `$if Bash` (bash's rl_readline_name, any case), not `$if virsh`", () => {
    expect(loginEditingMode({ '/root/.inputrc': '$if Bash\nset editing-mode vi\n$endif\n' })).toBe('vi');
    expect(loginEditingMode({ '/root/.inputrc': '$if bash\nset editing-mode vi\n$endif\n' })).toBe('vi');
    expect(loginEditingMode({ '/root/.inputrc': '$if virsh\nset editing-mode vi\n$endif\n' })).toBe('emacs');
  });

  it("follows `$include` into the host's files (absolute, ~/, relative to root's home)", () => {
    const common = { '/etc/common.inputrc': 'set editing-mode vi\n', '/root/vi.inputrc': 'set editing-mode vi\n' };
    expect(loginEditingMode({ ...common, '/root/.inputrc': '$include /etc/common.inputrc\n' })).toBe('vi');
    expect(loginEditingMode({ ...common, '/root/.inputrc': '$include ~/vi.inputrc\n' })).toBe('vi');
    expect(loginEditingMode({ ...common, '/root/.inputrc': '$include vi.inputrc\n' })).toBe('vi');
    expect(loginEditingMode({ '/root/.inputrc': '$include /nowhere\n' })).toBe('emacs');
  });
});
