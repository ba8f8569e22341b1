import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomain, ApiErrorBody, ApiLessonList, Transcript } from '@/lib/api/contract';
import { contentDigest, type LabFile, LAB_FILE_VERSION, MAX_LAB_FILE_BYTES, worldFile } from '@/lib/lab-file/format';
import { labWorld } from '@/lib/sim/worlds/lab';
import { createClock, installClock } from '../clock';
import { server } from '../node';
import { createLessonStore, installLessonStore } from '../lessons';
import { createStore, installStore, type StorageLike } from '../store';

/**
 * Export and import (Lab menu, share links): a file brings back the same lab, clock and lesson
 * progress; a file that is broken, edited, too large or from a newer VirtLab is refused with a
 * code the UI words, and nothing changes — checked byte for byte in storage.
 */
const base = 'http://lab.test/api';
let wall = Date.UTC(2026, 5, 1);
let storage: ReturnType<typeof memory>;
function memory() {
  const m = new Map<string, string>();
  const s: StorageLike = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
  return { s, m };
}
const fresh = () => {
  const s = createStore(storage.s, () => wall);
  s.setSettings({ latencyMs: 0 });
  installStore(s);
  installLessonStore(createLessonStore(storage.s));
  installClock(createClock(storage.s, () => wall));
};
const get = async <T>(path: string) => (await fetch(`${base}${path}`)).json() as Promise<T>;
const post = (path: string, body: string) => fetch(`${base}${path}`, { method: 'POST', body });
const state = async (domain = 'web01') => (await get<ApiDomain>(`/hosts/kvm1/domains/${domain}`)).state;
const exported = () => get<LabFile>('/lab/export');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  storage = memory();
  fresh();
});

describe('a lab file', () => {
  it('brings back the lab, its history, its clock and the running lesson', async () => {
    await post('/hosts/kvm1/domains/web01/actions/suspend', '{}');
    await post('/lessons/lifecycle-basics/start', '{}');
    await post('/hosts/kvm1/domains/db01/actions/suspend', '{}');
    const file = await exported();
    expect(file).toMatchObject({ format: 'virtlab-lab', version: LAB_FILE_VERSION, labTime: wall });
    expect(await post('/lab/reset', '{}')).toHaveProperty('status', 200);
    expect(await state('db01')).toBe('running');
    wall += 3_600_000;
    const r = await post('/lab/import', JSON.stringify(file));
    expect(r.status).toBe(200);
    expect(await state('db01')).toBe('paused');
    expect((await get<Transcript[]>('/journal')).map((t) => t.line)).toEqual(file.lab.journal.map((t) => t.line));
    expect((await get<ApiLessonList>('/lessons')).active).toBe('lifecycle-basics');
    // The clock reads the file's time, an hour of wall time later.
    expect((await exported()).labTime).toBe(file.labTime);
    // And a reload (a new tab) reads the same.
    fresh();
    expect(await state('db01')).toBe('paused');
  });

  it("a file with no progress in it (a drill question's lab) keeps the learner's lesson progress; the running lesson stops", async () => {
    await post('/lessons/lifecycle-basics/start', '{}');
    await post('/shell', JSON.stringify({ host: 'kvm1', line: 'virsh list --all' }));
    const before = await get<ApiLessonList>('/lessons');
    expect(before.lessons.find((l) => l.id === 'lifecycle-basics')).toMatchObject({ active: true, done: 1 });
    const question = await worldFile(labWorld(), wall);
    expect((await post('/lab/import', JSON.stringify(question))).status).toBe(200);
    const after = await get<ApiLessonList>('/lessons');
    expect(after.active).toBeNull();
    expect(after.lessons.find((l) => l.id === 'lifecycle-basics')).toMatchObject({ active: false, done: 1 });
    expect((await get<Transcript[]>('/journal')).length).toBe(0);
  });
});

describe('an import that is refused changes nothing', () => {
  const cases: [string, () => Promise<string>, number, string][] = [
    ['not JSON', async () => '{"format": "virtlab-lab", ', 400, 'LAB_FILE_NOT_JSON'],
    ['not a lab file', async () => JSON.stringify({ hello: 'world' }), 400, 'LAB_FILE_NOT_LAB_FILE'],
    [
      'from a newer VirtLab',
      async () => JSON.stringify({ ...(await exported()), version: LAB_FILE_VERSION + 1 }),
      400,
      'LAB_FILE_NEWER_VERSION',
    ],
    [
      'damaged (a state that does not exist), digest recomputed',
      async () => {
        const f = await exported();
        f.lab.world.hosts[0].domains[0].state = 'flying' as never;
        return JSON.stringify({ ...f, digest: await contentDigest(f) });
      },
      400,
      'LAB_FILE_DAMAGED',
    ],
    [
      'edited by hand (valid, but the digest no longer matches)',
      async () => {
        const f = await exported();
        f.lab.journal[0].line = 'virsh destroy web01';
        return JSON.stringify(f);
      },
      400,
      'LAB_FILE_TAMPERED',
    ],
    ['too large', async () => ' '.repeat(MAX_LAB_FILE_BYTES + 1), 413, 'LAB_FILE_TOO_LARGE'],
  ];
  for (const [what, make, status, code] of cases) {
    it(what, async () => {
      await post('/hosts/kvm1/domains/web01/actions/suspend', '{}');
      const text = await make();
      const before = new Map(storage.m);
      const r = await post('/lab/import', text);
      expect(r.status).toBe(status);
      expect(((await r.json()) as ApiErrorBody).error.code).toBe(code);
      expect(new Map(storage.m)).toEqual(before);
      expect(await state()).toBe('paused');
    });
  }
});

describe('a damaged file names the field at fault and what is wrong, for the page to word', () => {
  const refusal = async (damage: (f: LabFile) => void) => {
    const f = await exported();
    damage(f);
    const r = await post('/lab/import', JSON.stringify({ ...f, digest: await contentDigest(f) }));
    return ((await r.json()) as ApiErrorBody).error;
  };
  it('a value it cannot have, a missing field, a wrong type, an unknown field', async () => {
    expect(
      await refusal((f) => {
        f.lab.world.hosts[0].domains[0].state = 'flying' as never;
      }),
    ).toMatchObject({ code: 'LAB_FILE_DAMAGED', field: 'lab.world.hosts.0.domains.0.state', issue: 'value' });
    expect(
      await refusal((f) => {
        delete (f.lab.world.hosts[0] as Partial<(typeof f.lab.world.hosts)[0]>).cpu;
      }),
    ).toMatchObject({ field: 'lab.world.hosts.0.cpu', issue: 'missing' });
    expect(
      await refusal((f) => {
        f.lab.world.hosts[0].name = 7 as never;
      }),
    ).toMatchObject({ field: 'lab.world.hosts.0.name', issue: 'type' });
    expect(
      await refusal((f) => {
        (f as unknown as Record<string, unknown>).colour = 'red';
      }),
    ).toMatchObject({ field: 'colour', issue: 'unknown' });
  });
});
