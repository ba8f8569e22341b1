import type { UiAction } from '../actions/args';
import type { Dialect, Equivalent } from '../shell/equivalents';
import type { World } from '../sim/types';
import { findHost } from '../sim/world';
import { stepCommand } from './commands';
import type { Alternatives, CommandRecord, Lesson, StepOrder } from './types';

/** One step as the /learn panel and a handout show it: text and commands, no functions. */
export interface StepOutline {
  id: string;
  title: string;
  instruction: string;
  hint: string;
  /** Where it runs and the exact line: typed, or the button's virsh line. */
  command: Omit<CommandRecord, 'status'>;
  /** The button to press, when the step is a click. */
  ui?: UiAction;
  also: Alternatives;
  /** The step's host runs Xen: xm and xl exist there (on a KVM host they do not). */
  xen: boolean;
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
  /** An imported lesson's other languages (built-in lessons are translated by id: lib/lessons/ja). */
  texts?: Lesson['texts'];
  custom?: boolean;
  order: StepOrder;
}

/** A lesson as plain JSON (for rendering, handouts, or sending over the API). */
export function lessonOutline(lesson: Lesson, world: World = lesson.world()): LessonOutline {
  const { id, title, concept, summary, host, goalText, hints, glossary, pages, order } = lesson;
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
    ...(lesson.texts ? { texts: lesson.texts } : {}),
    ...(lesson.custom ? { custom: true } : {}),
    order,
    steps: lesson.steps.map((s) => {
      const command = stepCommand(s.do, world);
      return {
        id: s.id,
        title: s.title,
        instruction: s.instruction,
        hint: s.hint,
        command,
        ...('ui' in s.do ? { ui: s.do.ui } : {}),
        also: s.do.also ?? {},
        xen: findHost(world, command.host)?.driver === 'xen',
      };
    }),
  };
}

const DIALECTS: Dialect[] = ['virsh', 'xm', 'xl'];

/** A dialect's line for a step; `elsewhere` when the tool does not exist on the step's host (xm/xl on KVM). */
export interface StepDialect {
  tool: Dialect | 'shell';
  equivalent: Equivalent;
  elsewhere?: boolean;
}

/**
 * A step's command in the three dialects, for the panel and the handouts: its own line under its
 * tool (a line that is not virsh, xm or xl is a "shell" line), then what the step says for the
 * others. On a KVM host xm and xl are not installed: their lines are marked `elsewhere`, so
 * nothing offers them as something to type there.
 */
export function stepDialects(step: StepOutline): StepDialect[] {
  const tool = step.command.line.split(' ')[0];
  const own = { line: step.command.line };
  return [
    ...(DIALECTS.some((d) => d === tool) ? [] : [{ tool: 'shell' as const, equivalent: own }]),
    ...DIALECTS.flatMap((d) => {
      const equivalent = d === tool ? own : step.also[d];
      if (!equivalent) return [];
      const elsewhere = d !== 'virsh' && d !== tool && !step.xen && 'line' in equivalent;
      return [{ tool: d, equivalent, ...(elsewhere ? { elsewhere: true } : {}) }];
    }),
  ];
}
