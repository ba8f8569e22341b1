import type { World } from '../sim/types';
import { stepCommand } from './commands';
import type { Alternatives, CommandRecord, Lesson, UiAction } from './types';

/** One step as the /learn panel and a handout show it: text and commands, no functions. */
export interface StepOutline {
  id: string;
  instruction: string;
  hint: string;
  /** Where it runs and the exact line: typed, or the button's virsh line. */
  command: Omit<CommandRecord, 'status'>;
  /** The button to press, when the step is a click. */
  ui?: UiAction;
  also: Alternatives;
}

export interface LessonOutline {
  id: string;
  title: string;
  concept: string;
  summary: string;
  host: string;
  goalText: string;
  hints: string[];
  glossary: string[];
  pages: string[];
  steps: StepOutline[];
}

/** A lesson as plain JSON (for rendering, handouts, or sending over the API). */
export function lessonOutline(lesson: Lesson, world: World = lesson.world()): LessonOutline {
  const { id, title, concept, summary, host, goalText, hints, glossary, pages } = lesson;
  return {
    id,
    title,
    concept,
    summary,
    host,
    goalText,
    hints,
    glossary,
    pages,
    steps: lesson.steps.map((s) => ({
      id: s.id,
      instruction: s.instruction,
      hint: s.hint,
      command: stepCommand(s.do, world),
      ...('ui' in s.do ? { ui: s.do.ui } : {}),
      also: s.do.also ?? {},
    })),
  };
}
