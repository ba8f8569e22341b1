import type { LabSettings, LabStatus, Transcript } from '@/lib/api/contract';
import { settingsRequest } from '@/lib/api/schemas/requests';
import type { World } from '@/lib/sim/types';
import { bootedAnHourAgo } from '@/lib/sim/worlds/builders';
import { labWorld } from '@/lib/sim/worlds/lab';
import { SETTINGS_KEY, STORE_KEY } from '@/lib/storage-keys';
import { type Beside, isBackend, type LabBackend, type StorageLike, storageBackend } from './persist/backend';
import { idbBackend } from './persist/idb';
import { parseStored, STORE_VERSION, type Stored, type Unreadable } from './persist/load';
import { undoRecords } from './persist/undo-records';
import type { History } from './history';
import type { StoredTransition } from './transitions-log';

export { SETTINGS_KEY, STORE_KEY, STORE_VERSION, type StorageLike };

/**
 * The lab's one piece of state on the mock side: the simulated world plus what the UI shows
 * about its past (commands run, state transitions). Written to IndexedDB before each change is
 * answered (docs/decisions/003-frontend.md, 013); a version bump makes older data unreadable on purpose.
 */

export interface Lab {
  world: World;
  journal: Transcript[];
  transitions: StoredTransition[];
  seq: number;
  /** Undo and redo (mocks/history.ts); absent in a lab stored before there was undo. */
  history?: History;
}

const KEEP = 300;

/** The built-in lab (or a lesson's starting world) at `now`: running guests booted an hour ago. */
export function freshLab(now: number, world: World = labWorld()): Lab {
  return { world: bootedAnHourAgo(world, now), journal: [], transitions: [], seq: 0 };
}

/** What the lab may take in storage: a refused command is better than a lab the browser cannot keep. */
export const BUDGET_CHARS = 4_000_000;
/** A command's output as the journal keeps it (the console shows it; a `cat` of a big file is cut). */
const OUTPUT_KEEP = 16 * 1024;
const clipOutput = (s: string) => (s.length > OUTPUT_KEEP ? `${s.slice(0, OUTPUT_KEEP)}\n[output cut]\n` : s);
/** A transcript with its output cut: the runs' order no longer fits the texts, so it goes (stdout, then stderr). */
function clipped(t: Transcript): Transcript {
  const { order: _cut, ...rest } = t;
  return { ...rest, stdout: clipOutput(t.stdout), stderr: clipOutput(t.stderr) };
}

type Loaded = { ok: true; lab: Lab } | Unreadable;

export type Persisted = { ok: true; wrote: number | null } | { ok: false; why: 'budget' | 'refused' };

/**
 * The lab in this tab: what was last read from or written to the backend, and the change a
 * request made to it, which `persist` writes before the request is answered. A write that fails
 * (or a lab past the budget) rolls the change back, so the answer can refuse the command. With a
 * backend that keeps them (IndexedDB), the clock and lesson progress are read and written with
 * the lab through `beside()`, and rolled back with it.
 */
