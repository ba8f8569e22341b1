import type { Dialect } from '../../shell/equivalents';
import type { DomainState } from '../../sim/types';
import type { Outcome } from '../checks';

/**
 * A lesson written as a file (docs/lesson-format.md): plain JSON, no code. Checks are words from
 * the built-in lessons' vocabulary (lib/lessons/checks.ts); texts are English, with Japanese
 * beside them where the author gives it. The zod schema that reads it is
 * lib/api/schemas/lesson-file.ts; `compileLessonFile` turns it into a Lesson.
 */
export const LESSON_FORMAT = 'virtlab-lesson';
export const LESSON_FORMAT_VERSION = 1;

/** A text in English, or in English and Japanese. */
export type Text = string | { en: string; ja?: string };

export type DomainRef = { host: string; domain: string };

/** What a step's check or the goal asks of the world (or of the commands run, for a step that only looks). */
export type CheckSpec =
  | { state: DomainRef & { is: DomainState; reason?: string } }
  | { defined: DomainRef }
  | { undefined: DomainRef }
  | { autostart: DomainRef & { is: boolean } }
  | { config: DomainRef & { field: DefField; is: number } }
  | { live: DomainRef & { field: DefField; is: number } }
  | { file: { host: string; path: string; contains?: string } }
  | { noFile: { host: string; path: string } }
  | { sxp: { host: string; path?: string; name: string; is: string } }
  | { ran: { host: string; pattern: string; outcome?: Outcome } }
  | { all: CheckSpec[] }
  | { any: CheckSpec[] }
  | { not: CheckSpec };

/** Numbers of a domain definition a check may compare (`<memory>`, `<currentMemory>`, `<vcpu>`). */
export const DEF_FIELDS = ['memoryKiB', 'currentMemoryKiB', 'vcpus', 'vcpuMax'] as const;
export type DefField = (typeof DEF_FIELDS)[number];

/** A line typed at a host's console, with the same command in the other dialects (or why there is none). */
export interface DoSpec {
  host: string;
  line: string;
  also?: Partial<Record<Dialect, string | { none: Text }>>;
}

export interface StepSpec {
  id: string;
  /** The step's name in the panel and the handout; a file without it shows the id. */
  title?: Text;
  instruction: Text;
  do: DoSpec;
  check: CheckSpec;
  hint: Text;
}

/**
 * The starting world: the built-in lab, a built-in lesson's start, or the lab a share link carries
 * (`…/open#lab=…`, lib/lab-file/link.ts) — then setup lines run unseen.
 */
export type StartSpec = ({ from: 'lab' | { lesson: string } } | { link: string }) & {
  setup?: { host: string; line: string }[];
};

export interface LessonFile {
  format: typeof LESSON_FORMAT;
  version: typeof LESSON_FORMAT_VERSION;
  id: string;
  title: Text;
  concept: Text;
  summary: Text;
  host: string;
  start: StartSpec;
  steps: StepSpec[];
  goal: { text: Text; check: CheckSpec };
  hints?: Text[];
  glossary?: string[];
}
