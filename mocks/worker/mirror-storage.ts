import type { StorageLike } from '../persist/backend';

/**
 * A worker has no localStorage, and MSW's cookie store refuses to load without one; the lab's
 * settings and the first-paint mark (lib/browser/first-paint.ts) live there because the page
 * reads them before any script has run. So the worker gets a copy of the page's `virtlab:*`
 * keys when it starts, and every change it makes is sent back for the page to keep.
 * The lab itself, its clock and lesson progress are in IndexedDB (mocks/persist/idb.ts).
 */
export function mirrorStorage(send: (key: string, value: string | null) => void) {
  const items = new Map<string, string>();
  const storage: StorageLike & Pick<Storage, 'key' | 'clear' | 'length'> = {
    getItem: (k) => items.get(k) ?? null,
    setItem(k, v) {
      items.set(k, String(v));
      send(k, String(v));
    },
    removeItem(k) {
      if (items.delete(k)) send(k, null);
    },
    key: (i) => [...items.keys()][i] ?? null,
    clear() {
      for (const k of [...items.keys()]) this.removeItem(k);
    },
    get length() {
      return items.size;
    },
  };
  return {
    storage,
    /** The page's keys as they were when the worker started. */
    seed(from: Record<string, string>) {
      for (const [k, v] of Object.entries(from)) items.set(k, v);
    },
  };
}
