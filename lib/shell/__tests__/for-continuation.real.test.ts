import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { needsMoreInput } from '../shell-parse';

/**
 * The prompt real bash 5.2 (interactive, its input a pipe) shows before each of `lines`: `$ ` (PS1) when
 * the lines before it made a whole command, `> ` (PS2) while it reads more of one.
 */
function bashPrompts(lines: string[]): string[] {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-i'], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    env: { ...process.env, PS1: '$ ', PS2: '> ', HOME: '/tmp', TERM: 'dumb' },
    cwd: '/tmp',
  });
  // Interactive bash writes each prompt, then readline echoes the line typed, on stderr.
  const echoed = r.stderr.split('\n').filter((l) => /^[$>] /.test(l));
  return echoed.slice(0, lines.length).map((l) => l.slice(0, 2));
}

/** The console's prompts for the same lines: a line joins those held while needsMoreInput says so. */
function consolePrompts(lines: string[]): string[] {
  const prompts: string[] = [];
  let held: string[] = [];
  for (const line of lines) {
    prompts.push(held.length ? '> ' : '$ ');
    const text = [...held, line].join('\n');
    held = needsMoreInput(text) ? [...held, line] : [];
  }
  return prompts;
}

const TYPED = [
  ['for d in a b', 'do echo $d', 'done', 'echo after'],
  ['for d in a b; do', 'echo $d', 'echo x$d', 'done'],
  ['for d in a', 'do', 'echo $d', 'done'],
  ['for d in a; do for e in b c', 'do echo $d$e; done', 'done', 'echo after'],
  ['for d in a b; do echo $d; done', 'echo after'],
  ["for d in 'a b'", 'do echo "$d', 'x"', 'done'],
  ['echo for', 'echo done'],
  // No `do` after the words: bash's syntax error at once, then a new command.
  ['for d in a b', 'echo $d', 'echo after'],
  // …and so for a loop nested in the body: its own `do` is checked as the outer one's.
  ['for a in 1; do for b in 2', 'echo $a$b', 'echo after'],
  ['for a in 1', 'do for b in 2', 'echo $b', 'echo after'],
  ['for a in 1; do echo a; for b in 2', 'echo y', 'echo after'],
];

describe('a for loop typed over several lines: bash 5.2 prompts `> ` until its done', () => {
  it.each(TYPED.map((lines) => [lines.join(' ⏎ '), lines] as const))('%s', (_, lines) => {
    const real = bashPrompts([...lines]);
    expect(real).toHaveLength(lines.length);
    expect(consolePrompts([...lines])).toEqual(real);
  });

  it('while and if are not held: the lab answers them at once (not simulated), bash would read on', () => {
    expect(needsMoreInput('while true')).toBe(false);
    expect(needsMoreInput('if true')).toBe(false);
    expect(bashPrompts(['while false', 'do echo x', 'done'])).toEqual(['$ ', '> ', '> ']);
  });
});
