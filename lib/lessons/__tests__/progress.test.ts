import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '@/lib/shell/console';
import { lessonById } from '../registry';
import { currentStep, observe, reconcile, startProgress } from '../progress';
import { REPLAY_START } from '../replay';

const lesson = lessonById('lifecycle-basics')!;
const run = (world: ReturnType<typeof lesson.world>, line: string, now: number) => {
  const r = runConsoleLine({ world, host: 'kvm1', line, now });
  return { world: r.world, record: { host: 'kvm1', line, status: r.status, source: 'console' as const } };
};

describe('lesson progress', () => {
  it('is plain JSON that survives a round trip', () => {
    const p = observe(lesson, startProgress(lesson), lesson.world(), REPLAY_START, {
      host: 'kvm1',
      line: 'virsh list --all',
      status: 0,
      source: 'console',
    });
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(p.done).toEqual(['list-all']);
    expect(p.commands).toEqual([]);
  });

  it('advances only through the current step, and never undoes a done step', () => {
    let world = lesson.world();
    let p = startProgress(lesson);
    // Starting build01 before listing does not count yet: the current step is list-all.
    ({ world } = run(world, 'virsh start build01', REPLAY_START));
    p = observe(lesson, p, world, REPLAY_START);
    expect(currentStep(lesson, p)?.id).toBe('list-all');
    // Listing completes list-all, and start (already true in the world) follows at once.
    const listed = run(world, 'virsh list --all', REPLAY_START + 1000);
    p = observe(lesson, p, listed.world, REPLAY_START + 1000, listed.record);
    expect(p.done).toEqual(['list-all', 'start']);
    // A failed command is recorded but checks nothing.
    const bad = run(listed.world, 'virsh shutdown nosuch', REPLAY_START + 2000);
    p = observe(lesson, p, bad.world, REPLAY_START + 2000, bad.record);
    expect(p.done).toEqual(['list-all', 'start']);
    expect(p.commands.map((c) => c.status)).toEqual([1]);
    expect(p.complete).toBe(false);
  });

  it('keeps the matching prefix when a lesson changed its steps', () => {
    const stored = { lesson: lesson.id, done: ['list-all', 'renamed-step'], commands: [], complete: false };
    expect(reconcile(lesson, stored).done).toEqual(['list-all']);
    const fine = { lesson: lesson.id, done: ['list-all'], commands: [], complete: false };
    expect(reconcile(lesson, fine)).toBe(fine);
  });
});
