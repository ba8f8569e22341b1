import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The lab's lock (../exclusive.ts): one request at a time across tabs; the requests a tab has
 * waiting run under one grant, and each knows whether the lock was held since the one before.
 */

/** A LockManager as the browser's: one holder per name, the others granted in the order they asked. */
function fakeLocks() {
  let held: Promise<unknown> = Promise.resolve();
  const grants: string[] = [];
  const locks = {
    request: (name: string, cb: () => Promise<unknown>) => {
      const run = held.then(() => {
        grants.push(name);
        return cb();
      });
      held = run.catch(() => {});
      return run;
    },
  };
  return { locks, grants };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the lab lock in a browser', () => {
  it('runs the requests waiting in this tab under one grant, one at a time, in order', async () => {
    const { locks, grants } = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const { exclusive } = await import('../exclusive');
    const log: string[] = [];
    const job = (n: number) => async (continued: boolean) => {
      log.push(`start ${n} ${continued}`);
      await tick();
      log.push(`end ${n}`);
      return n;
    };
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => exclusive(job(n))));
    expect(answers).toEqual([1, 2, 3, 4, 5]);
    expect(grants).toHaveLength(1);
    expect(log).toEqual([1, 2, 3, 4, 5].flatMap((n) => [`start ${n} ${n > 1}`, `end ${n}`]));
  });

  it('asks again after a request that came once the grant ended: not continued, another tab may have written', async () => {
    const { locks, grants } = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const { exclusive } = await import('../exclusive');
    expect(await exclusive(async (c) => c)).toBe(false);
    // Another tab takes the lock in between.
    await locks.request('virtlab:lab', async () => {});
    expect(await exclusive(async (c) => c)).toBe(false);
    expect(grants).toHaveLength(3);
  });

  it('gives the lock up after a few requests, so another tab is not kept waiting behind a stream', async () => {
    const { locks, grants } = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const { exclusive } = await import('../exclusive');
    const other = vi.fn(async () => {});
    const mine = Array.from({ length: 20 }, (_, i) =>
      exclusive(async () => {
        if (i === 0) void locks.request('virtlab:lab', other);
        return other.mock.calls.length;
      }),
    );
    const seen = await Promise.all(mine);
    expect(grants.length).toBeGreaterThanOrEqual(3);
    // The other tab ran before the last of this tab's twenty.
    expect(seen.at(-1)).toBe(1);
    expect(seen[0]).toBe(0);
  });

  it('answers a request that throws with its error, and goes on with the next', async () => {
    const { locks } = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const { exclusive } = await import('../exclusive');
    const bad = exclusive(async () => {
      throw new Error('bug');
    });
    const good = exclusive(async (c) => c);
    await expect(bad).rejects.toThrow('bug');
    expect(await good).toBe(true);
  });
});
