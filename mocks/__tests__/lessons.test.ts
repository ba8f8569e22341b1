import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomain, ApiLesson, ApiLessonList, LabStatus } from '@/lib/api/contract';
import { lessons } from '@/lib/lessons/registry';
import { GUEST_REACTION_MS, QEMU_EXIT_MS } from '@/lib/sim/ops/guest-request';
import { createClock, installClock } from '../clock';
import { server } from '../node';
import { createLessonStore, installLessonStore } from '../lessons';
import { createStore, installStore, type StorageLike } from '../store';

const base = 'http://lab.test/api';
const memory = (): StorageLike => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};
const get = async <T>(path: string) => (await fetch(`${base}${path}`)).json() as Promise<T>;
const send = async <T>(method: string, path: string, body?: unknown) => {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body ?? {}),
  });
  return { status: r.status, body: (await r.json()) as T };
};

let storage: StorageLike;
/** Time the tests let pass on the lab's clock (a learner waiting for a guest to answer a shutdown). */
let waited = 0;
const fresh = () => {
  const s = createStore(storage);
  s.setSettings({ latencyMs: 0 });
  installStore(s);
  installLessonStore(createLessonStore(storage));
  installClock(createClock(storage, () => Date.now() + waited));
};
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  storage = memory();
  fresh();
});

