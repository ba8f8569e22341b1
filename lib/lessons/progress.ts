import type { World } from '../sim/types';
import type { CommandRecord, Lesson, Step } from './types';

/**
 * A learner's progress in one lesson: plain JSON (the app keeps it in localStorage). Steps are
 * done in order; the current step's check is evaluated whenever the world changes or a command
 * runs, and a step once done stays done. Only the commands since the current step began are
 * kept, for the steps that look rather than change (`virsh list --all`, `xm dmesg`).
 */
export interface LessonProgress {
  lesson: string;
  /** Ids of the steps done, in order. */
  done: string[];
  /** Commands run since the current step began (the last 50). */
  commands: CommandRecord[];
  /** Every step done and the goal held when the last one was. */
  complete: boolean;
}

const KEEP = 50;

export const startProgress = (lesson: Lesson): LessonProgress => ({
  lesson: lesson.id,
  done: [],
  commands: [],
  complete: false,
});

export const currentStep = (lesson: Lesson, p: LessonProgress): Step | undefined => lesson.steps[p.done.length];

/**
 * Progress after the world changed or a command ran. Pass the world as of `now` (the app's store
 * advances migration jobs to the request's time before answering). Several steps may complete at
 * once when the learner did them in one go.
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
  for (let step = lesson.steps[done.length]; step?.check(world, { now, commands }); step = lesson.steps[done.length]) {
    done = [...done, step.id];
    commands = [];
  }
  const complete = p.complete || (done.length === lesson.steps.length && lesson.goal(world));
  return done === p.done && commands === p.commands && complete === p.complete
    ? p
    : { lesson: p.lesson, done, commands, complete };
}

/** Stored progress from an older version of the lesson: keep the longest prefix of steps that still match. */
export function reconcile(lesson: Lesson, p: LessonProgress): LessonProgress {
  let n = 0;
  while (n < p.done.length && lesson.steps[n]?.id === p.done[n]) n++;
  return n === p.done.length ? p : { lesson: lesson.id, done: p.done.slice(0, n), commands: [], complete: false };
}
