import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withWorkdir } from './compare';

describe('a differential run cleans up its working dir', () => {
  it('holds the node files while in use and is gone afterwards', () => {
    const seen = withWorkdir((dir) => {
      expect(readdirSync(dir).length).toBeGreaterThan(0);
      return dir;
    });
    expect(seen).toMatch(/virtlab-diff-/);
    expect(existsSync(seen)).toBe(false);
  });

  it('is gone too when the run throws (a crash in the middle of a batch)', () => {
    let seen = '';
    expect(() =>
      withWorkdir((dir) => {
        seen = dir;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
  });
});
