import { describe, expect, it } from 'vitest';
import { virshJa } from '../../shell/l10n/ja';
import { question } from '../generate';
import { isRight } from '../judge';

const shown = (stdout: string) => virshJa({ stdout, stderr: '' }).stdout;

describe('drills on a Japanese page: virsh output as a Japanese host prints it', () => {
  it('takes an output typed as the Japanese page shows it, judged by running the simulator again', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const q = question('domstate', seed);
      const right = q.choices[q.answer];
      const ja = shown(right);
      expect(ja, right).not.toBe(right);
      expect(isRight(q, ja, shown)).toBe(true);
      // Without the page's language the Japanese text is not virsh's output.
      expect(isRight(q, ja)).toBe(false);
      for (const [i, wrong] of q.choices.entries())
        if (i !== q.answer) expect(isRight(q, shown(wrong), shown)).toBe(false);
    }
  });

  it('translates the states of a list, and keeps the choices distinct', () => {
    const q = question('migration-list', 3);
    const ja = q.choices.map(shown);
    expect(new Set(ja).size).toBe(q.choices.length);
    expect(ja.join('\n')).toMatch(/名前|状態/);
    expect(isRight(q, ja[q.answer], shown)).toBe(true);
  });
});
