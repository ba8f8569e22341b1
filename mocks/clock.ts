import type { StorageLike } from './store';

/**
 * The lab's clock: simulated time, which every handler passes to the simulator. It runs with
 * the wall clock (1×) unless a learner fast-forwards a migration: at 10× a second of waiting
 * is ten simulated seconds for the whole lab (jobs, uptimes, event times), and a skip jumps
 * ahead at once. It is `anchorLab + (wall − anchorWall) × rate`, saved beside the lab so a
 * reload keeps the lab's time.
 */
export interface ClockState {
  rate: number;
  anchorWall: number;
  anchorLab: number;
}
export const CLOCK_KEY = 'virtlab:clock';

const IDENTITY: ClockState = { rate: 1, anchorWall: 0, anchorLab: 0 };

function read(storage: StorageLike | null): ClockState {
  try {
    const s = JSON.parse(storage?.getItem(CLOCK_KEY) ?? 'null') as Partial<ClockState> | null;
    const valid =
      s && [s.rate, s.anchorWall, s.anchorLab].every((n) => typeof n === 'number' && Number.isFinite(n)) && s.rate! > 0;
    return valid ? (s as ClockState) : IDENTITY;
  } catch {
    return IDENTITY;
  }
}

export function createClock(storage: StorageLike | null, wall: () => number = Date.now) {
  let state = read(storage);
  const save = () => {
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
    /** Changes the speed from this instant on; time already passed stays as it was. */
    setRate(rate: number) {
      const t = now();
      state = { rate, anchorWall: wall(), anchorLab: t };
      save();
    },
    /** Jumps forward to `to` (never back: simulated time only moves on). */
    skipTo(to: number) {
      const t = now();
      if (to > t) {
        state = { ...state, anchorWall: wall(), anchorLab: to };
        save();
      }
    },
    /** Back to the wall clock (a lab reset). */
    reset() {
      state = IDENTITY;
      save();
    },
  };
}

export type Clock = ReturnType<typeof createClock>;

let current: Clock | null = null;
export function clock(): Clock {
  return (current ??= createClock(typeof localStorage !== 'undefined' ? localStorage : null));
}
/** Tests start from a clock of their own. */
export function installClock(c: Clock) {
  current = c;
}
