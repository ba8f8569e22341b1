import type { Alternatives, Lesson, StepDo, UiActionArgs, UiActionId } from './types';

/** A lesson whose solution is its steps' `do`s in order (the usual case). */
export function defineLesson(spec: Omit<Lesson, 'solution'> & { solution?: StepDo[] }): Lesson {
  return { ...spec, solution: spec.solution ?? spec.steps.map((s) => s.do) };
}

/** A line typed at `host`'s console. */
export const typed = (host: string, line: string, also?: Alternatives): StepDo => ({
  console: line,
  host,
  ...(also ? { also } : {}),
});

/** A click on `domain`'s page on `host`. */
export const click = (
  host: string,
  action: UiActionId,
  domain: string,
  args?: UiActionArgs,
  also?: Alternatives,
): StepDo => ({
  ui: { action, host, domain, ...(args ? { args } : {}) },
  ...(also ? { also } : {}),
});
