import type { ArgsOf, UiAction, UiActionId } from '../actions/args';
import type { Dialect } from '../shell/equivalents';
import type { Alternatives, Lesson, StepDo } from './types';

/** A lesson whose solution is its steps' `do`s in order (the usual case), done in order unless it says 'any'. */
export function defineLesson(
  spec: Omit<Lesson, 'solution' | 'order'> & { solution?: StepDo[]; order?: Lesson['order'] },
): Lesson {
  return { ...spec, order: spec.order ?? 'in-order', solution: spec.solution ?? spec.steps.map((s) => s.do) };
}

/** A step's other dialects as a lesson writes them: the line itself, or why there is none. */
type AlsoWritten = Partial<Record<Dialect, string | { none: string }>>;

const alternatives = (also: AlsoWritten | undefined): { also?: Alternatives } => {
  if (!also) return {};
  const out: Alternatives = {};
  for (const [d, e] of Object.entries(also) as [Dialect, string | { none: string }][])
    out[d] = typeof e === 'string' ? { line: e } : e;
  return { also: out };
};

/** A line typed at `host`'s console. */
export const typed = (host: string, line: string, also?: AlsoWritten): StepDo => ({
  console: line,
  host,
  ...alternatives(also),
});

/** A click on `domain`'s page on `host`; `args` are the action's (lib/actions/args.ts). */
export const click = <K extends UiActionId>(
  host: string,
  action: K,
  domain: string,
  args?: ArgsOf[K],
  also?: AlsoWritten,
): StepDo => ({
  // UiAction correlates action and args; TypeScript cannot see it through K.
  ui: { action, host, domain, ...(args ? { args } : {}) } as UiAction,
  ...alternatives(also),
});
