import { createStore, getMany, promisifyRequest } from 'idb-keyval';
import { CLOCK_KEY, LAB_MARK_KEY, LESSONS_KEY, STORE_KEY } from '@/lib/storage-keys';
import type { Beside, LabBackend } from './backend';

const LEGACY = [STORE_KEY, CLOCK_KEY, LESSONS_KEY];
/** An undo record's key (mocks/persist/undo-records.ts), beside `text`, `rev` and `beside`. */
const record = (key: string) => `undo:${key}`;

/** The lab's database (the worker's first entry asks whether it exists: mocks/worker/first.ts). */
export const IDB_DATABASE = 'virtlab';

/**
 * The lab in IndexedDB (docs/decisions/013-…, 022-…): the origin's quota rather than localStorage's
 * 5 MB shared with everything else, and a write that fails says so. One database, three keys
 * written in one transaction: the text, its revision, and the clock and lesson progress — and the
 * undo records the write adds or drops (decision 042).
 *
 * What an earlier VirtLab kept in localStorage (the lab, then the clock and the progress) is read
 * from there until the first write moves it. The first-paint script cannot read IndexedDB before
 * the body is parsed, so a small mark in localStorage says that a lab is stored
 * (lib/browser/first-paint.ts). In the lab's worker, localStorage is the page's, mirrored
 * (mocks/worker/mirror-storage.ts).
 */
export function idbBackend(): LabBackend {
  const db = createStore(IDB_DATABASE, 'lab');
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
    undo: (keys) => getMany<string | undefined>(keys.map(record), db),
    async revision() {
      const [rev] = await getMany<number | undefined>(['rev'], db);
      return Number(rev) || 0;
    },
    async write(text, rev, beside = {}, undo = { put: [], drop: [] }) {
      // The mark goes first: a page unloaded between the two must not paint the built-in lab over
      // a stored one next time. A mark without a lab (a refused write) only delays a first paint.
      try {
        if (localStorage.getItem(LAB_MARK_KEY) === null) localStorage.setItem(LAB_MARK_KEY, '1');
      } catch {
        /* the mark only speeds up the first paint */
      }
      // One transaction: the text never names a record that is not stored, nor a dropped one.
      await db('readwrite', (s) => {
        if (undo.drop === 'all') s.delete(IDBKeyRange.bound(record(''), record('\uffff')));
        else for (const k of undo.drop) s.delete(record(k));
        for (const [k, v] of undo.put) s.put(v, record(k));
        s.put(text, 'text');
        s.put(rev, 'rev');
        s.put(beside, 'beside');
        return promisifyRequest(s.transaction);
      });
      try {
        for (const k of LEGACY) localStorage.removeItem(k);
      } catch {
        /* legacy copies are read only when IndexedDB holds none */
      }
    },
  };
}
