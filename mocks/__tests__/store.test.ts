import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomain, ApiErrorBody, Transcript } from '@/lib/api/contract';
import { server } from '../node';
import { CLOCK_KEY, LESSONS_KEY } from '@/lib/storage-keys';
import { createClock, installClock } from '../clock';
import { createLessonStore, installLessonStore } from '../lessons';
import { type Beside, type LabBackend, storageBackend } from '../persist/backend';
import { BUDGET_CHARS, createStore, installStore, STORE_KEY, type StorageLike } from '../store';

/**
 * The store writes a change before the request is answered, refuses the command when the write
 * fails, and reads again what another tab wrote: no answer is undone by a reload, no write lost.
 */
const base = 'http://lab.test/api';
const post = (path: string, body: unknown) => fetch(`${base}${path}`, { method: 'POST', body: JSON.stringify(body) });
const state = async () => ((await (await fetch(`${base}/hosts/kvm1/domains/web01`)).json()) as ApiDomain).state;
const journal = async () => (await (await fetch(`${base}/journal`)).json()) as Transcript[];

/** A storage shared by "tabs", which can be made to refuse writes (a full quota). */
function disk() {
  const m = new Map<string, string>();
  let full = false;
  const storage: StorageLike = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k) => void m.delete(k),
  };
  return { storage, m, fill: (f: boolean) => void (full = f) };
}
const tab = (backend: LabBackend | StorageLike) => {
  const s = createStore(backend);
  s.setSettings({ latencyMs: 0 });
  return s;
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
let d: ReturnType<typeof disk>;
beforeEach(() => {
  d = disk();
  installStore(tab(d.storage));
});

describe('a command is stored before it is answered', () => {
  it('is in storage when the answer arrives', async () => {
    expect((await post('/hosts/kvm1/domains/web01/actions/suspend', {})).status).toBe(200);
    expect(JSON.parse(d.m.get(STORE_KEY) ?? 'null').lab.journal.at(-1).line).toBe('virsh suspend web01');
  });

  it('is refused with 507 when the browser will not keep it, and nothing changes', async () => {
    d.fill(true);
    const r = await post('/hosts/kvm1/domains/web01/actions/suspend', {});
    expect(r.status).toBe(507);
    expect(((await r.json()) as ApiErrorBody).error).toMatchObject({ code: 'STORAGE_FULL' });
    expect(d.m.get(STORE_KEY)).toBeUndefined();
    expect(await state()).toBe('running');
    expect(await journal()).toEqual([]);
    d.fill(false);
    expect((await post('/hosts/kvm1/domains/web01/actions/suspend', {})).status).toBe(200);
    expect(await state()).toBe('paused');
  });

  it('is refused when the lab would outgrow its budget', async () => {
    // Files of 64 KiB, one after another, until the lab would pass the budget.
    const put = (i: number) =>
      fetch(`${base}/hosts/kvm1/files?path=/root/f${i}`, { method: 'PUT', body: 'x'.repeat(65536) });
    let status = 201;
    let i = 0;
    for (; i < 100 && status === 201; i++) status = (await put(i)).status;
    expect(i).toBeGreaterThan(50);
    expect(status).toBe(507);
    expect((d.m.get(STORE_KEY) ?? '').length).toBeLessThanOrEqual(BUDGET_CHARS);
    const files = (await (await fetch(`${base}/hosts/kvm1/files`)).json()) as { path: string }[];
    expect(files.map((f) => f.path)).not.toContain(`/root/f${i - 1}`);
  });

  it('keeps the journal compact: the last 300 commands, long output cut', async () => {
    await fetch(`${base}/hosts/kvm1/files?path=/root/big`, { method: 'PUT', body: 'y'.repeat(60000) });
    for (let i = 0; i < 3; i++) await post('/shell', { host: 'kvm1', line: 'cat /root/big' });
    const last = (await journal()).at(-1);
    expect(last?.stdout.length).toBeLessThan(17 * 1024);
    expect(last?.stdout).toMatch(/\[output cut\]\n$/);
  });
});

describe('two tabs share one lab', () => {
  it('loses no write when they take turns, each with its own copy', async () => {
    const shared = storageBackend(d.storage);
    const tabs = [tab(shared), tab(shared)];
    const lines = ['virsh suspend web01', 'virsh resume web01'];
    for (let i = 0; i < 22; i++) {
      installStore(tabs[i % 2]);
      const r = await post('/shell', { host: 'kvm1', line: lines[i % 2] });
      expect(r.status).toBe(200);
      // Each tab sees the other's last command: suspend and resume always succeed.
      expect(((await r.json()) as { transcript: Transcript }).transcript.status).toBe(0);
    }
    installStore(tabs[0]);
    expect((await journal()).map((t) => t.line)).toEqual(Array.from({ length: 22 }, (_, i) => lines[i % 2]));
  });
});

/** IndexedDB as mocks/persist/idb.ts uses it: text, revision, what is kept beside the lab, undo records; one transaction. */
function idbLike() {
  let rec: { text: string | null; rev: number; beside?: Beside } = { text: null, rev: 0 };
  const records = new Map<string, string>();
  let full = false;
  const backend: LabBackend = {
    keepsBeside: true,
    read: async () => ({ ...rec }),
    revision: async () => rec.rev,
    undo: async (keys) => keys.map((k) => records.get(k)),
    write: async (text, rev, beside, undo) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      rec = { text, rev, beside };
      if (undo?.drop === 'all') records.clear();
      for (const k of undo?.drop === 'all' ? [] : (undo?.drop ?? [])) records.delete(k);
      for (const [k, v] of undo?.put ?? []) records.set(k, v);
    },
  };
  return { backend, rec: () => rec, fill: (f: boolean) => void (full = f) };
}
/** A tab whose clock and lesson progress live in its store, as in the lab's worker. */
function workerTab(backend: LabBackend) {
  const s = tab(backend);
  installStore(s);
  installClock(createClock(s.beside()));
  installLessonStore(createLessonStore(s.beside()));
}
const activeLesson = async () => ((await (await fetch(`${base}/lessons`)).json()) as { active: string | null }).active;

describe('the clock and lesson progress are stored with the lab', () => {
  it('are written in the same write, and a refused write takes them back too', async () => {
    const db = idbLike();
    workerTab(db.backend);
    db.fill(true);
    expect((await post('/lessons/autostart/start', {})).status).toBe(507);
    expect(await activeLesson()).toBeNull();
    expect(db.rec().text).toBeNull();
    db.fill(false);
    expect((await post('/lessons/autostart/start', {})).status).toBe(200);
    expect(await activeLesson()).toBe('autostart');
    expect(JSON.parse(db.rec().beside?.[LESSONS_KEY] ?? '{}').active).toBe('autostart');
    expect(db.rec().beside?.[CLOCK_KEY]).toBeDefined();
  });

  it('are read again by another tab with the lab', async () => {
    const db = idbLike();
    workerTab(db.backend);
    expect((await post('/lessons/autostart/start', {})).status).toBe(200);
    workerTab(db.backend);
    expect(await activeLesson()).toBe('autostart');
    expect((await post('/lessons/leave', {})).status).toBe(200);
    workerTab(db.backend);
    expect(await activeLesson()).toBeNull();
  });
});
