import { describe, expect, it } from 'vitest';
import { editLine, Readline } from '../readline';
import { Screen } from '../readline/display';

const P = 'virsh # ';
const noTab = () => ({ text: '', ambiguous: false });

/** Feeds `input` to one readline, adding each accepted line to the history (as virsh does) before the next is read. */
function typed(input: string) {
  const rl = new Readline(() => P, noTab);
  const out = [];
  for (const l of rl.feed(input, true)) {
    out.push(l);
    if (l.line) rl.state.history.add(l.line);
  }
  return out;
}

describe("readline's redisplay on a dumb terminal", () => {
  const draw = (old: string, cursor: number, next: string, point: number) => {
    const s = new Screen(old, cursor);
    s.update(next, point);
    return s.out;
  };
  it('rewrites from the first change to the end, blanks the rest, and backs the cursor up', () => {
    expect(draw('echo ab', 6, 'echo b', 5)).toBe('\bb \b\b');
    expect(draw('echo abc', 6, 'echo a', 6)).toBe('  \b\b');
    // Same length: still written to the end of the line.
    expect(draw('echo abcd', 9, 'echo bacd', 7)).toBe('\b\b\b\bbacd\b\b');
  });
  it('returns to the left margin when that is shorter than backspacing (CR_FASTER)', () => {
    expect(draw('virsh # echo abcde', 18, 'virsh # echo abcde', 8)).toBe('\rvirsh # ');
    expect(draw('virsh # echo a', 14, 'virsh # echo a', 8)).toBe('\b'.repeat(6));
  });
});

describe('editLine', () => {
  it('applies the emacs keys to the line it accepts', () => {
    expect(editLine(P, 'echo a\u0001b').line).toBe('becho a');
    expect(editLine(P, 'echo abc\u0002\u0002\u000bd').line).toBe('echo ad');
    expect(editLine(P, 'echo ab\u0017c').line).toBe('echo c');
    expect(editLine(P, 'echo ab\u0014').line).toBe('echo ba');
    expect(editLine(P, 'echo abc def\u001bb\u001bdX').line).toBe('echo abc X');
    expect(editLine(P, 'echo a\u001b[Db').line).toBe('echo ba');
  });

  it('echoes the edits as readline draws them, and a plain line as typed', () => {
    expect(editLine(P, 'echo a\u007fb').echo).toBe(`${P}echo a\b \bb\n`);
    expect(editLine(P, 'echo a\u000cb').echo).toBe(`${P}echo a\n${P}echo ab\n`);
    expect(editLine(P, 'domstate test').echo).toBe(`${P}domstate test\n`);
  });

  it('rings the bell where readline cannot act, and ^D on an empty line ends the input', () => {
    expect(editLine(P, '\u0007x\u0006', noTab)).toMatchObject({ line: 'x', bells: 2 });
    expect(editLine(P, '\u0004echo a')).toEqual({ echo: P, line: '', bells: 0, eof: true });
    expect(editLine(P, '\u0015x')).toMatchObject({ line: 'x', bells: 1 });
  });

  it('completes at Tab, and rings when the completion is ambiguous', () => {
    const complete = (before: string) =>
      before === 'domst' ? { text: 'domstat', ambiguous: true } : { text: `${before}x `, ambiguous: false };
    expect(editLine(P, 'domst\t test', complete)).toMatchObject({ line: 'domstat test', bells: 1 });
    expect(editLine(P, 'a\t', complete)).toMatchObject({ line: 'ax ', bells: 0 });
  });

  it('transposes words, changes case and undoes in groups', () => {
    expect(editLine(P, 'echo ab cd ef\u001bt').line).toBe('echo ab ef cd');
    expect(editLine(P, 'echo abc def\u001bb\u001bb\u001bc').line).toBe('echo Abc def');
    expect(editLine(P, 'echo ab cd\u001bt\u001f').line).toBe('echo ab cd');
    // A typed run is undone 20 characters at a time.
    expect(editLine(P, 'echo 0123456789012345678901234\u001f').line).toBe('echo 012345678901234');
  });

  it('reads a numeric argument on its own prompt', () => {
    const r = editLine(P, 'echo ab\u001b12x');
    expect(r.line).toBe(`echo ab${'x'.repeat(12)}`);
    expect(r.echo).toContain('\r(arg: 12) echo ab');
  });
});

