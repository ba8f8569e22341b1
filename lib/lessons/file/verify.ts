import { glossaryTerm } from '../glossary';
import { type ReplayLocale, replayLesson } from '../replay';
import type { Lesson } from '../types';
import type { FileProblem } from './compile';

/**
 * An imported lesson must teach something that works (decision 006's replay, on import): the goal
 * does not hold at the start, every step's check holds after its solution line and not before, and
 * the solution reaches the goal. The first failure is the reason the import is refused.
 */
export function verifyLesson(lesson: Lesson, locale?: ReplayLocale): FileProblem | null {
  for (const [i, id] of lesson.glossary.entries())
    if (!glossaryTerm(id))
      return { path: `glossary.${i}`, message: `no glossary term '${id}'`, kind: 'noTerm', args: { term: id } };
  const r = replayLesson(lesson, { locale });
  if (r.goalAtStart)
    return {
      path: 'goal.check',
      message: 'the goal already holds in the starting world: there is nothing to do',
      kind: 'goalHolds',
    };
  for (const [i, s] of r.steps.entries()) {
    const where = `steps.${i}`;
    const line = `\`${s.command.line}\` on ${s.command.host}`;
    const args = { line: s.command.line, host: s.command.host };
    if (s.heldBefore)
      return {
        path: `${where}.check`,
        message: `the check already holds before ${line}: the step does nothing`,
        kind: 'stepDoesNothing',
        args,
      };
    if (!s.held) {
      const said = (s.stderr || s.stdout).trim().split('\n').slice(-1)[0] ?? '';
      return {
        path: `${where}.check`,
        message: `the check does not hold after ${line} (exit status ${s.command.status}${said ? `: ${said}` : ''})`,
        kind: 'checkFails',
        args: { ...args, status: String(s.command.status), said },
      };
    }
  }
  if (!r.goalAtEnd)
    return { path: 'goal.check', message: 'the solution does not reach the goal', kind: 'goalNotReached' };
  return null;
}
