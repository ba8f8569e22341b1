import type { ApiHistory, ApiHistoryEntry } from '@/lib/api/contract';
import type { LessonProgress } from '@/lib/lessons/progress';
import type { World } from '@/lib/sim/types';
import type { Lab } from './store';
import type { StoredTransition } from './transitions-log';

/**
 * Undo and redo (docs/decisions/021-undo-and-custom-lessons.md). The world is one value, so a
 * step back is the world as it was before the command, kept with the lab clock's time then and
 * the running lesson's progress then. Restoring all three keeps jobs, progress and time in step:
 * a migration in flight resumes where it was, not ten minutes later.
 */
export interface UndoPoint {
  /** The command this point is before (undo) or after (redo): its journal seq, line and host. */
  seq: number;
  line: string;
  host: string;
  /** The lab clock when the world was this. */
  time: number;
  world: World;
  /** The running lesson's progress then (null: no lesson ran). */
  progress: LessonProgress | null;
  /** Redo only: the state-diagram transitions the undone commands had made. */
  transitions: StoredTransition[];
  /** Its size as stored, counted once. */
  chars: number;
}

/** Oldest first; `future` holds what redo brings back, the next one last. */
export interface History {
  past: UndoPoint[];
  future: UndoPoint[];
}

/**
 * At most this many points, and this much of the lab's 4 MB storage budget (decision 013): a world is
 * ~16 KB as JSON, so 30 points add ~0.5 MB to each write of the lab.
 */
export const MAX_POINTS = 30;
export const HISTORY_CHARS = 1_500_000;

const point = (p: Omit<UndoPoint, 'chars'>): UndoPoint => ({ ...p, chars: JSON.stringify(p).length + 10 });

/** Drops the oldest undo points (then the farthest redo points) until the history fits. */
export function bounded(h: History): History {
  let { past, future } = h;
  const size = () => [...past, ...future].reduce((n, p) => n + p.chars, 0);
  while (past.length + future.length > MAX_POINTS || (past.length + future.length > 0 && size() > HISTORY_CHARS)) {
    if (past.length) past = past.slice(1);
    else future = future.slice(1);
  }
  return { past, future };
}

const empty: History = { past: [], future: [] };

/** A command is about to run on `lab` at `now`: remember the world before it; redo ends here. */
export function remember(
  lab: Lab,
  cmd: { seq: number; line: string; host: string; now: number },
  progress: LessonProgress | null,
): History {
  const p = point({
    seq: cmd.seq,
    line: cmd.line,
    host: cmd.host,
    time: cmd.now,
    world: lab.world,
    progress,
    transitions: [],
  });
  return bounded({ past: [...(lab.history ?? empty).past, p], future: [] });
}

export interface Stepped {
  lab: Lab;
  /** Where the lab clock goes and the progress to restore. */
  time: number;
  progress: LessonProgress | null;
  /** The command undone or redone. */
  entry: ApiHistoryEntry;
}

/** One step back: the world before the last command; null when there is nothing to undo. */
export function undo(lab: Lab, now: number, progress: LessonProgress | null): Stepped | null {
  const h = lab.history ?? empty;
  const to = h.past.at(-1);
  if (!to) return null;
  const undone = lab.transitions.filter((t) => t.seq >= to.seq);
  const back = point({ ...to, time: now, world: lab.world, progress, transitions: undone });
  return {
    lab: {
      ...lab,
      world: to.world,
      transitions: lab.transitions.filter((t) => t.seq < to.seq),
      history: bounded({ past: h.past.slice(0, -1), future: [...h.future, back] }),
    },
    time: to.time,
    progress: to.progress,
    entry: entryOf(to),
  };
}

/** One step forward again: the world after the command last undone; null when there is none. */
export function redo(lab: Lab, now: number, progress: LessonProgress | null): Stepped | null {
  const h = lab.history ?? empty;
  const to = h.future.at(-1);
  if (!to) return null;
  const before = point({ ...to, time: now, world: lab.world, progress, transitions: [] });
  return {
    lab: {
      ...lab,
      world: to.world,
      transitions: [...lab.transitions, ...to.transitions],
      history: bounded({ past: [...h.past, before], future: h.future.slice(0, -1) }),
    },
    time: to.time,
    progress: to.progress,
    entry: entryOf(to),
  };
}

const entryOf = (p: UndoPoint): ApiHistoryEntry => ({ seq: p.seq, line: p.line, host: p.host, time: p.time });

/** What the history list shows: the commands that can be undone (oldest first) and redone (next first). */
export const historyOf = (lab: Lab): ApiHistory => ({
  past: (lab.history ?? empty).past.map(entryOf),
  future: [...(lab.history ?? empty).future].reverse().map(entryOf),
});
