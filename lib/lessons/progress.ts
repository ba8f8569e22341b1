import type { World } from '../sim/types';
import type { CommandRecord, Lesson, Step } from './types';

/**
 * A learner's progress in one lesson: plain JSON (the app keeps it in localStorage). The current
 * step's check is evaluated whenever the world changes or a command runs, and a step once done
 * stays done. In an 'in-order' lesson steps complete in order — several at once when the learner
 * did them in one go — and a later step done first is not credited: `ahead` names it, so the panel
 * can say which step to do first. In an 'any' lesson every open step is checked and credited.
 * Only the commands since the last step was done are kept, for the steps that look rather than
 * change (`virsh list --all`, `xm dmesg`).
 */
export interface LessonProgress {
  lesson: string;
  /** Ids of the steps done, in the order they were done. */
  done: string[];
  /** Commands run since the last step was done (the last 50). */
  commands: CommandRecord[];
  /** Every step done and the goal held when the last one was. */
  complete: boolean;
  /** In-order lessons: a later step whose check holds while the current one's does not. */
  ahead?: string;
}

const KEEP = 50;

export const startProgress = (lesson: Lesson): LessonProgress => ({
  lesson: lesson.id,
  done: [],
  commands: [],
  complete: false,
});

/** The first step not done yet. */
export const currentStep = (lesson: Lesson, p: Pick<LessonProgress, 'done'>): Step | undefined =>
  lesson.steps.find((s) => !p.done.includes(s.id));

/** Steps that hold now: in order, the current one; in any order, every open one. */
function newlyDone(lesson: Lesson, done: string[], world: World, now: number, commands: readonly CommandRecord[]) {
  const ctx = { now, commands };
  const open = lesson.steps.filter((s) => !done.includes(s.id));
  return (lesson.order === 'any' ? open : open.slice(0, 1)).filter((s) => s.check(world, ctx)).map((s) => s.id);
}

/** Each lesson's starting world, built once: what held before the learner did anything. */
const startingWorlds = new WeakMap<Lesson, World>();
const startingWorld = (lesson: Lesson) => {
  const known = startingWorlds.get(lesson);
  if (known) return known;
  const world = lesson.world();
  startingWorlds.set(lesson, world);
  return world;
};

/**
 * In an in-order lesson, the first later step that holds although the current one does not. A
 * state a done step left is not running ahead: after "start", "start again" holds too, by the
 * same state, until the learner moves on. Nor is one the starting world already holds: the lab's
 * build01 is shut off by a shutdown before lifecycle-basics begins, which is not the learner's.
 */
function aheadOf(lesson: Lesson, done: string[], world: World, now: number, commands: readonly CommandRecord[]) {
  if (lesson.order === 'any') return undefined;
  const ctx = { now, commands };
  if (lesson.steps.some((s) => done.includes(s.id) && s.check(world, ctx))) return undefined;
  const later = lesson.steps.filter((s) => !done.includes(s.id)).slice(1);
  const atStart = startingWorld(lesson);
  return later.find((s) => s.check(world, ctx) && !s.check(atStart, { now, commands: [] }))?.id;
}

/**
 * Progress after the world changed or a command ran. Pass the world as of `now` (the app's store
 * advances migration jobs to the request's time before answering).
 */
export function observe(
  lesson: Lesson,
  p: LessonProgress,
  world: World,
  now: number,
  command?: CommandRecord,
): LessonProgress {
  if (p.lesson !== lesson.id) throw new Error(`progress of ${p.lesson} observed with lesson ${lesson.id}`);
  let done = p.done;
  let commands = command ? [...p.commands, command].slice(-KEEP) : p.commands;
  for (let more = newlyDone(lesson, done, world, now, commands); more.length > 0; ) {
    done = [...done, ...more];
    commands = [];
    more = newlyDone(lesson, done, world, now, commands);
  }
  const complete = p.complete || (done.length === lesson.steps.length && lesson.goal(world));
  const ahead = complete ? undefined : aheadOf(lesson, done, world, now, commands);
  if (done === p.done && commands === p.commands && complete === p.complete && ahead === p.ahead) return p;
  return { lesson: p.lesson, done, commands, complete, ...(ahead ? { ahead } : {}) };
}

/**
 * Progress after one console line: every state it moved the world through (`between`, oldest
 * first), then where it ended with the command. `virsh start x; virsh destroy x` passes through
 * running: a step waiting for it is done, as if the two commands had been typed one by one.
 */
export function observeLine(
  lesson: Lesson,
  p: LessonProgress,
  between: readonly World[],
  world: World,
  now: number,
  command?: CommandRecord,
): LessonProgress {
  const seen = between.reduce((q, w) => observe(lesson, q, w, now), p);
  return observe(lesson, seen, world, now, command);
}

/**
 * Stored progress from an older version of the lesson: in order, keep the longest prefix of steps
 * that still match; in any order, the steps that still exist.
 */
export function reconcile(lesson: Lesson, p: LessonProgress): LessonProgress {
  const ids = lesson.steps.map((s) => s.id);
  let keep: string[];
  if (lesson.order === 'any') keep = p.done.filter((id) => ids.includes(id));
  else {
    let n = 0;
    while (n < p.done.length && ids[n] === p.done[n]) n++;
    keep = p.done.slice(0, n);
  }
  return keep.length === p.done.length ? p : { lesson: lesson.id, done: keep, commands: [], complete: false };
}