describe('a stream of lines', () => {
  it('walks the history, keeps the line being typed, and rings past the ends', () => {
    const lines = typed('echo a\necho b\nxy\u0010\u0010\u0010\u000e\u000e\u000e\n');
    expect(lines[2]).toMatchObject({ line: 'xy', bells: 2 });
    // An empty history: ^P does nothing at all.
    expect(typed('\u0010\n')[0]).toMatchObject({ line: '', bells: 0 });
  });

  it('puts an edited history line back once the edit is accepted', () => {
    const lines = typed('echo a\n\u0010Z\n\u0010\u0010\n');
    expect(lines.filter((l) => !l.eof).map((l) => l.line)).toEqual(['echo a', 'echo aZ', 'echo a']);
  });

  it('keeps the kill ring from line to line, and yank-pop rotates it', () => {
    const lines = typed('echo ab\u0017\necho cd\u0017\u0019\u001by\n');
    expect(lines[1].line).toBe('echo ab');
    expect(typed('echo ab\u0019')[0]).toMatchObject({ line: 'echo ab', bells: 1 });
  });

  it('searches the history backwards; ^J ends the search without accepting the line', () => {
    const lines = typed('echo abc\nlist\n\u0012ec\nX\n');
    expect(lines[2].line).toBe('Xecho abc');
    // Each key redraws from its first change: the string grows by one character at a time.
    expect(lines[2].echo).toContain("\r(reverse-i-search)`': \b\b\be': echo abc");
    const failed = typed('echo abc\n\u0012zz\n');
    expect(failed[1]).toMatchObject({ line: '', bells: 2 });
    expect(failed[1].echo).toContain("\r(failed reverse-i-search)`z': \b\b\bz': ");
  });

  it('waits for the rest of a key sequence split across chunks', () => {
    const rl = new Readline(() => P);
    expect([...rl.feed('echo ab\u001b')]).toEqual([]);
    expect([...rl.feed('b\u0004X\n')].map((l) => l.line)).toEqual(['echo Xb']);
  });
});

describe('bracketed paste (rl_bracketed_paste_begin)', () => {
  const paste = (s: string) => `\u001b[200~${s}\u001b[201~`;
  it('inserts the pasted text as it is: a newline does not run the line, a CR becomes one', () => {
    const [l] = typed(`echo a${paste('b\nc')}d\n`);
    expect(l.line).toBe('echo ab\ncd');
    expect(l.echo).toBe('virsh # echo ab^Jcd\n');
    expect(typed(`echo a${paste('b\rc\u001bd\te')}\n`)[0].line).toBe('echo ab\nc\u001bd\te');
  });
  it('is one undoable step and leaves the mark where the paste began', () => {
    expect(typed(`echo a${paste('bc')}\u001fX\n`)[0].line).toBe('echo aX');
    expect(typed(`echo ab\u0001${paste('cd')}\u0018\u0018X\n`)[0].line).toBe('Xcdecho ab');
  });
  it('rings and drops the key that breaks `\\e[200~`; the end sequence alone loses its 1', () => {
    const [l] = typed('echo a\u001b[20xb\u001b[201~\n');
    expect(l.line).toBe('echo ab~');
    expect(l.bells).toBe(2);
  });
  it('pastes in vi insert mode, where `.` repeats the pasted text', () => {
    const rl = new Readline(() => P, noTab);
    rl.state.editingMode = 'vi';
    const [l] = rl.feed(`echo a${paste('bc')}\u001b.\n`, true);
    expect(l.line).toBe('echo abbcc');
  });
});
