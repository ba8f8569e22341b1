import { describe, expect, it } from 'vitest';
import { type LongOption, parseOptions, splitArgs } from '../tool-io';

const LONG: LongOption[] = [
  ['after-context', 'A', 'required'],
  ['color', 'color', 'optional'],
  ['colour', 'color', 'optional'],
  ['count', 'c'],
  ['regexp', 'e', 'required'],
];
const parse = (argv: string) => parseOptions('t', argv.split(' '), { flags: 'cn', withValue: 'Ae', long: LONG });

describe('parseOptions: GNU getopt_long', () => {
  it('keeps a repeated value each time, in order, from short and long spellings', () => {
    expect(parse('-e a --regexp=b --regexp c -eD x')).toEqual({
      options: [
        ['e', 'a'],
        ['e', 'b'],
        ['e', 'c'],
        ['e', 'D'],
      ],
      // The argv word each came from: `--regexp c` is word 3, its value word 4.
      at: [0, 2, 3, 5],
      operands: ['x'],
    });
  });

  it('bundles flags, attaches a value (-nA3) or takes the next argument, permutes operands, stops at --', () => {
    expect(parse('x -nA3 y -cA 2 -- -n')).toEqual({
      options: [
        ['n', ''],
        ['A', '3'],
        ['c', ''],
        ['A', '2'],
      ],
      at: [1, 1, 3, 3],
      operands: ['x', 'y', '-n'],
    });
  });

  it('takes an unambiguous prefix, and two spellings of one option as one (--col)', () => {
    expect(parse('--after 1 --col --colo=always --cou')).toMatchObject({
      options: [
        ['A', '1'],
        ['color', ''],
        ['color', 'always'],
        ['c', ''],
      ],
    });
  });

  it("refuses in glibc's words", () => {
    expect(parse('--co')).toEqual({
      error: "t: option '--co' is ambiguous; possibilities: '--color' '--colour' '--count'\n",
      arg: '--co',
    });
    expect(parse('--count=2')).toEqual({ error: "t: option '--count' doesn't allow an argument\n", arg: '--count=2' });
    expect(parse('--after')).toEqual({ error: "t: option '--after-context' requires an argument\n", arg: '--after' });
    expect(parse('--nope=1')).toEqual({ error: "t: unrecognized option '--nope=1'\n", arg: '--nope=1' });
    expect(parse('-nq')).toEqual({ error: "t: invalid option -- 'q'\n", arg: '-nq' });
    expect(parse('-nA')).toEqual({ error: "t: option requires an argument -- 'A'\n", arg: '-nA' });
  });

  it('splitArgs stays lenient: any letter, -5 as -n 5, the last value kept', () => {
    const { flags, operands, values } = splitArgs(['-5', '-xe', 's1', 'f', '-e', 's2'], 'e');
    expect(flags.get('n')).toBe('5');
    expect(flags.get('x')).toBe('');
    expect(flags.get('e')).toBe('s2');
    expect(values).toEqual([
      ['e', 's1'],
      ['e', 's2'],
    ]);
    expect(operands).toEqual(['f']);
  });
});
