import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '@/lib/shell/console';
import { lessonById } from '../registry';
import { currentStep, observe, observeLine, reconcile, startProgress } from '../progress';
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

  it("a line that passes through a step's state on the way credits it (observeLine)", () => {
    let p = startProgress(lesson);
    let world = lesson.world();
    ({ world } = run(world, 'virsh list --all', REPLAY_START));
    p = observe(lesson, p, world, REPLAY_START, {
      host: 'kvm1',
      line: 'virsh list --all',
      status: 0,
      source: 'console',
    });
    const line = 'virsh start build01; virsh destroy build01';
    const r = runConsoleLine({ world, host: 'kvm1', line, now: REPLAY_START + 1000 });
    // The end alone: build01 is shut off again, so "Boot build01" is not seen.
    expect(observe(lesson, p, r.world, REPLAY_START + 1000).done).toEqual(['list-all']);
    expect(r.between).toHaveLength(1);
    const q = observeLine(lesson, p, r.between ?? [], r.world, REPLAY_START + 1000);
    expect(q.done).toEqual(['list-all', 'start']);
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

  it('names a later step done first in an in-order lesson, and forgets it once caught up', () => {
    const started = run(lesson.world(), 'virsh start build01', REPLAY_START);
    let p = observe(lesson, startProgress(lesson), started.world, REPLAY_START, started.record);
    expect(lesson.order).toBe('in-order');
    expect(p.done).toEqual([]);
    expect(p.ahead).toBe('start');
    const listed = run(started.world, 'virsh list --all', REPLAY_START + 1000);
    p = observe(lesson, p, listed.world, REPLAY_START + 1000, listed.record);
    expect(p.done).toEqual(['list-all', 'start']);
    expect(p.ahead).toBeUndefined();
  });

  it('names no step ahead that the starting world already holds (build01 starts shut off by a shutdown)', () => {
    const p = observe(lesson, startProgress(lesson), lesson.world(), REPLAY_START);
    expect(p.done).toEqual([]);
    expect(p.ahead).toBeUndefined();
    const listed = run(lesson.world(), 'virsh list --all', REPLAY_START + 1000);
    expect(observe(lesson, p, listed.world, REPLAY_START + 1000, listed.record)).toMatchObject({
      done: ['list-all'],
    });
    expect(observe(lesson, p, listed.world, REPLAY_START + 1000, listed.record).ahead).toBeUndefined();
  });

  it('credits any step whenever it is done in a lesson that allows any order', () => {
    const any = lessonById('full-virtualization-check')!;
    expect(any.order).toBe('any');
    const world = any.world();
    const r = runConsoleLine({ world, host: 'xen1', line: 'xm dmesg', now: REPLAY_START });
    const record = { host: 'xen1', line: 'xm dmesg', status: r.status, source: 'console' as const };
    const p = observe(any, startProgress(any), r.world, REPLAY_START, record);
    expect(p.done).toEqual(['xen1-dmesg']);
    expect(p.ahead).toBeUndefined();
    expect(currentStep(any, p)?.id).toBe('cpu-flags');
    const stored = { ...p, done: ['xen1-dmesg', 'gone-step'] };
    expect(reconcile(any, stored).done).toEqual(['xen1-dmesg']);
  });
});
