import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomain } from '@/lib/api/contract';
import { createClock, installClock } from '../clock';
import { createLessonStore, installLessonStore } from '../lessons';
import { server } from '../node';
import { createStore, installStore, type StorageLike } from '../store';

const base = 'http://lab.test/api';
const memory = (): StorageLike => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};
const onCrash = async (host: string, name: string) =>
  ((await (await fetch(`${base}/hosts/${host}/domains/${name}`)).json()) as ApiDomain).onCrash;
const shell = async (host: string, line: string) => {
  const r = await fetch(`${base}/shell`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ host, line }),
  });
  const t = (await r.json()) as { transcript: { status: number; stderr: string } };
  expect(t.transcript).toMatchObject({ status: 0, stderr: '' });
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  const storage = memory();
  const s = createStore(storage);
  s.setSettings({ latencyMs: 0 });
  installStore(s);
  installLessonStore(createLessonStore(storage));
  installClock(createClock(storage, () => Date.UTC(2026, 11, 6, 12)));
});

// The Trainer area's hint reads it (components/domain/TrainerActions.tsx), not a regex over the XML.
describe("GET a domain: its on_crash, the definition in force's (decision 055's Trainer area)", () => {
  it('the live definition’s while it runs, the persistent one’s once it stops', async () => {
    expect(await onCrash('kvm1', 'web01')).toBe('destroy');
    await shell('kvm1', 'virsh set-lifecycle-action web01 crash preserve --live');
    expect(await onCrash('kvm1', 'web01')).toBe('preserve');
    await shell('kvm1', 'virsh destroy web01');
    expect(await onCrash('kvm1', 'web01')).toBe('destroy');
    await shell('kvm1', 'virsh set-lifecycle-action web01 crash coredump-restart --config');
    expect(await onCrash('kvm1', 'web01')).toBe('coredump-restart');
  });

  it('a Xen guest’s too', async () => {
    await shell('xen2', 'virsh set-lifecycle-action pv-app crash rename-restart --live');
    expect(await onCrash('xen2', 'pv-app')).toBe('rename-restart');
  });
});
