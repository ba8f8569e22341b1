import { describe, expect, it } from 'vitest';
import { type Completer, Readline } from '../readline';

/**
 * readline's commands that insert or list every completion (vi `*` `=`, M-* M-= M-?) and expand a
 * leading `~` (vi `&`, M-&), as virsh 9.0 at a dumb terminal shows them (scenarios stdin-vi-completions,
 * stdin-emacs-completions).
 */
const ESC = '\u001b';
const P = 'virsh # ';

/** Completes the last word from `words`, as virsh's completer does (sorted, the common prefix, a blank after a single match). */
const from =
  (words: string[]): Completer =>
  (before) => {
    const word = /(\S*)$/.exec(before)![1];
    const matches = words.filter((w) => w.startsWith(word)).sort();
    const head = before.slice(0, before.length - word.length);
    let prefix = matches[0] ?? word;
    for (const m of matches) while (!m.startsWith(prefix)) prefix = prefix.slice(0, -1);
    const text = matches.length === 1 ? `${head}${matches[0]} ` : `${head}${prefix}`;
    return { text, ambiguous: matches.length > 1, word, matches };
  };

function run(input: string, words: string[], inputrc?: string) {
  const rl = new Readline(() => P, from(words), inputrc);
  const [l] = rl.feed(input, true);
  return l;
}
const vi = (input: string, words: string[]) => run(input, words, 'set editing-mode vi\n');

describe('every completion inserted: vi * and M-*', () => {
  it('replaces the word with each match and a blank, then inserts', () => {
    expect(vi(`domst${ESC}*X\n`, ['domstate', 'domstats', 'list']).line).toBe('domstate domstats X');
    expect(run(`domst${ESC}*\n`, ['domstate', 'domstats']).line).toBe('domstate domstats ');
  });
  it('goes to the end of the word under the cursor first; no match rings', () => {
    expect(vi(`domst list${ESC}0*\n`, ['domstate', 'domstats']).line).toBe('domstate domstats  list');
    expect(vi(`xyz${ESC}*\n`, ['domstate'])).toMatchObject({ line: 'xyz', bells: 1 });
  });
  it('is one undoable change', () => {
    expect(run(`domst${ESC}*\u001f\n`, ['domstate', 'domstats']).line).toBe('domst');
  });
});

describe('the completions listed: vi = and M-= M-?', () => {
  it('prints them in columns down the rows, then the prompt and the line again', () => {
    const l = vi(`domst${ESC}=\n`, ['domstate', 'domstats']);
    expect(l.echo).toBe(`${P}domst\b\ndomstate  domstats  \n${P}domst\b\n`);
    expect(l.line).toBe('domst');
  });
  it('fills 79 columns with the widest match plus two blanks, the last column unpadded', () => {
    const words = Array.from({ length: 9 }, (_, i) => `net-${'x'.repeat(i + 6)}`);
    const { echo } = run(`net${ESC}=\n`, words);
    const rows = echo.split('\n').slice(1, -2);
    expect(rows).toHaveLength(3);
    // The widest is 18: columns of 20, three fit in 79.
    expect(rows[0]).toBe(`${words[0].padEnd(20)}${words[3].padEnd(20)}${words[6]}`);
  });
  it('prints a single match unpadded', () => {
    expect(run(`domstate --r${ESC}?\n`, ['--reason']).echo).toContain('\n--reason\n');
  });
  it('asks before 100 matches: n redraws, Enter rings, the end of input aborts', () => {
    const many = Array.from({ length: 120 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    expect(vi(`${ESC}=n\n`, many).echo).toBe(`${P}\nDisplay all 120 possibilities? (y or n)\n${P}\n`);
    expect(vi(`${ESC}=\n`, many)).toMatchObject({ bells: 2, eof: true });
  });
  it('pages past a screenful: --More--, Enter one line, q stops', () => {
    const many = Array.from({ length: 150 }, (_, i) => `command-${String(i).padStart(3, '0')}`);
    const { echo } = vi(`${ESC}=y\nq\n`, many);
    expect(echo.split('--More--')).toHaveLength(3);
    expect(echo).toContain('--More--\r\r');
    expect(echo.endsWith(`\r\r${P}\n`)).toBe(true);
  });
});

describe('tilde expansion: vi & and M-&', () => {
  it('expands ~ and ~root at the start of the word the cursor is in, then vi inserts', () => {
    expect(vi(`echo ~/x${ESC}&Y\n`, []).line).toBe('echo /root/xY');
    expect(run(`echo ~root/a ~/b${ESC}b${ESC}b${ESC}&\n`, []).line).toBe('echo /root/a ~/b');
  });
  it('leaves an unknown user and a ~ inside a word as they are', () => {
    expect(run(`echo ~nosuch/x${ESC}&\n`, []).line).toBe('echo ~nosuch/x');
    expect(run(`echo a~b${ESC}&\n`, []).line).toBe('echo a~b');
  });
});

describe("the inputrc's bell-style and show-all-if-ambiguous", () => {
  const words = ['domstate', 'domstats'];
  it('set bell-style none (or off, any case) silences the bell; visible still rings on a dumb terminal', () => {
    expect(run('xyz\t\u0007\n', words, 'set BELL-STYLE None\n').bells).toBe(0);
    expect(run('xyz\t\n', words, 'set bell-style off\n').bells).toBe(0);
    expect(run('xyz\t\n', words, 'set bell-style visible\n').bells).toBe(1);
    expect(run('xyz\t\n', words, 'set bell-style none\nset bell-style audible\n').bells).toBe(1);
  });
  it('show-all-if-ambiguous: Tab completes as far as it goes, then lists, without the bell', () => {
    const l = run('domst\t\n', words, 'set show-all-if-ambiguous on\n');
    expect(l).toMatchObject({ line: 'domstat', bells: 0 });
    expect(l.echo).toBe(`${P}domst\ndomstate  domstats  \n${P}domstat\n`);
    expect(run('domst\t\n', words, 'set show-all-if-ambiguous off\n')).toMatchObject({ line: 'domstat', bells: 1 });
  });
});
