import { CLOCK_KEY } from '@/lib/storage-keys';
import { type StorageLike, store } from './store';
import { touch } from './persist/touched';
import type { StoredFault } from '@/lib/api/contract';
import { clockSchema, notJson, storedFault, storedProblem } from './stored/lab-schema';

/**
 * The lab's clock: simulated time, which every handler passes to the simulator. It runs with
 * the wall clock (1×) unless a learner fast-forwards a migration: at 10× a second of waiting
 * is ten simulated seconds for the whole lab (jobs, uptimes, event times), and a skip jumps
 * ahead at once. It is `anchorLab + (wall − anchorWall) × rate`, saved with the lab (in the same
 * IndexedDB write, mocks/store.ts) so a reload keeps the lab's time and a refused write takes it back.
 */
export interface ClockState {
  rate: number;
  anchorWall: number;
  anchorLab: number;
}
export { CLOCK_KEY };

const IDENTITY: ClockState = { rate: 1, anchorWall: 0, anchorLab: 0 };

/** A stored clock that cannot be read: the lab's times cannot be trusted, so the lab is unreadable too. */
export interface Damaged {
  detail: string;
  fault: StoredFault;
  raw: string;
}
type Read = { state: ClockState; damaged: Damaged | null };

function read(storage: StorageLike | null): Read {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(CLOCK_KEY) ?? null;
    if (raw === null) return { state: IDENTITY, damaged: null };
    const value: unknown = JSON.parse(raw);
    const checked = clockSchema.safeParse(value);
    if (checked.success) return { state: checked.data, damaged: null };
    const fault = storedFault(checked.error, value, 'clock');
    return { state: IDENTITY, damaged: { detail: `the lab clock: ${storedProblem(checked.error)}`, fault, raw } };
  } catch (e) {
    return raw === null
      ? { state: IDENTITY, damaged: null }
      : {
          state: IDENTITY,
          damaged: { detail: `the lab clock is not JSON: ${String(e).slice(0, 80)}`, fault: notJson('clock'), raw },
        };
  }
}

export function createClock(storage: StorageLike | null, wall: () => number = Date.now) {
  let { state, damaged } = read(storage);
  const save = () => {
    touch();
    try {
      storage?.setItem(CLOCK_KEY, JSON.stringify(state));
    } catch {
      /* memory only */
    }
  };
  const now = () => Math.round(state.anchorLab + (wall() - state.anchorWall) * state.rate);
  return {
    now,
    rate: () => state.rate,
    /** Another tab changed the lab: read the clock it left. */
    reload() {
      ({ state, damaged } = read(storage));
    },
    /** Why the stored clock cannot be read, and what it holds; null when it can. */
    damaged: () => damaged,
    /** Changes the speed from this instant on; time already passed stays as it was. */
    setRate(rate: number) {
      const t = now();
      state = { rate, anchorWall: wall(), anchorLab: t };
      save();
    },
    /** Jumps forward to `to` (never back: only an undo, `rewindTo`, takes the clock back with the world). */
    skipTo(to: number) {
      const t = now();
      if (to > t) {
        state = { ...state, anchorWall: wall(), anchorLab: to };
        save();
      }
    },
    /** An imported lab's time: the clock reads `labTime` now and runs at 1× from there. */
    restore(labTime: number) {
      state = { rate: 1, anchorWall: wall(), anchorLab: labTime };
      damaged = null;
      save();
    },
    /** Undo or redo: the lab's time as it was with the world restored, at the same speed. */
    rewindTo(to: number) {
      state = { ...state, anchorWall: wall(), anchorLab: to };
      save();
    },
    /** Back to the wall clock (a lab reset). */
    reset() {
      state = IDENTITY;
      damaged = null;
      save();
    },
  };
}

export type Clock = ReturnType<typeof createClock>;

let current: Clock | null = null;
export function clock(): Clock {
  return (current ??= createClock(store().beside() ?? (typeof localStorage !== 'undefined' ? localStorage : null)));
}
/** Tests start from a clock of their own. */
export function installClock(c: Clock) {
  current = c;
}
