import { describe, expect, it } from 'vitest';
import { stepPlayhead } from '../playback-step';

describe('the play head, frame by frame', () => {
  it('never steps back: a frame stamped before the last read (a negative elapsed time) keeps the head where it is', () => {
    expect(stepPlayhead(0, -8, 1, 30)).toBe(0);
    expect(stepPlayhead(0, -8, 10, 30)).toBe(0);
    expect(stepPlayhead(12, -3, 10, 30)).toBe(12);
  });

  it('moves one simulated second per second at 1× and ten at 10×, and stops at the end', () => {
    expect(stepPlayhead(0, 500, 1, 30)).toBe(0.5);
    expect(stepPlayhead(2, 500, 10, 30)).toBe(7);
    expect(stepPlayhead(29, 1000, 10, 30)).toBe(30);
  });

  it('starts from 0 when the head was somehow before it', () => {
    expect(stepPlayhead(-0.2, 100, 1, 30)).toBeCloseTo(0.1);
  });
});
