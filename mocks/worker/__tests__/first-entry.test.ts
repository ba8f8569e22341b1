import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LATENCY_MS } from '@/lib/api/schemas/requests';
import { LAB_MARK_KEY, SETTINGS_KEY, STORE_KEY } from '@/lib/storage-keys';
import { createStore, DEFAULT_LATENCY_MS, type StorageLike } from '../../store';
import { firstEntry } from '../first-entry';
import { FIRST_DEFAULT_LATENCY_MS, FIRST_MAX_LATENCY_MS, firstLatency } from '../first-latency';
import type { FirstHandover } from '../handover';
import type { FromWorker, ToWorker } from '../protocol';

const O = 'http://lab.test';
const get = (id: number, path: string): ToWorker => ({
  type: 'request',
  id,
  method: 'GET',
  url: `${O}${path}`,
  headers: [],
  body: null,
});
const init = (
  storage: Record<string, string> = {},
  more: Partial<Extract<ToWorker, { type: 'init' }>> = {},
): ToWorker => ({
  type: 'init',
  storage,
  indexedDB: true,
  start: '/lab-worker/start-0.js',
  ...more,
});

/** A lock manager of one lock, as navigator.locks grants it: one holder at a time, in order. */
function fakeLocks() {
  let tail = Promise.resolve();
  const held: string[] = [];
  return {
    held,
    locks: {
      request: (name: string, fn: () => Promise<void>) => {
        const run = tail.then(async () => {
          held.push(name);
          try {
            await fn();
          } finally {
            held.splice(held.indexOf(name), 1);
          }
        });
        tail = run.catch(() => {});
        return run;
      },
    } as unknown as LockManager,
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(
  opts: {
    stored?: boolean;
    storedFails?: boolean;
    loadFails?: boolean;
    noLocks?: boolean;
    lockManager?: ReturnType<typeof fakeLocks>;
  } = {},
) {
  const posted: FromWorker[] = [];
  const lab: ToWorker[] = [];
  const fresh: number[] = [];
  const failed: unknown[] = [];
  const loaded: string[] = [];
  let offered: FirstHandover | undefined;
  const { locks, held } = opts.lockManager ?? fakeLocks();
  const send = firstEntry({
    post: (m) => posted.push(m),
    locks: opts.noLocks ? undefined : locks,
    stored: async () => {
      if (opts.storedFails) throw new Error('blocked');
      return opts.stored ?? false;
    },
    now: () => 1234,
    async load(url) {
      loaded.push(url);
      if (opts.loadFails) throw new Error('404');
    },
    offer: (h) => {
      offered = h;
    },
    fail: (e) => failed.push(e),
    mark: () => {},
  });
  /** What the full lab's evaluation does (mocks/worker/lab.worker.ts). */
  const evaluate = () =>
    offered?.adopt(
      (m) => lab.push(m),
      (at) => fresh.push(at),
    );
  const answered = () => posted.flatMap((m) => (m.type === 'response' ? [m.id] : []));
  const decisions = () => posted.flatMap((m) => (m.type === 'decided' ? [m.fresh] : []));
  return { send, posted, lab, fresh, failed, loaded, held, evaluate, answered, decisions };
}

/**
 * With a lab stored (or nothing it can tell), the first entry tells the page so (its early answers from the
 * built-in lab may be wrong: it asks again), holds no lock, and hands the full lab the page's keys and its
 * requests as they came, with no fresh start.
 */
async function expectLeftToLab(w: ReturnType<typeof setup>, first: ToWorker) {
  w.send(first);
  w.send(get(-2, '/api/hosts/kvm1/domains/web01'));
  await tick();
  expect(w.decisions()).toEqual([false]);
  expect(w.held).toEqual([]);
  w.send({ type: 'load' });
  w.evaluate();
  await tick();
  expect(w.fresh).toEqual([]);
  expect(w.lab.map((m) => m.type)).toEqual(['init', 'request']);
  expect(w.answered()).toEqual([]);
}

describe("the lab worker's first entry", () => {
  it('tells the page that nothing is stored, holds the lock, then hands everything to the lab at the check’s instant', async () => {
    const w = setup();
    w.send(init());
    w.send(get(-2, '/api/hosts/kvm1/domains/web01')); // an early GET the page had no answer for
    w.send(get(0, '/api/lab'));
    await tick();
    expect(w.decisions()).toEqual([true]);
    expect(w.answered()).toEqual([]);
    expect(w.held).toEqual(['virtlab:lab']);
    w.send({ type: 'load' });
    expect(w.loaded).toEqual(['/lab-worker/start-0.js']);
    w.evaluate();
    await tick();
    expect(w.fresh).toEqual([1234]);
    expect(w.lab.map((m) => (m.type === 'request' ? m.id : m.type))).toEqual(['init', -2, 0]);
    // The lock is released once the lab has taken over, the page told, and later messages go to it.
    expect(w.held).toEqual([]);
    expect(w.posted.at(-1)).toEqual({ type: 'ready' });
    w.send(get(5, '/api/lab'));
    expect(w.lab.at(-1)).toMatchObject({ id: 5 });
    expect(w.answered()).toEqual([]);
  });

  it('answers nothing itself: a write and every GET wait for the lab, in order', async () => {
    const w = setup();
    w.send(init());
    w.send({
      type: 'request',
      id: 0,
      method: 'POST',
      url: `${O}/api/lab/reset`,
      headers: [],
      body: new ArrayBuffer(2),
    });
    w.send(get(-1, '/api/lab'));
    w.send(get(1, '/api/lab'));
    await tick();
    expect(w.answered()).toEqual([]);
    w.send({ type: 'load' });
    w.evaluate();
    await tick();
    expect(w.lab.map((m) => (m.type === 'request' ? m.id : m.type))).toEqual(['init', 0, -1, 1]);
  });

  for (const [why, storage] of [
    ['a lab is marked stored', { [LAB_MARK_KEY]: '1' }],
    ['an older VirtLab kept its lab in localStorage', { [STORE_KEY]: '{}' }],
  ] as const)
    it(`leaves everything to the lab when ${why}`, () => expectLeftToLab(setup(), init(storage)));

  it('leaves everything to the lab when IndexedDB holds a lab, or cannot be read, and releases the lock at once', async () => {
    for (const opts of [{ stored: true }, { storedFails: true }]) await expectLeftToLab(setup(opts), init());
  });

  it('leaves everything to the lab when the browser has no Web Locks or no IndexedDB', async () => {
    await expectLeftToLab(setup({ noLocks: true }), init());
    await expectLeftToLab(setup(), init({}, { indexedDB: false }));
  });

  it('decides only once the lock is its own: another tab’s request in progress finishes first', async () => {
    const lockManager = fakeLocks();
    let release: () => void = () => {};
    void lockManager.locks.request('virtlab:lab', () => new Promise<void>((r) => (release = r)));
    const w = setup({ lockManager });
    w.send(init());
    await tick();
    expect(w.decisions()).toEqual([]);
    release();
    await tick();
    await tick();
    expect(w.decisions()).toEqual([true]);
  });

  it('tells the page when the lab does not load (the worker’s error event), and lets the lock go', async () => {
    const w = setup({ loadFails: true });
    w.send(init());
    w.send({ type: 'load' });
    await tick();
    await tick();
    expect(w.failed).toHaveLength(1);
    expect(w.held).toEqual([]);
  });
});

describe('firstLatency', () => {
  it('reads the latency setting exactly as the store does', () => {
    expect(FIRST_DEFAULT_LATENCY_MS).toBe(DEFAULT_LATENCY_MS);
    expect(FIRST_MAX_LATENCY_MS).toBe(MAX_LATENCY_MS);
    const storeReads = (raw: string | undefined) => {
      const m = new Map<string, string>(raw === undefined ? [] : [[SETTINGS_KEY, raw]]);
      const s: StorageLike = { getItem: (k) => m.get(k) ?? null, setItem: () => {}, removeItem: () => {} };
      return createStore(s).settings().latencyMs;
    };
    const raws = fc.oneof(
      fc.constant(undefined),
      fc.string(),
      fc
        .record({ latencyMs: fc.oneof(fc.integer({ min: -10, max: 6000 }), fc.double(), fc.string()) })
        .map((v) => JSON.stringify(v)),
      fc
        .record({ latencyMs: fc.integer({ min: 0, max: 5000 }), other: fc.integer() }, { requiredKeys: ['latencyMs'] })
        .map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(fc.property(raws, (raw) => firstLatency(raw) === storeReads(raw)));
  });
});