export function createStore(backend: LabBackend | StorageLike | null, clock: () => number = Date.now) {
  const be = isBackend(backend) ? backend : storageBackend(backend);
  const settingsStorage = isBackend(backend) ? null : backend;
  let saved: Loaded | null = null;
  let state: Loaded | null = null;
  let rev = -1;
  let rawText: string | null = null;
  const undo = undoRecords();
  let settings: LabSettings | null = null;
  const keepsBeside = isBackend(backend) && backend.keepsBeside === true;
  const beside = new Map<string, string>();
  let besideSaved: Beside = {};
  const restoreBeside = (b: Beside) => {
    beside.clear();
    for (const [k, v] of Object.entries(b)) beside.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  };
  const besideStorage: StorageLike = {
    getItem: (k) => beside.get(k) ?? null,
    setItem: (k, v) => void beside.set(k, v),
    removeItem: (k) => void beside.delete(k),
  };
  return {
    /**
     * Before a request (under the lock): reads the lab again when another tab wrote since.
     * True when it did, so the caller reloads what is kept beside the lab (clock, lessons).
     * `continued`: the lock was held since the last request ended, so no tab wrote (./persist/exclusive.ts).
     */
    async sync(continued = false): Promise<boolean> {
      if (state && (continued || (await be.revision()) === rev)) return false;
      // The first read is on a first visit's path to its first answer (bench/start-path.ts reads the marks).
      const first = state === null;
      if (first) performance.mark('virtlab:store-reading');
      const read = await be.read();
      rawText = read.text;
      rev = read.rev;
      const parsed = read.text === null ? { ok: true as const, lab: freshLab(clock()) } : parseStored(read.text);
      saved = state = parsed.ok ? await undo.join(parsed.lab, read.text ?? '', (keys) => be.undo(keys)) : parsed;
      besideSaved = read.beside ?? {};
      restoreBeside(besideSaved);
      if (first) performance.mark('virtlab:store-read');
      return true;
    },
    /**
     * A first visit whose early answers the worker's first entry gave (mocks/worker/first-entry.ts): it
     * found nothing stored, under the lab's lock, which it holds until now — so this is what `sync`
     * would read (nothing: the built-in lab at revision 0), at the instant those answers described.
     */
    startFresh(at: number) {
      saved = state = { ok: true, lab: freshLab(at) };
      rev = 0;
      rawText = null;
      besideSaved = {};
      restoreBeside(besideSaved);
    },
    status(): LabStatus {
      const s = state;
      return !s || s.ok
        ? { status: 'ok', storeVersion: STORE_VERSION }
        : {
            status: 'unreadable',
            problem: s.problem,
            detail: s.detail,
            ...(s.fault ? { fault: s.fault } : {}),
            storeVersion: STORE_VERSION,
          };
    },
    /** The lab, or null while the stored one is unreadable (handlers answer 503 then). */
    lab(): Lab | null {
      return state?.ok ? state.lab : null;
    },
    /** The lab after a change: kept compact (the last journal entries, their output cut), written by `persist`. */
    commit(lab: Lab) {
      const journal = lab.journal
        .slice(-KEEP)
        .map((t) => (t.stdout.length > OUTPUT_KEEP || t.stderr.length > OUTPUT_KEEP ? clipped(t) : t));
      state = { ok: true, lab: { ...lab, journal, transitions: lab.transitions.slice(-KEEP) } };
    },
    reset() {
      this.commit(freshLab(clock()));
    },
    /** Drops the change a request made (it failed); the caller reads the clock and lessons again. */
    rollback() {
      state = saved;
      restoreBeside(besideSaved);
    },
    /** Where the clock and lesson progress are kept when the backend stores them with the lab. */
    beside(): StorageLike | null {
      return keepsBeside ? besideStorage : null;
    },
    /** Writes the change, if any (or `force`: something kept beside the lab changed); the new revision. */
    async persist(force = false): Promise<Persisted> {
      if ((state === saved && !force) || !state?.ok) return { ok: true, wrote: null };
      // Undo points are records of their own: only the new ones are written (decision 042).
      const split = undo.split(state.lab, rev + 1, saved?.ok === false);
      const text = JSON.stringify({ version: STORE_VERSION, savedAt: clock(), lab: split.lab } satisfies Stored);
      const besideNow: Beside | undefined = keepsBeside ? Object.fromEntries(beside) : undefined;
      const size = text.length + split.chars + (besideNow ? JSON.stringify(besideNow).length : 0);
      if (size > BUDGET_CHARS) {
        this.rollback();
        return { ok: false, why: 'budget' };
      }
      try {
        await be.write(text, rev + 1, besideNow, split.write);
      } catch {
        this.rollback();
        return { ok: false, why: 'refused' };
      }
      rev += 1;
      split.done();
      saved = state;
      if (besideNow) besideSaved = besideNow;
      rawText = text;
      return { ok: true, wrote: rev };
    },
    /** What is stored, byte for byte, for the recovery screen's download (with the damaged undo record, if one is). */
    raw(): string | null {
      return state && !state.ok ? state.raw : rawText;
    },
    settings(): LabSettings {
      return (settings ??= readSettings(settingsStorage ?? localStorageOrNull()));
    },
    setSettings(s: LabSettings) {
      settings = s;
      try {
        (settingsStorage ?? localStorageOrNull())?.setItem(SETTINGS_KEY, JSON.stringify(s));
      } catch {
        /* memory only */
      }
    },
  };
}

const localStorageOrNull = (): StorageLike | null => (typeof localStorage !== 'undefined' ? localStorage : null);

function readSettings(storage: StorageLike | null): LabSettings {
  try {
    // Settings are not the lab: out of range (an hour's latency would hold every request) means the default.
    const s = settingsRequest.safeParse(JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null'));
    return s.success ? s.data : { latencyMs: DEFAULT_LATENCY_MS };
  } catch {
    return { latencyMs: DEFAULT_LATENCY_MS };
  }
}

/** Enough to see a pending button; tests set 0. */
export const DEFAULT_LATENCY_MS = 150;

export type Store = ReturnType<typeof createStore>;

let current: Store | null = null;
/** The store handlers use: IndexedDB in a browser, memory under Node. */
export function store(): Store {
  return (current ??= createStore(typeof indexedDB !== 'undefined' ? idbBackend() : null));
}
/** Tests start each case from a fresh store. */
export function installStore(s: Store) {
  current = s;
}
