import { describe, expect, it } from 'vitest';
import { Readline } from '../readline';

/**
 * readline 8.2's vi mode as virsh reads a pipe (readline/vi*.ts). Each expectation was compared
 * with real virsh 9.0 fed the same bytes (conformance scenarios stdin-vi-*).
 */
const ESC = '\u001b';

/** The lines readline returns for `input` (each added to the history, as virsh does) and the bells rung. */
function vi(input: string, inputrc = 'set editing-mode vi\n') {
  const rl = new Readline(
    () => 'virsh # ',
    () => ({ text: '', ambiguous: false }),
    inputrc,
  );
  const lines: string[] = [];
  let bells = 0;
  for (const l of rl.feed(input, true)) {
    if (!l.eof) lines.push(l.line);
    bells += l.bells;
    if (l.line) rl.state.history.add(l.line);
  }
  return { lines, bells, echo: lines.at(-1) };
}
const line = (input: string) => vi(input).echo;

describe('vi mode: r R s S ~', () => {
  it('r replaces count characters (as many as there are), the cursor on the last; ESC cancels', () => {
    expect(line(`echo abc${ESC}0rX\n`)).toBe('Xcho abc');
    expect(line(`echo abc${ESC}02rXx\n`)).toBe('Xho abc');
    expect(line(`echo abc${ESC}$5rX\n`)).toBe('echo abX');
    expect(line(`echo abc${ESC}r${ESC}x\n`)).toBe('echo ab');
  });
  it('~ turns the case of count letters and steps over other characters', () => {
    expect(line(`echo aBc.d${ESC}010~\n`)).toBe('ECHO AbC.D');
    expect(vi(`echo abc${ESC}~\n`)).toMatchObject({ echo: 'echo abC', bells: 0 });
  });
  it('s is cl and S is cc; R overwrites, Backspace gives back, ^U counts', () => {
    expect(line(`echo abc def${ESC}02sXY${ESC}\n`)).toBe('XYho abc def');
    expect(line(`echo abc def${ESC}Slist\n`)).toBe('list');
    expect(line(`echo abcdef${ESC}0RXY\u007f\u007f\u007fZ\n`)).toBe('Zcho abcdef');
    expect(vi(`echo abcdef${ESC}0RXY\u007f\u007f\u007fZ\n`).bells).toBe(1);
    expect(line(`echo abc${ESC}0Rxy${ESC}u\n`)).toBe('echo abc');
    expect(line(`ab${ESC}0Rxyzw${ESC}\n`)).toBe('xyzw');
  });
});

describe('vi mode: f F t T ; , % | as motions and with d c y', () => {
  it('finds a character forwards and backwards, t and T one short; ; and , repeat it', () => {
    expect(line(`echo abc def${ESC}0fcx\n`)).toBe('eho abc def');
    expect(line(`echo abc def${ESC}0tcx\n`)).toBe('cho abc def');
    expect(line(`echo abc def${ESC}Tax\n`)).toBe('echo ac def');
    expect(line(`echo a b a b${ESC}0fa;,x\n`)).toBe('echo  b a b');
    expect(vi(`echo abc${ESC}0fzx\n`)).toMatchObject({ echo: 'cho abc', bells: 1 });
  });
  it('% goes to the matching bracket; a closing one found ahead fails; | to a column', () => {
    expect(line(`echo (a [b] c)${ESC}0%x\n`)).toBe('echo (a [b] c');
    expect(vi(`echo a(b)c${ESC}0fbd%\n`)).toMatchObject({ echo: 'echo a(b)c', bells: 2 });
    expect(line(`echo abcdef${ESC}3|x\n`)).toBe('eco abcdef');
  });
  it('d c y take every motion: df includes the character, dt stops before it, y puts nothing back', () => {
    expect(line(`echo abc def${ESC}0df x\n`)).toBe('bc def');
    expect(line(`echo abc def${ESC}0dtex\n`)).toBe('f');
    expect(line(`echo (a b) c${ESC}0c%X${ESC}\n`)).toBe('X c');
    expect(line(`echo abc def${ESC}0Y$p\n`)).toBe('echo abc defecho abc def');
    // A failed f still lets c insert; d rings.
    expect(vi(`echo abc def${ESC}0cfzX${ESC}\n`)).toMatchObject({ echo: 'Xcho abc def', bells: 1 });
    expect(vi(`echo abc def${ESC}0dfzx\n`)).toMatchObject({ echo: 'cho abc def', bells: 2 });
  });
  it('a count after d runs any key as the motion, on the line with its blank (readline 8.2)', () => {
    expect(line(`echo abc${ESC}0d2x\n`)).toBe('ho abc \u0000');
  });
});

