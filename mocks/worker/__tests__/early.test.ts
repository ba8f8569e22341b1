import { afterEach, describe, expect, it } from 'vitest';
import type { EarlyAnswer } from '@/lib/browser/early-worker';
import { takeEarly } from '../early';

/** The page as the inline <head> script leaves it: one early answer for /api/lab, and the notices it counted. */
function page(heard: number) {
  const body = new TextEncoder().encode('{"from":"early"}').buffer as ArrayBuffer;
  const answer: EarlyAnswer = {
    at: performance.now(),
    answer: { id: -1, status: 200, statusText: 'OK', headers: [['content-type', 'application/json']], body },
  };
  (globalThis as unknown as { window: unknown }).window = {
    __virtlabLab: { tab: 't', early: { '/api/lab': Promise.resolve(answer) }, heard },
  };
}
const otherwise = async () => Response.json({ from: 'lab' });
const from = async (r: Promise<Response> | null) => ((await (await r!).json()) as { from: string }).from;

describe('takeEarly', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('gives the early answer when no other tab changed the lab since the page started', async () => {
    page(0);
    expect(await from(takeEarly('/api/lab', undefined, otherwise))).toBe('early');
  });

  it('asks the lab again when another tab announced a change since the page started', async () => {
    page(1);
    expect(await from(takeEarly('/api/lab', undefined, otherwise))).toBe('lab');
  });
});
