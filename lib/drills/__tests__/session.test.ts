import { describe, expect, it } from 'vitest';
import { question, sessionIds } from '../generate';
import { objectives, platforms } from '../types';

const everyTag = [...objectives, ...platforms];

describe('sessionIds', () => {
  it('gives an unfiltered session the ids a session filtered on every tag gives (every question fits both)', () => {
    for (let seed = 1; seed <= 12; seed++) expect(sessionIds(seed, [], 10)).toEqual(sessionIds(seed, everyTag, 10));
  });

  it('keeps a filter: every question of a Xen session carries the tag, of a level-3 session the level', () => {
    for (const id of sessionIds(7, ['xen'], 6)) {
      const [, kind, seed] = /^([a-z-]+)-(\d+)$/.exec(id)!;
      expect(question(kind as Parameters<typeof question>[0], Number(seed)).tags).toContain('xen');
    }
    for (const id of sessionIds(7, [], 4, 3)) {
      const [, kind, seed] = /^([a-z-]+)-(\d+)$/.exec(id)!;
      expect(question(kind as Parameters<typeof question>[0], Number(seed)).difficulty).toBe(3);
    }
  });
});
