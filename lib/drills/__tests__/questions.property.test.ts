import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { question } from '../generate';
import { isRight, reproduce } from '../judge';
import { drillKinds } from '../types';

/**
 * Every generated question, whatever its seed: exactly one choice is right when the simulator
 * judges each one afresh, it is the one marked, and the explanation's command prints what the
 * explanation says.
 */
describe('generated drill questions', () => {
  for (const kind of drillKinds) {
    it(`${kind}: one right answer, reproduced by its explanation`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999_999 }), (seed) => {
          const q = question(kind, seed);
          expect(q.choices.length).toBeGreaterThanOrEqual(3);
          expect(new Set(q.choices).size).toBe(q.choices.length);
          const right = q.choices.map((c) => isRight(q, c));
          expect(right.filter(Boolean)).toHaveLength(1);
          expect(right[q.answer]).toBe(true);
          expect(reproduce(q)).toContain(q.explanation.shows);
          expect(question(kind, seed)).toEqual(q);
        }),
        { numRuns: Number(process.env.DRILL_RUNS ?? 350) },
      );
    });
  }
});
