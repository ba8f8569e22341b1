import { describe, expect, it } from 'vitest';
import { completeLine, completionMatches } from '@/lib/shell/complete';
import type { Completer } from '@/lib/shell/virsh/readline/state';
import { ViLine, viPrompt } from '../vi-line';

const keys = (vi: ViLine, ks: string) => [...ks].map((k) => vi.key(k)).at(-1)!;

describe("the console's line in bash's vi mode (set -o vi)", () => {
  // The console's Tab completion as the completer (use-console-input builds it from lib/shell/complete).
  const ctx = { domains: ['web01', 'web02', 'db01'] };
  const complete: Completer = (before) => {
    const r = completeLine(before, ctx);
    return { text: r.line, ambiguous: r.candidates.length > 1, ...completionMatches(before, ctx) };
  };

  it('* inserts every match of the word as Tab would find them, one undoable change, and goes on inserting', () => {
    const vi = new ViLine([], complete);
    vi.escape('virsh start we', 14);
    expect(vi.key('*')).toMatchObject({ text: 'virsh start web01 web02 ', point: 24, insert: true, listed: null });
    expect(vi.escape('virsh start web01 web02 ', 24).text).toBe('virsh start web01 web02 ');
    // The first u takes back the (empty) insertion after it, the second the matches (as virsh's readline: `domst ESC * ESC uu`).
    expect(vi.key('u').text).toBe('virsh start web01 web02 ');
    expect(vi.key('u').text).toBe('virsh start we');
  });

  it('= lists the matches (shown as Tab lists them) and stays in command mode; no match rings and lists nothing', () => {
    const vi = new ViLine([], complete);
    vi.escape('virsh start we', 14);
    expect(vi.key('=')).toMatchObject({ text: 'virsh start we', insert: false, listed: ['web01', 'web02'] });
    expect(vi.key('l').listed).toBeNull();
    vi.escape('virsh start zz', 14);
    expect(vi.key('=')).toMatchObject({ text: 'virsh start zz', listed: null });
  });

  it('ESC steps back onto the last character; b, cw change the word and go back to inserting', () => {
    const vi = new ViLine([]);
    expect(vi.escape('virsh domstate web01', 20)).toEqual({
      text: 'virsh domstate web01',
      point: 19,
      insert: false,
      replace: false,
      done: false,
      message: null,
      listed: null,
    });
    expect(vi.key('b').point).toBe(15);
    expect(vi.key('c')).toMatchObject({ text: 'virsh domstate web01', insert: false });
    expect(vi.key('w')).toEqual({
      text: 'virsh domstate ',
      point: 15,
      insert: true,
      replace: false,
      done: false,
      message: null,
      listed: null,
    });
    // What was typed before the first ESC is not undoable; the change is one step.
    expect(vi.escape('virsh domstate db01', 19)).toMatchObject({ point: 18, insert: false });
    expect(vi.key('u').text).toBe('virsh domstate web01');
    expect(vi.key('u').text).toBe('virsh domstate web01');
    expect(keys(vi, '0dw')).toMatchObject({ text: 'domstate web01', point: 0 });
    expect(keys(vi, 'dd')).toMatchObject({ text: '', point: 0 });
    expect(vi.key('\r').done).toBe(true);
  });

  it('k and j walk the history with the point at the start; x, $, A', () => {
    const vi = new ViLine(['virsh list --all', 'virsh uri']);
    vi.escape('', 0);
    expect(vi.key('k')).toMatchObject({ text: 'virsh uri', point: 0 });
    expect(vi.key('k')).toMatchObject({ text: 'virsh list --all', point: 0 });
    expect(vi.key('j')).toMatchObject({ text: 'virsh uri', point: 0 });
    expect(keys(vi, '$x')).toMatchObject({ text: 'virsh ur', point: 7 });
    expect(vi.key('A')).toMatchObject({ point: 8, insert: true });
  });

  it('r, ~, f and . edit as readline does; R overwrites key by key until ESC', () => {
    const vi = new ViLine([]);
    vi.escape('virsh domstate web01', 20);
    expect(keys(vi, '0fwrW')).toMatchObject({ text: 'virsh domstate Web01', point: 15 });
    expect(keys(vi, '0~')).toMatchObject({ text: 'Virsh domstate Web01', point: 1 });
    expect(keys(vi, '$FW')).toMatchObject({ point: 15 });
    expect(keys(vi, 'R')).toMatchObject({ insert: true, replace: true });
    expect(keys(vi, 'db')).toMatchObject({ text: 'Virsh domstate dbb01', point: 17 });
    expect(vi.key('\u001b')).toMatchObject({ insert: false, replace: false, point: 16 });
    // `.` overwrites the same text again, at the cursor.
    expect(keys(vi, '0.')).toMatchObject({ text: 'dbrsh domstate dbb01', point: 1 });
  });

  // The console's bash runs in a UTF-8 locale: readline's multibyte rules, on the text the input shows.
  it('~ turns é and ÿ as towupper does; x h l r f step over whole characters, a combining mark with its base', () => {
    // Each step compared with virsh's readline 8.2 in C.UTF-8 fed the same keys (`echo café ÿ ESC ~0fé~hxr漢lx`).
    const vi = new ViLine([]);
    expect(vi.escape('echo café ÿ', 11)).toMatchObject({ point: 10 });
    expect(keys(vi, '~')).toMatchObject({ text: 'echo café Ÿ', point: 10 });
    expect(keys(vi, '0fé~')).toMatchObject({ text: 'echo cafÉ Ÿ', point: 9 });
    expect(keys(vi, 'hx')).toMatchObject({ text: 'echo caf Ÿ', point: 8 });
    expect(keys(vi, 'r漢')).toMatchObject({ text: 'echo caf漢Ÿ', point: 8 });
    expect(keys(vi, 'lx')).toMatchObject({ text: 'echo caf漢', point: 8 });
    const jp = new ViLine([]);
    expect(jp.escape('echo 仮想マシン e\u0301x', 14)).toMatchObject({ point: 13 });
    expect(keys(jp, 'hhx')).toMatchObject({ text: 'echo 仮想マシンe\u0301x', point: 10 });
    // w tests the byte, as readline 8.2 does: a multibyte character is punctuation, `e` starts the next word.
    expect(keys(jp, '0w')).toMatchObject({ point: 5 });
    expect(keys(jp, 'wx')).toMatchObject({ text: 'echo 仮想マシンx', point: 10 });
  });

  it('what the input typed before ESC is what . inserts again', () => {
    const vi = new ViLine([]);
    vi.escape('virsh list', 10);
    vi.key('a');
    expect(vi.escape('virsh list --all', 16)).toMatchObject({ point: 15 });
    expect(keys(vi, '.')).toMatchObject({ text: 'virsh list --all --all', point: 21 });
  });

  it("/ shows readline's prompt after the shell's, a count its (arg: N), and ^R its search", () => {
    const vi = new ViLine(['virsh list --all', 'virsh uri']);
    vi.escape('', 0);
    expect(vi.key('/')).toMatchObject({ message: '/', text: '' });
    expect(keys(vi, 'list')).toMatchObject({ message: '/', text: 'list' });
    expect(vi.key('\r')).toMatchObject({ message: null, text: 'virsh list --all', point: 0 });
    expect(vi.key('2')).toMatchObject({ message: '(arg: 2) ' });
    expect(vi.key('w')).toMatchObject({ message: null, point: 11 });
    expect(vi.key('\u0012').message).toBe("(reverse-i-search)`': ");
    expect(viPrompt('/', 'root@kvm1:~#')).toBe('root@kvm1:~# /');
    expect(viPrompt('(arg: 2) ', 'root@kvm1:~#')).toBe('(arg: 2)');
    expect(viPrompt(null, 'root@kvm1:~#')).toBe('root@kvm1:~#');
  });
});
