import type { StorageLike } from '../store';
import { createClock, installClock } from '../clock';
import { createLessonStore, installLessonStore } from '../lessons';
import { createStore, installStore } from '../store';

/** What the API tests share: a lab in a Map, a clock they may move, and fetch helpers. */
export const base = 'http://lab.test/api';

export const memory = (): StorageLike => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};

export const get = async <T>(path: string) => (await fetch(`${base}${path}`)).json() as Promise<T>;

export const send = async <T>(method: string, path: string, body: unknown = {}) => {
  const r = await fetch(`${base}${path}`, { method, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as T };
};

/** A fresh store, lessons and clock over `storage` (the same storage again is a reload). */
export function installLab(storage: StorageLike, wall: () => number = Date.now) {
  const s = createStore(storage);
  s.setSettings({ latencyMs: 0 });
  installStore(s);
  installLessonStore(createLessonStore(storage));
  installClock(createClock(storage, wall));
}
