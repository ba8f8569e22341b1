import { createStore, getMany, setMany } from 'idb-keyval';
import { LAB_MARK_KEY, STORE_KEY } from '@/lib/storage-keys';
import type { LabBackend } from './backend';

/**
 * The lab in IndexedDB (docs/decisions/013-…): the origin's quota rather than localStorage's
 * 5 MB shared with everything else, and a write that fails says so. One database, two keys
 * written in one transaction: the text and its revision.
 *
 * A lab saved by an earlier VirtLab in localStorage is read from there until the first write
 * moves it. The first-paint script cannot read IndexedDB before the body is parsed, so a small
 * mark in localStorage says that a lab is stored (lib/browser/first-paint.ts).
 */
export function idbBackend(): LabBackend {
  const db = createStore('virtlab', 'lab');
  const legacy = () => {
    try {
      return localStorage.getItem(STORE_KEY);
    } catch {
      return null;
    }
  };
  return {
    async read() {
      const [text, rev] = await getMany<string | number | undefined>(['text', 'rev'], db);
      return typeof text === 'string' ? { text, rev: Number(rev) || 0 } : { text: legacy(), rev: 0 };
    },
    async revision() {
      const [rev] = await getMany<number | undefined>(['rev'], db);
      return Number(rev) || 0;
    },
    async write(text, rev) {
      await setMany(
        [
          ['text', text],
          ['rev', rev],
        ],
        db,
      );
      try {
        localStorage.setItem(LAB_MARK_KEY, '1');
        localStorage.removeItem(STORE_KEY);
      } catch {
        /* the mark only speeds up the first paint */
      }
    },
  };
}
