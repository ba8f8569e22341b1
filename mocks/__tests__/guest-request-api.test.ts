import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomain, ApiDomainSummary, ApiEvent, ApiLesson } from '@/lib/api/contract';
import { GUEST_REACTION_MS, QEMU_EXIT_MS } from '@/lib/sim/ops/guest-request';
import { createClock, installClock } from '../clock';
import { createLessonStore, installLessonStore } from '../lessons';
import { server } from '../node';
import { createStore, installStore, type StorageLike } from '../store';

const base = 'http://lab.test/api';
const memory = (): StorageLike => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};
const get = async <T>(path: string) => (await fetch(`${base}${path}`)).json() as Promise<T>;
const post = (path: string) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
const shell = (host: string, line: string) =>
  fetch(`${base}/shell`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ host, line }),
  });

/** The lab clock's wall: the test moves it instead of sleeping. */
let wall = Date.UTC(2026, 11, 6, 12);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  const storage = memory();
  const s = createStore(storage);
  s.setSettings({ latencyMs: 0 });
  installStore(s);
  installLessonStore(createLessonStore(storage));
  installClock(createClock(storage, () => wall));
});

describe('a shutdown the guest answers later, through the API', () => {
  it('the domain stays running with the request pending, then shuts off and the transition is logged', async () => {
    expect((await post('/hosts/kvm1/domains/web01/actions/shutdown')).status).toBe(200);
    const asked = await get<ApiDomain>('/hosts/kvm1/domains/web01');
    expect([asked.state, asked.pending]).toEqual(['running', 'shutdown']);
    const listed = await get<ApiDomainSummary[]>('/domains');
    expect(listed.find((d) => d.name === 'web01')?.pending).toBe('shutdown');

    wall += GUEST_REACTION_MS;
    // The guest has powered off; QEMU is ending (qemuProcessHandleShutdown): the page keeps polling.
    const ending = await get<ApiDomain>('/hosts/kvm1/domains/web01');
    expect([ending.state, ending.reason, ending.pending]).toEqual(['in shutdown', 'unknown', 'shutdown']);
    expect(ending.lastTransition).toMatchObject({ action: 'shutdown', to: { state: 'in shutdown' } });

    wall += QEMU_EXIT_MS;
    const done = await get<ApiDomain>('/hosts/kvm1/domains/web01');
    expect([done.state, done.reason, done.pending]).toEqual(['shut off', 'shutdown', undefined]);
    expect(done.lastTransition).toMatchObject({
      action: 'shutdown',
      command: 'virsh shutdown web01',
      from: { state: 'in shutdown', reason: 'unknown' },
      to: { state: 'shut off', reason: 'shutdown' },
    });
    const events = await get<ApiEvent[]>('/events?host=kvm1&domain=web01');
    expect(events.map((e) => e.text)).toEqual(
      expect.arrayContaining([
        "event 'lifecycle' for domain 'web01': Shutdown Finished after guest request",
        "event 'lifecycle' for domain 'web01': Stopped Shutdown",
      ]),
    );
  });
});

describe('a running lesson sees the guest answer, whoever asked', () => {
  it('credits a graceful shutdown the domain page saw, though the learner boots the guest again before the panel asks', async () => {
    expect((await post('/lessons/lifecycle-basics/start')).status).toBe(200);
    expect((await shell('kvm1', 'virsh list --all')).status).toBe(200);
    for (const a of ['start', 'shutdown'])
      expect((await post(`/hosts/kvm1/domains/build01/actions/${a}`)).status).toBe(200);
    wall += GUEST_REACTION_MS + QEMU_EXIT_MS;
    // Only the domain page polls while the guest powers off; then the learner boots it again at once.
    expect((await get<ApiDomain>('/hosts/kvm1/domains/build01')).state).toBe('shut off');
    expect((await post('/hosts/kvm1/domains/build01/actions/start')).status).toBe(200);
    const lesson = await get<ApiLesson>('/lessons/lifecycle-basics');
    expect(lesson.progress.done).toEqual(['list-all', 'start', 'shutdown', 'start-again']);
  });
});

describe('a Xen guest preserved after it powers off (on_poweroff preserve), through the API', () => {
  it('is shut off but held: Start is refused with the reason, Destroy frees it', async () => {
    const set = await shell('xen2', 'virsh set-lifecycle-action pv-app poweroff preserve --live');
    expect(set.status).toBe(200);
    expect((await post('/hosts/xen2/domains/pv-app/actions/shutdown')).status).toBe(200);
    wall += GUEST_REACTION_MS;
    const held = await get<ApiDomain>('/hosts/xen2/domains/pv-app');
    expect([held.state, held.reason, held.id]).toEqual(['shut off', 'shutdown', 1]);
    expect(held.actions.start).toMatchObject({ allowed: false, code: 'preserved' });
    expect(held.actions.restore).toMatchObject({ allowed: false, code: 'preserved' });
    expect(held.actions.destroy).toEqual({ allowed: true });
    expect((await post('/hosts/xen2/domains/pv-app/actions/destroy')).status).toBe(200);
    const freed = await get<ApiDomain>('/hosts/xen2/domains/pv-app');
    expect([freed.state, freed.reason, freed.id]).toEqual(['shut off', 'destroyed', null]);
    expect(freed.actions.start).toEqual({ allowed: true });
  });
});