describe('vi mode: p P y Y, U, m `, G, #, _', () => {
  it('p puts the last kill after the cursor, P before; yanks in vi mode replace the slot', () => {
    expect(line(`echo abc def${ESC}0dwP\n`)).toBe('echo abc def');
    expect(line(`echo abc${ESC}0x3p\n`)).toBe('ceeeho abc');
    expect(line(`echo abc def${ESC}0ywywP\n`)).toBe('echo echo abc def');
    expect(vi(`echo abc${ESC}p\n`)).toMatchObject({ echo: 'echo abc', bells: 1 });
  });
  it('U undoes the whole line; m and ` mark and go back', () => {
    expect(line(`echo abc${ESC}0xxU\n`)).toBe('echo abc');
    expect(line(`echo abc${ESC}0mawwx\`ax\n`)).toBe('cho ab');
    expect(vi(`echo abc${ESC}0\`ax\n`).bells).toBe(1);
  });
  it('G fetches a history line by number (the oldest without one); # comments the line out', () => {
    expect(vi(`echo a\necho b\necho c\n${ESC}1G\n`).echo).toBe('echo a');
    expect(vi(`echo a\necho b\n${ESC}9G\n`)).toMatchObject({ echo: '', bells: 1 });
    expect(line(`echo abc${ESC}#`)).toBe('#echo abc');
    expect(vi(`#echo abc${ESC}3#\n`).lines).toEqual(['echo abc', '']);
  });
  it('_ inserts the last word of the line before (the count-th with a count) and goes on inserting', () => {
    expect(vi(`echo abc def\necho x${ESC}_\n`).echo).toBe('echo x def');
    expect(vi(`echo abc def\necho ${ESC}2_\n`).echo).toBe('echo  abc');
    expect(vi(`echo 'a b' "c d"\n${ESC}_\n`).echo).toBe(' "c d"');
  });
});

describe('vi mode: . repeats the last change', () => {
  it('with its count, or a new one; an insertion puts its text in again', () => {
    expect(line(`echo abc def ghi${ESC}0dw.\n`)).toBe('def ghi');
    expect(line(`echo abc def ghi${ESC}02x3.\n`)).toBe('abc def ghi');
    expect(line(`echo abc${ESC}ix${ESC}..\n`)).toBe('echo abxxxc');
    expect(line(`echo abc${ESC}0Ixy${ESC}$.\n`)).toBe('xyxyecho abc');
    expect(line(`echo abc def ghi${ESC}0cwX${ESC}w.\n`)).toBe('X X def ghi');
    expect(line(`echo abc${ESC}0Rxy${ESC}$.\n`)).toBe('xyho abxy');
    expect(line(`echo abc${ESC}0rZl.\n`)).toBe('ZZho abc');
  });
  it('outlives the line, as readline keeps it', () => {
    expect(vi(`echo abc${ESC}0rq\necho xyz${ESC}0.\n`).echo).toBe('qcho xyz');
    expect(vi(`echo abc${ESC}0x${ESC}\n.\n`).lines).toEqual(['cho abc', '.']);
    // A line only typed is an insertion too: its last record (20 characters at most) is what . inserts.
    expect(vi(`echo abc\n${ESC}.\n`).echo).toBe('echo abc');
    expect(vi(`echo abcdefghijklmnopqrstuvwxyz\n${ESC}.\n`).echo).toBe('pqrstuvwxyz');
  });
});

describe('switching the editing mode on a line', () => {
  it('^E in command mode goes to emacs keys, for the next lines too', () => {
    expect(line(`echo abc${ESC}\u0005\u0001X\n`)).toBe('Xecho abc');
    expect(vi(`echo a${ESC}\u0005\necho b${ESC}hx\n`)).toMatchObject({ echo: 'echo bx', bells: 1 });
  });
  it('M-C-j in emacs mode goes to vi, inserting', () => {
    const emacs = 'set bell-style audible\n';
    expect(vi(`echo abc${ESC}\n${ESC}hx\n`, emacs).echo).toBe('echo ac');
    // `.` repeats what entered vi mode: the M-C-j, which accepts the line.
    expect(vi(`echo abc\u0001${ESC}\nX${ESC}.\n`, emacs).lines).toEqual(['Xecho abc', '']);
  });
});