describe('lessons API', () => {
  it('lists every lesson, none running, nothing done', async () => {
    const list = await get<ApiLessonList>('/lessons');
    expect(list.active).toBeNull();
    expect(list.lessons.map((l) => l.id)).toEqual(lessons.map((l) => l.id));
    expect(list.lessons.every((l) => l.done === 0 && !l.complete && !l.active && l.steps > 0)).toBe(true);
    expect((await send('GET', '/lessons/nope')).status).toBe(404);
  });

  it('starting a lesson replaces the world with its starting one', async () => {
    const before = await get<ApiDomain>('/hosts/xen2/domains/pv-app');
    expect(before.state).toBe('running');
    const started = await send<ApiLesson>('POST', '/lessons/xen-relocation/start');
    expect(started.body).toMatchObject({ active: true, progress: { done: [], complete: false } });
    expect(started.body.outline.steps[0].command).toEqual({
      host: 'xen1',
      line: 'xm migrate --live pv-web xen2',
      source: 'console',
    });
    // xen2's xend as Xen ships it: the relocation server off.
    expect(await (await fetch(`${base}/lab/raw`)).text()).toContain('(xend-relocation-server no)');
    expect((await get<ApiLessonList>('/lessons')).active).toBe('xen-relocation');
  });

  // Every lesson's solution through the API, clicks as action requests and lines as shell requests:
  // the progress the panel reads reaches complete.
  for (const lesson of lessons) {
    it(`${lesson.id}: the solution completes the lesson through the API`, async () => {
      await send('POST', `/lessons/${lesson.id}/start`);
      for (const [i, step] of lesson.steps.entries()) {
        const d = step.do;
        const args = 'ui' in d ? (d.ui.args ?? {}) : {};
        const r =
          'ui' in d
            ? await send('POST', `/hosts/${d.ui.host}/domains/${d.ui.domain}/actions/${d.ui.action}`, args)
            : await send('POST', '/shell', { host: d.host, line: d.console });
        expect(r.status, `${step.id}: ${JSON.stringify(r.body)}`).toBe(200);
        // The learner waits a few seconds: a guest answers a shutdown or reboot in its own time.
        waited += GUEST_REACTION_MS + QEMU_EXIT_MS;
        const now = await get<ApiLesson>(`/lessons/${lesson.id}`);
        expect(now.progress.done, step.id).toEqual(lesson.steps.slice(0, i + 1).map((s) => s.id));
      }
      const end = await get<ApiLessonList>('/lessons');
      expect(end.lessons.find((l) => l.id === lesson.id)).toMatchObject({
        complete: true,
        completedBefore: true,
        done: lesson.steps.length,
      });
    });
  }

  it('a step counts whichever way the world got there: typed instead of clicked, or a file written', async () => {
    await send('POST', '/lessons/lifecycle-basics/start');
    await send('POST', '/shell', { host: 'kvm1', line: 'virsh list --all' });
    await send('POST', '/shell', { host: 'kvm1', line: 'virsh start build01' });
    expect((await get<ApiLesson>('/lessons/lifecycle-basics')).progress.done).toEqual(['list-all', 'start']);

    await send('POST', '/lessons/xen-relocation/start');
    await send('POST', '/shell', { host: 'xen1', line: 'xm migrate --live pv-web xen2' });
    await send('POST', '/shell', { host: 'xen2', line: 'cat /etc/xen/xend-config.sxp' });
    const sxp = "(xend-relocation-server yes)\n(xend-relocation-hosts-allow '')\n";
    expect((await send('PUT', '/hosts/xen2/files?path=/etc/xen/xend-config.sxp', sxp)).status).toBe(201);
    expect((await get<ApiLesson>('/lessons/xen-relocation')).progress.done).toEqual([
      'refused',
      'read-config',
      'server-on',
      'allow-xen1',
    ]);
  });

  it('one line through several states: each state it passed through counts, not only where it ended', async () => {
    await send('POST', '/lessons/lifecycle-basics/start');
    await send('POST', '/shell', { host: 'kvm1', line: 'virsh list --all' });
    await send('POST', '/shell', { host: 'kvm1', line: 'virsh start build01' });
    await send('POST', '/shell', { host: 'kvm1', line: 'virsh shutdown build01' });
    waited += GUEST_REACTION_MS + QEMU_EXIT_MS;
    expect((await get<ApiLesson>('/lessons/lifecycle-basics')).progress.done).toEqual([
      'list-all',
      'start',
      'shutdown',
    ]);
    // Running, then shut off (destroyed), in one request: "boot it again" was done on the way.
    const r = await send('POST', '/shell', { host: 'kvm1', line: 'virsh start build01; virsh destroy build01' });
    expect(r.status).toBe(200);
    const p = (await get<ApiLesson>('/lessons/lifecycle-basics')).progress;
    expect(p.done).toEqual(['list-all', 'start', 'shutdown', 'start-again', 'destroy']);
    expect(p.ahead).toBeUndefined();
  });

  it('keeps progress across a reload; starting over clears it but not the badge; Reset lab leaves the lesson', async () => {
    await send('POST', '/lessons/managedsave/start');
    await send('POST', '/hosts/kvm1/domains/web01/actions/managedsave', {});
    fresh(); // a reload: new stores over the same localStorage
    expect((await get<ApiLesson>('/lessons/managedsave')).progress.done).toEqual(['managedsave']);
    expect((await get<ApiDomain>('/hosts/kvm1/domains/web01')).state).toBe('shut off');
    await send('POST', '/shell', { host: 'kvm1', line: 'virsh dominfo web01' });
    await send('POST', '/hosts/kvm1/domains/web01/actions/start', {});
    expect((await get<ApiLesson>('/lessons/managedsave')).progress.complete).toBe(true);

    const again = await send<ApiLesson>('POST', '/lessons/managedsave/start');
    expect(again.body).toMatchObject({ progress: { done: [], complete: false }, completedBefore: true });
    expect((await get<ApiDomain>('/hosts/kvm1/domains/web01')).state).toBe('running');
    expect((await send<LabStatus>('POST', '/lab/reset')).status).toBe(200);
    expect((await get<ApiLessonList>('/lessons')).active).toBeNull();
    await send('POST', '/hosts/kvm1/domains/web01/actions/managedsave', {});
    expect((await get<ApiLesson>('/lessons/managedsave')).progress.done).toEqual([]);
  });

  it('leaving stops the checks and keeps the lab', async () => {
    await send('POST', '/lessons/lifecycle-basics/start');
    await send('POST', '/shell', { host: 'kvm1', line: 'virsh start build01' });
    const left = await send<ApiLessonList>('POST', '/lessons/leave');
    expect(left.body.active).toBeNull();
    await send('POST', '/shell', { host: 'kvm1', line: 'virsh list --all' });
    expect((await get<ApiLesson>('/lessons/lifecycle-basics')).progress.done).toEqual([]);
    expect((await get<ApiDomain>('/hosts/kvm1/domains/build01')).state).toBe('running');
  });
});
