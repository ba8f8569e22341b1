import type { World } from '../sim/types';

/**
 * Lessons are data (learnGitBranching's levels): a starting world, steps, a goal predicate on the
 * world, hints and the solution. The app's /learn panel, the replay test and the Playwright
 * walkthrough runner all read this one format; nothing here knows about a view.
 */

export type Dialect = 'virsh' | 'xm' | 'xl';

/** Buttons on the domain page; each is one virsh command (lib/api/commands.ts `virshArgv`). */
export type UiActionId =
  | 'start'
  | 'shutdown'
  | 'destroy'
  | 'reboot'
  | 'suspend'
  | 'resume'
  | 'save'
  | 'restore'
  | 'managedsave'
  | 'setmem'
  | 'setmaxmem'
  | 'setvcpus'
  | 'vcpupin'
  | 'autostart'
  | 'migrate';

/**
 * A button's arguments. Field names and meanings are the API's `ActionArgs` (lib/api/contract.ts),
 * so the UI can post them as they are; `target` and `live` are the migration dialog's.
 */
export interface UiActionArgs {
  paused?: boolean;
  forceBoot?: boolean;
  /** save: a file name (relative to /root) or absolute path; restore: the save file's absolute path. */
  file?: string;
  restoreAs?: 'running' | 'paused';
  size?: number;
  unit?: 'KiB' | 'MiB' | 'GiB';
  mode?: 'current' | 'live' | 'config' | 'live+config';
  count?: number;
  maximum?: boolean;
  vcpu?: number;
  cpulist?: string;
  enable?: boolean;
  /** migrate: the destination host's name (kvm2, xen1 ...). */
  target?: string;
  live?: boolean;
}

/** A click: the action button on `domain`'s page on `host`, with its form's values. */
export interface UiAction {
  action: UiActionId;
  host: string;
  domain: string;
  args?: UiActionArgs;
}

/** The same step in another dialect, or why that dialect has none. */
export type Equivalent = string | { none: string };
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
  /** Markdown-ish: `code`, **bold**, blank lines between paragraphs. */
  instruction: string;
  do: StepDo;
  /** Holds once the step is done, whichever way the learner did it. Must not hold before. */
  check: (world: World, ctx: CheckContext) => boolean;
  hint: string;
}

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
}
