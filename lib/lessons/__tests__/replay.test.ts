import { describe, expect, it } from 'vitest';
import { lessons } from '../registry';
import { replayLesson, type ReplayedStep } from '../replay';
import { lessonOutline, stepDialects } from '../outline';
import { runConsoleLine } from '../../shell/console';

/** One line a trainer can act on: which step, where, what ran, what it printed. */
const explain = (lessonId: string, r: ReplayedStep, what: string) =>
  `${lessonId} › step '${r.step.id}': ${what}\n  ${r.command.host}# ${r.command.line}   (exit ${r.command.status}, ${r.command.source})\n` +
  `${r.stdout ? `  stdout: ${r.stdout.trimEnd().split('\n').slice(0, 6).join('\n          ')}\n` : ''}` +
  `${r.stderr ? `  stderr: ${r.stderr.trimEnd().split('\n').slice(0, 6).join('\n          ')}\n` : ''}`;

describe('lessons', () => {
  it('have unique kebab-case ids, and unique kebab-case step ids within each', () => {
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of lessons) {
      expect(l.id, l.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const steps = l.steps.map((s) => s.id);
      expect(new Set(steps).size, `${l.id}: duplicate step ids`).toBe(steps.length);
      for (const s of steps) expect(s, `${l.id} › ${s}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('are at least the ten the 305/304 topics need, each with a solution step per step', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    for (const l of lessons) {
      expect(l.steps.length, l.id).toBeGreaterThan(0);
      expect(l.solution.length, `${l.id}: solution and steps differ in length`).toBe(l.steps.length);
    }
  });

  it('give a fresh starting world on every call', () => {
    for (const l of lessons) expect(l.world(), l.id).not.toBe(l.world());
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (id, lesson) => {
  const replay = replayLesson(lesson);

  it('does not start with its goal reached', () => {
    expect(replay.goalAtStart, `${id}: the goal already holds on the starting world`).toBe(false);
  });

  it('has no step whose check already holds before the step', () => {
    const idle = replay.steps.filter((r) => r.heldBefore);
    expect(idle.map((r) => explain(id, r, 'check already held before the step')).join('\n')).toBe('');
  });

  it("replays its solution: every step's check holds after it, and the goal at the end", () => {
    const failed = replay.steps.filter((r) => !r.held);
    expect(failed.map((r) => explain(id, r, 'check does not hold after the step')).join('\n')).toBe('');
    expect(replay.goalAtEnd, `${id}: the goal does not hold after the whole solution`).toBe(true);
    expect(replay.progress.complete, `${id}: progress did not reach complete`).toBe(true);
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s guides', (id, lesson) => {
  const replay = replayLesson(lesson);
  const outline = lessonOutline(lesson);

  it('names every step, and its hint does not give the command away (the ladder shows it later)', () => {
    for (const s of outline.steps) {
      expect(s.title.trim(), `${id} › ${s.id}: no title`).not.toBe('');
      expect(s.hint, `${id} › ${s.id}: the hint contains the solution`).not.toContain(s.command.line);
    }
  });

  it('offers only lines that work on the step’s host: each runs there as the solution does', () => {
    const misfits = replay.steps.flatMap((r, i) => {
      const step = outline.steps[i];
      return stepDialects(step)
        .filter((d) => !d.elsewhere && 'line' in d.equivalent && d.equivalent.line !== step.command.line)
        .flatMap((d) => {
          const line = 'line' in d.equivalent ? d.equivalent.line : '';
          const ran = runConsoleLine({ world: r.before, host: step.command.host, line, now: r.now });
          const fits = (ran.status === 0) === (r.command.status === 0);
          return fits ? [] : [`${id} › ${step.id}: ${step.command.host}# ${line} → exit ${ran.status} ${ran.stderr}`];
        });
    });
    expect(misfits.join('\n')).toBe('');
  });

  it('marks the xm and xl lines of a KVM host elsewhere, never those of a Xen host', () => {
    for (const s of outline.steps)
      for (const d of stepDialects(s))
        expect(!!d.elsewhere, `${id} › ${s.id} › ${d.tool}`).toBe(
          !s.xen && (d.tool === 'xm' || d.tool === 'xl') && 'line' in d.equivalent,
        );
  });
});
