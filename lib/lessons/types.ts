import type { UiAction } from '../actions/args';
import type { Dialect, Equivalent } from '../shell/equivalents';
import type { World } from '../sim/types';

/**
 * Lessons are data (learnGitBranching's levels): a starting world, steps, a goal predicate on the
 * world, hints and the solution. The app's /learn panel, the replay test and the Playwright
 * walkthrough runner all read this one format; nothing here knows about a view.
 */

/** The same step in the other dialects, or why a dialect has none. */
export type Alternatives = Partial<Record<Dialect, Equivalent>>;

/** What to do: a line typed at `host`'s console, or a click. Either way it is one virsh/xm/xl/host command. */
export type StepDo = { console: string; host: string; also?: Alternatives } | { ui: UiAction; also?: Alternatives };

/** A command that ran (typed, or a button's virsh line), as the app's journal records it. */
export interface CommandRecord {
  host: string;
  line: string;
  status: number;
  source: 'console' | 'button';
}

/**
 * What a check sees besides the world: the time, and the commands run since this step became the
 * current one. World changes are checked on the world; only steps that look (list, cat, grep,
 * xm dmesg) are checked on `commands`, since looking changes nothing.
 */
export interface CheckContext {
  now: number;
  commands: readonly CommandRecord[];
}

export interface Step {
  /** Unique within the lesson, kebab-case. */
  id: string;
  /** A few words naming what the step does ("Pause web01"); the panel lists every step by it. */
  title: string;
  /** Markdown-ish: `code`, **bold**, blank lines between paragraphs. */
  instruction: string;
  do: StepDo;
  /** Holds once the step is done, whichever way the learner did it. Must not hold before. */
  check: (world: World, ctx: CheckContext) => boolean;
  /** The first rung of the hint ladder: a nudge that does not give the command away. */
  hint: string;
}

/** One step's words in another language; `none` says why a dialect has no equivalent. */
export interface StepText {
  title: string;
  instruction: string;
  hint: string;
  none?: Partial<Record<Dialect, string>>;
}

/** A lesson's prose in another language, keyed by step id; commands stay as they are. */
export interface LessonText {
  title: string;
  concept: string;
  summary: string;
  goalText: string;
  hints: string[];
  steps: Record<string, StepText>;
}

/**
 * Whether the steps must be done in their order ('in-order': a later step done first is not
 * credited, the panel says which step to do first) or each counts whenever it is done ('any').
 */
export type StepOrder = 'in-order' | 'any';

export interface Lesson {
  /** kebab-case; the route is /learn/<id>. */
  id: string;
  title: string;
  /** The concept, in the study guide's terms. */
  concept: string;
  summary: string;
  /** Where the console opens. */
  host: string;
  /** A fresh starting world (a new value on every call). */
  world: () => World;
  steps: Step[];
  order: StepOrder;
  /** The goal in words, shown beside the lesson and in handouts. */
  goalText: string;
  goal: (world: World) => boolean;
  hints: string[];
  /** What to do, in order: the steps' `do`s. */
  solution: StepDo[];
  /** Glossary term ids the lesson teaches (lib/lessons/glossary.ts). */
  glossary: string[];
  /** App pages the lesson points to ('/compare' ...). */
  pages: string[];
  /** A lesson imported from a file carries its other languages itself (built-in ones: lib/lessons/ja). */
  texts?: { ja?: LessonText };
  /** Imported from a lesson file (lib/lessons/file), not built in. */
  custom?: boolean;
}
