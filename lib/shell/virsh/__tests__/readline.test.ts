import { describe, expect, it } from 'vitest';
import { editLine, redisplay } from '../readline';

const P = 'virsh # ';
const noTab = () => ({ text: '', ambiguous: false });

describe("readline's redisplay on a dumb terminal", () => {
  it('rewrites from the first change, blanks the rest, and backs the cursor up', () => {
    expect(redisplay('echo ab', 6, 'echo b', 5)).toBe('\bb \b\b');
    expect(redisplay('echo abc', 6, 'echo a', 6)).toBe('  \b\b');
    expect(redisplay('echo a', 6, 'echo a', 0)).toBe('\b'.repeat(6));
    // Same length: only the changed run is written.
    expect(redisplay('echo ab', 7, 'echo ba', 7)).toBe('\b\bba');
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
  });

  it('completes at Tab, and rings when the completion is ambiguous', () => {
    const complete = (before: string) =>
      before === 'domst' ? { text: 'domstat', ambiguous: true } : { text: `${before}x `, ambiguous: false };
    expect(editLine(P, 'domst\t test', complete)).toMatchObject({ line: 'domstat test', bells: 1 });
    expect(editLine(P, 'a\t', complete)).toMatchObject({ line: 'ax ', bells: 0 });
  });
});
