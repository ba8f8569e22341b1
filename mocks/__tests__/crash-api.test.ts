import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomain, ApiEvent, CrashResult } from '@/lib/api/contract';
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
const post = (path: string, body = '{}') =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
const shell = (host: string, line: string) => post('/shell', JSON.stringify({ host, line }));

const wall = Date.UTC(2026, 11, 6, 12);
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

describe('POST …/crash: the trainer makes the guest panic (decision 055)', () => {
  it('a QEMU guest with on_crash destroy: the events, the state, the diagram transition, and the button’s availability', async () => {
    const before = await get<ApiDomain>('/hosts/kvm1/domains/web01');
    expect(before.actions.crash).toEqual({ allowed: true });
    const r = await post('/hosts/kvm1/domains/web01/crash');
    expect(r.status).toBe(200);
    const body = (await r.json()) as CrashResult;
    expect(body.onCrash).toBe('destroy');
    expect(body.events.map((e) => e.text)).toEqual([
      "event 'lifecycle' for domain 'web01': Crashed Panicked",
      "event 'lifecycle' for domain 'web01': Stopped Crashed",
    ]);
    expect(body.dumpFile).toBeNull();
    expect(body.domain).toMatchObject({ state: 'shut off', reason: 'crashed' });
    expect(body.domain?.lastTransition).toMatchObject({
      action: 'crash',
      command: 'echo c > /proc/sysrq-trigger',
      to: { state: 'shut off', reason: 'crashed' },
    });
    expect(body.domain?.actions.crash).toMatchObject({ allowed: false, code: 'notRunning' });
    const events = await get<ApiEvent[]>('/events');
    expect(events.map((e) => e.text)).toContain("event 'lifecycle' for domain 'web01': Stopped Crashed");
    // Crashing it again is refused in libvirt's words; nothing changes.
    const again = await post('/hosts/kvm1/domains/web01/crash');
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toBe(
      'Requested operation is not valid: the domain is not running',
    );
  });

  it('a QEMU guest without a panic device (db01): hung, no event, still running; the domain data says it has none', async () => {
    const before = await get<ApiDomain>('/hosts/kvm1/domains/db01');
    expect(before.live?.panic).toEqual([]);
    expect((await get<ApiDomain>('/hosts/kvm1/domains/web01')).live?.panic).toEqual(['isa']);
    const r = await post('/hosts/kvm1/domains/db01/crash');
    expect(r.status).toBe(200);
    const body = (await r.json()) as CrashResult;
    expect(body).toMatchObject({ hung: true, events: [], dumpFile: null });
    expect(body.domain).toMatchObject({ state: 'running', reason: 'booted' });
    expect(body.domain?.lastTransition?.action).not.toBe('crash');
  });

  it('a Xen guest with on_crash coredump-destroy writes its core file on the host', async () => {
    await shell('xen2', 'virsh set-lifecycle-action pv-app crash coredump-destroy --live');
    const body = (await (await post('/hosts/xen2/domains/pv-app/crash')).json()) as CrashResult;
    expect(body.onCrash).toBe('coredump-destroy');
    expect(body.dumpFile).toBe('/var/lib/libvirt/libxl/dump/pv-app-2026-12-06-12:00:00');
    const files = await get<{ path: string }[]>('/hosts/xen2/files');
    expect(files.map((f) => f.path)).toContain(body.dumpFile);
  });

  it('a body with fields is refused (400) and nothing changes', async () => {
    const r = await post('/hosts/kvm1/domains/web01/crash', '{"now":1}');
    expect(r.status).toBe(400);
    expect((await get<ApiDomain>('/hosts/kvm1/domains/web01')).state).toBe('running');
  });
});
