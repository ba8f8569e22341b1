import type { LabSettings, LabStatus, Transcript } from '@/lib/api/contract';
import { settingsRequest } from '@/lib/api/schemas/requests';
import type { World } from '@/lib/sim/types';
import { bootedAnHourAgo } from '@/lib/sim/worlds/builders';
import { labWorld } from '@/lib/sim/worlds/lab';
import { SETTINGS_KEY, STORE_KEY } from '@/lib/storage-keys';
import { storedLabSchema, storedProblem } from './stored/lab-schema';
import type { StoredTransition } from './transitions-log';

export { SETTINGS_KEY, STORE_KEY };

/**
 * The lab's one piece of state on the mock side: the simulated world plus what the UI shows
 * about its past (commands run, state transitions). Saved to localStorage after each change
 * (see docs/decisions/003-frontend.md); a version bump makes older data unreadable on purpose.
 */
export const STORE_VERSION = 1;

export interface Lab {
  world: World;
  journal: Transcript[];
  transitions: StoredTransition[];
  seq: number;
}
interface Stored {
  version: number;
  savedAt: number;
  lab: Lab;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEEP = 300;

/** The built-in lab (or a lesson's starting world) at `now`: running guests booted an hour ago. */
export function freshLab(now: number, world: World = labWorld()): Lab {
  return { world: bootedAnHourAgo(world, now), journal: [], transitions: [], seq: 0 };
}

type Loaded = { ok: true; lab: Lab } | { ok: false; problem: 'corrupt' | 'old-version'; detail: string; raw: string };

function load(storage: StorageLike | null, now: number): Loaded {
  const raw = storage?.getItem(STORE_KEY) ?? null;
  if (raw === null) return { ok: true, lab: freshLab(now) };
  let parsed: Stored;
  try {
    parsed = JSON.parse(raw) as Stored;
  } catch (e) {
    return { ok: false, problem: 'corrupt', detail: `not JSON: ${(e as Error).message}`, raw };
  }
  if (!parsed || typeof parsed !== 'object') return { ok: false, problem: 'corrupt', detail: 'not a saved lab', raw };
  if (typeof parsed.version === 'number' && parsed.version < STORE_VERSION) {
    return {
      ok: false,
      problem: 'old-version',
      detail: `saved by version ${parsed.version}; this VirtLab reads version ${STORE_VERSION}`,
      raw,
    };
  }
  if (parsed.version !== STORE_VERSION)
    return { ok: false, problem: 'corrupt', detail: `unknown version ${String(parsed.version)}`, raw };
  // The whole value, checked once: a page never meets a host without a CPU or a state that does not exist.
  const checked = storedLabSchema.safeParse(parsed);
  if (!checked.success) return { ok: false, problem: 'corrupt', detail: storedProblem(checked.error), raw };
  return { ok: true, lab: parsed.lab };
}

export function createStore(storage: StorageLike | null, clock: () => number = Date.now) {
  let state: Loaded | null = null;
  let settings: LabSettings | null = null;
  const get = () => (state ??= load(storage, clock()));
  const write = (lab: Lab) => {
    try {
      storage?.setItem(STORE_KEY, JSON.stringify({ version: STORE_VERSION, savedAt: clock(), lab } satisfies Stored));
    } catch {
      /* quota: keep going in memory */
    }
  };
  const writer = deferred(() => {
    if (state?.ok) write(state.lab);
  });
  return {
    status(): LabStatus {
      const s = get();
      return s.ok
        ? { status: 'ok', storeVersion: STORE_VERSION }
        : { status: 'unreadable', problem: s.problem, detail: s.detail, storeVersion: STORE_VERSION };
    },
    /** The lab, or null while the stored one is unreadable (handlers answer 503 then). */
    lab(): Lab | null {
      const s = get();
      return s.ok ? s.lab : null;
    },
    commit(lab: Lab) {
      const trimmed = { ...lab, journal: lab.journal.slice(-KEEP), transitions: lab.transitions.slice(-KEEP) };
      state = { ok: true, lab: trimmed };
      writer.schedule();
    },
    reset() {
      this.commit(freshLab(clock()));
    },
    /** What is stored, byte for byte, for the recovery screen's download. */
    raw(): string | null {
      writer.flush();
      return storage?.getItem(STORE_KEY) ?? null;
    },
    settings(): LabSettings {
      return (settings ??= readSettings(storage));
    },
    setSettings(s: LabSettings) {
      settings = s;
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(s));
      } catch {
        /* memory only */
      }
    },
  };
}

/**
 * Serialising the whole lab is the slowest step of a command (hundreds of KB with a big world), so
 * it runs when the browser is idle, after the answer has been painted, at most once per burst of
 * commands. A pending write is flushed synchronously when the page is hidden or unloaded (reload,
 * navigation, closing the tab) and before the raw data is read, so a reload never loses a command;
 * only a browser crash within IDLE_TIMEOUT_MS of a command could. Under Node it writes at once.
 */
const IDLE_TIMEOUT_MS = 500;

function deferred(write: () => void) {
  let scheduled = false;
  const flush = () => {
    if (scheduled) {
      scheduled = false;
      write();
    }
  };
  if (typeof window !== 'undefined') {
    addEventListener('pagehide', flush);
    addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  return {
    schedule() {
      if (typeof window === 'undefined') return write();
      if (scheduled) return;
      scheduled = true;
      if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(flush, 50);
    },
    flush,
  };
}

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
/** The store handlers use: the browser's localStorage, or memory under Node. */
export function store(): Store {
  return (current ??= createStore(typeof localStorage !== 'undefined' ? localStorage : null));
}
/** Tests start each case from a fresh store. */
export function installStore(s: Store) {
  current = s;
}
