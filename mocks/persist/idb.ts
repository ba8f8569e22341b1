import { createStore, getMany, setMany } from 'idb-keyval';
import { CLOCK_KEY, LAB_MARK_KEY, LESSONS_KEY, STORE_KEY } from '@/lib/storage-keys';
import type { Beside, LabBackend } from './backend';

const LEGACY = [STORE_KEY, CLOCK_KEY, LESSONS_KEY];

/**
 * The lab in IndexedDB (docs/decisions/013-…, 022-…): the origin's quota rather than localStorage's
 * 5 MB shared with everything else, and a write that fails says so. One database, three keys
 * written in one transaction: the text, its revision, and the clock and lesson progress.
 *
 * What an earlier VirtLab kept in localStorage (the lab, then the clock and the progress) is read
 * from there until the first write moves it. The first-paint script cannot read IndexedDB before
 * the body is parsed, so a small mark in localStorage says that a lab is stored
 * (lib/browser/first-paint.ts). In the lab's worker, localStorage is the page's, mirrored
 * (mocks/worker/mirror-storage.ts).
 */
export function idbBackend(): LabBackend {
  const db = createStore('virtlab', 'lab');
  const legacy = (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const legacyBeside = (): Beside =>
    Object.fromEntries(
      [CLOCK_KEY, LESSONS_KEY].flatMap((k) => {
        const v = legacy(k);
        return v === null ? [] : [[k, v]];
      }),
    );
  return {
    keepsBeside: true,
    async read() {
      const [text, rev, beside] = await getMany<string | number | Beside | undefined>(['text', 'rev', 'beside'], db);
      const kept = beside && typeof beside === 'object' ? beside : legacyBeside();
      return typeof text === 'string'
        ? { text, rev: Number(rev) || 0, beside: kept }
        : { text: legacy(STORE_KEY), rev: 0, beside: kept };
    },
    async revision() {
      const [rev] = await getMany<number | undefined>(['rev'], db);
      return Number(rev) || 0;
    },
    async write(text, rev, beside = {}) {
      // The mark goes first: a page unloaded between the two must not paint the built-in lab over
      // a stored one next time. A mark without a lab (a refused write) only delays a first paint.
      try {
        if (localStorage.getItem(LAB_MARK_KEY) === null) localStorage.setItem(LAB_MARK_KEY, '1');
      } catch {
        /* the mark only speeds up the first paint */
      }
      await setMany(
        [
          ['text', text],
          ['rev', rev],
          ['beside', beside],
        ],
        db,
      );
      try {
        for (const k of LEGACY) localStorage.removeItem(k);
      } catch {
        /* legacy copies are read only when IndexedDB holds none */
      }
    },
  };
}
