import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, freshLab, STORE_KEY, type StorageLike } from '../store';

/** A storage that counts its writes. */
function memory() {
  const m = new Map<string, string>();
  const writes: string[] = [];
  const storage: StorageLike = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      writes.push(k);
      m.set(k, v);
    },
    removeItem: (k) => void m.delete(k),
  };
  return {
    storage,
    writes: () => writes.filter((k) => k === STORE_KEY).length,
    saved: () => JSON.parse(m.get(STORE_KEY) ?? 'null') as { lab: { seq: number } } | null,
  };
}

describe('the store in a browser page', () => {
  let page: EventTarget;
  let idle: (() => void)[];
  const visibility = { visibilityState: 'visible' as DocumentVisibilityState };
  beforeEach(() => {
    page = new EventTarget();
    idle = [];
    vi.stubGlobal('window', page);
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    vi.stubGlobal('document', visibility);
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    visibility.visibilityState = 'visible';
  });
  const runIdle = () => {
    for (const cb of idle.splice(0)) cb();
  };
  const lab = (seq: number) => ({ ...freshLab(0), seq });

  it('writes a burst of commands once, when the browser is idle, with the last one', () => {
    const m = memory();
    const s = createStore(m.storage);
    s.commit(lab(1));
    s.commit(lab(2));
    s.commit(lab(3));
    expect(m.writes()).toBe(0);
    runIdle();
    expect(m.writes()).toBe(1);
    expect(m.saved()?.lab.seq).toBe(3);
  });

  it('flushes a pending write when the page goes away (reload, navigation, closed tab)', () => {
    const m = memory();
    const s = createStore(m.storage);
    s.commit(lab(7));
    page.dispatchEvent(new Event('pagehide'));
    expect(m.saved()?.lab.seq).toBe(7);
    runIdle();
    expect(m.writes()).toBe(1);
  });

  it('flushes when the page is hidden, and before the raw data is read', () => {
    const m = memory();
    const s = createStore(m.storage);
    s.commit(lab(1));
    visibility.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    expect(m.saved()?.lab.seq).toBe(1);
    s.commit(lab(2));
    expect(JSON.parse(s.raw() ?? 'null').lab.seq).toBe(2);
  });
});

describe('the store under Node', () => {
  it('writes at once', () => {
    const m = memory();
    createStore(m.storage).commit({ ...freshLab(0), seq: 5 });
    expect(m.saved()?.lab.seq).toBe(5);
  });
});
