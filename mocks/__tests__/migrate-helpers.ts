import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ApiDomainSummary } from '@/lib/api/contract';
import type { World } from '@/lib/sim/types';
import { createClock, installClock } from '../clock';
import { createLessonStore, installLessonStore } from '../lessons';
import { server } from '../node';
import { createStore, freshLab, STORE_KEY, STORE_VERSION, installStore, type StorageLike } from '../store';

/** The API under msw/node with a lab clock the test moves by hand (`wall.t`). */
export const base = 'http://lab.test/api';
export const T0 = 1_800_000_000_000;
export const wall = { t: T0 };

const memory = (init: Record<string, string> = {}): StorageLike => {
  const m = new Map(Object.entries(init));
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};

/** A fresh lab, or the built-in one changed by `edit` (a small world builder, not a JSON blob). */
export function startLab(edit?: (w: World) => World) {
  wall.t = T0;
  const lab = freshLab(T0);
  const storage = memory(
    edit
      ? {
          [STORE_KEY]: JSON.stringify({ version: STORE_VERSION, savedAt: T0, lab: { ...lab, world: edit(lab.world) } }),
        }
      : {},
  );
  const s = createStore(storage, () => wall.t);
  s.setSettings({ latencyMs: 0 });
  installStore(s);
  installLessonStore(createLessonStore(storage));
  installClock(createClock(storage, () => wall.t));
}

export function setUpMigrationApi() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => startLab());
}

export async function call<T>(method: string, path: string, body?: unknown) {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T };
}

/** Where a guest is: one row per host that has it (`virsh list --all` on every host). */
export async function copies(name: string) {
  const list = await call<ApiDomainSummary[]>('GET', '/domains');
  return list.body.filter((d) => d.name === name).map((d) => ({ host: d.host, state: d.state }));
}

/** Exactly one copy runs (or stays paused), on `host`; any other copy is a shut-off definition. */
export async function runningOnlyOn(name: string) {
  return (await copies(name)).filter((c) => c.state !== 'shut off');
}

export const hostsEdit =
  (host: string, fn: (h: World['hosts'][number]) => World['hosts'][number]) =>
  (w: World): World => ({ ...w, hosts: w.hosts.map((h) => (h.name === host ? fn(h) : h)) });
