import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomain, ApiHistory, ShellResult } from '@/lib/api/contract';
import { MAX_POINTS } from '../history';
import { server } from '../node';
import { storageBackend, UNDO_KEY } from '../persist/backend';
import { createStore, installStore, STORE_KEY, type StorageLike } from '../store';
import { get, installLab, send } from './lab-api';

/**
 * Undo points are records of their own (docs/decisions/042-…): a command writes the lab and the one
 * point it made, not every point again — and nothing is lost: reload, two tabs, a refused write,
 * a damaged record, a lab stored the old way.
 */
const sh = async (line: string, host = 'kvm1') => (await send<ShellResult>('POST', '/shell', { host, line })).body;
const state = async (name: string) => (await get<ApiDomain>(`/hosts/kvm1/domains/${name}`)).state;
const past = async () => (await get<ApiHistory>('/lab/history')).past.map((e) => e.line);

/** A Storage that lists its keys (as localStorage does), counts its writes and can be full. */
function disk() {
  const m = new Map<string, string>();
  const writes: string[] = [];
  let full = false;
  const storage: StorageLike & Pick<Storage, 'key' | 'length'> = {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      writes.push(k);
      m.set(k, v);
    },
    removeItem: (k) => void m.delete(k),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
  const records = () => [...m.keys()].filter((k) => k.startsWith(UNDO_KEY('')));
  const lab = () => JSON.parse(m.get(STORE_KEY) ?? 'null');
  return { storage, m, writes, records, lab, fill: (f: boolean) => void (full = f) };
}

let d: ReturnType<typeof disk>;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  d = disk();
  installLab(d.storage);
});

describe('undo points are stored apart from the lab', () => {
  it('a command writes the lab and one new record; the lab names its points by key', async () => {
    for (let i = 0; i < 5; i++) await sh(`echo ${i}`);
    expect(d.records()).toHaveLength(5);
    d.writes.length = 0;
    await sh('virsh suspend web01');
    const undoWrites = d.writes.filter((k) => k.startsWith(UNDO_KEY('')));
    expect(undoWrites).toHaveLength(1);
    const history = d.lab().lab.history;
    expect(history.past).toHaveLength(6);
    expect(history.past.every((p: unknown) => typeof p === 'string')).toBe(true);
    // The lab's text no longer carries a world per point: it is about one world's size, not six.
    expect(d.m.get(STORE_KEY)?.length).toBeLessThan(2 * (d.m.get(undoWrites[0])?.length ?? 0));
  });

  it('keeps no record the history dropped', async () => {
    for (let i = 0; i < MAX_POINTS + 4; i++) await sh(`echo ${i}`);
    expect(d.records()).toHaveLength(MAX_POINTS);
    await send('POST', '/lab/undo', { count: 3 });
    await sh('echo new');
    // Three undone points went with the redo list; the new command's point came.
    expect(d.records()).toHaveLength(MAX_POINTS - 2);
    const named = [...d.lab().lab.history.past, ...d.lab().lab.history.future].map((k: string) => UNDO_KEY(k));
    expect(d.records().sort()).toEqual(named.sort());
  });

  it('brings the history back on a reload, and undo restores the world from its record', async () => {
    await sh('virsh suspend web01');
    await sh('virsh destroy build01');
    installLab(d.storage);
    expect(await past()).toEqual(['virsh suspend web01', 'virsh destroy build01']);
    await send('POST', '/lab/undo', { count: 2 });
    expect(await state('web01')).toBe('running');
    installLab(d.storage);
    await send('POST', '/lab/redo');
    expect(await state('web01')).toBe('paused');
  });

  it('a refused write stores no record and changes nothing', async () => {
    await sh('echo 1');
    const before = new Map(d.m);
    d.fill(true);
    expect((await send('POST', '/hosts/kvm1/domains/web01/actions/suspend')).status).toBe(507);
    expect(d.m).toEqual(before);
    d.fill(false);
    expect(await past()).toEqual(['echo 1']);
    await sh('echo 2');
    installLab(d.storage);
    expect(await past()).toEqual(['echo 1', 'echo 2']);
  });

  it('two tabs: each reads the records the other wrote, and its undo is the other tab’s too', async () => {
    const shared = storageBackend(d.storage);
    const tabs = [createStore(shared), createStore(shared)];
    for (const t of tabs) t.setSettings({ latencyMs: 0 });
    installStore(tabs[0]);
    await sh('virsh suspend web01');
    installStore(tabs[1]);
    await sh('virsh suspend build01');
    expect(await past()).toEqual(['virsh suspend web01', 'virsh suspend build01']);
    await send('POST', '/lab/undo', { count: 2 });
    installStore(tabs[0]);
    expect(await state('web01')).toBe('running');
    expect(await past()).toEqual([]);
    await send('POST', '/lab/redo');
    installStore(tabs[1]);
    expect(await state('web01')).toBe('paused');
    expect(d.records()).toHaveLength(2);
  });

  it('reads a lab stored with its points inside, and the first write moves them out', async () => {
    await sh('virsh suspend web01');
    const joined = { ...d.lab() };
    const key = joined.lab.history.past[0] as string;
    joined.lab.history.past = [JSON.parse(d.m.get(UNDO_KEY(key)) ?? 'null')];
    const legacy = disk();
    legacy.m.set(STORE_KEY, JSON.stringify(joined));
    installLab(legacy.storage);
    expect(await past()).toEqual(['virsh suspend web01']);
    await sh('echo moved');
    expect(legacy.records()).toHaveLength(2);
    expect(legacy.lab().lab.history.past.every((p: unknown) => typeof p === 'string')).toBe(true);
    await send('POST', '/lab/undo', { count: 2 });
    expect(await state('web01')).toBe('running');
  });
});

describe('a damaged or missing record is a damaged lab', () => {
  const damage = async (edit: (key: string) => void) => {
    await sh('virsh suspend web01');
    const key = d.lab().lab.history.past[0] as string;
    edit(key);
    installLab(d.storage);
    return key;
  };

  it.each([
    [
      'a world without hosts',
      (k: string) => d.m.set(UNDO_KEY(k), d.m.get(UNDO_KEY(k))?.replace('"hosts":[', '"hosts":7,"x":[') ?? ''),
    ],
    ['not JSON', (k: string) => d.m.set(UNDO_KEY(k), '{"seq":')],
    ['missing', (k: string) => d.m.delete(UNDO_KEY(k))],
  ] as const)(
    '%s → the recovery screen, which downloads the text and the record; reset clears every record',
    async (_, edit) => {
      const key = await damage(edit);
      const lab = await get<{ status: string; detail: string; fault: { field: string; issue: string } }>('/lab');
      expect(lab).toMatchObject({ status: 'unreadable' });
      expect(lab.detail).toContain(`undo record ${key}`);
      // The page words the fault; its field names the record as stored.
      expect(lab.fault.field.startsWith(`undo:${key}`)).toBe(true);
      const issues: Record<string, string> = { 'not JSON': 'not-json', missing: 'missing' };
      expect(lab.fault.issue).toBe(issues[_] ?? 'type');
      expect((await send('POST', '/hosts/kvm1/domains/web01/actions/resume')).status).toBe(503);
      const raw = JSON.parse(await (await fetch('http://lab.test/api/lab/raw')).text());
      expect(raw.lab).toBe(d.m.get(STORE_KEY));
      expect(raw.undo[key]).toBe(d.m.get(UNDO_KEY(key)) ?? null);
      expect((await send('POST', '/lab/reset')).status).toBe(200);
      expect(d.records()).toEqual([]);
      expect(await state('web01')).toBe('running');
    },
  );

  it('a key named twice is a damaged lab', async () => {
    await sh('echo 1');
    await sh('echo 2');
    const stored = d.lab();
    stored.lab.history.past[1] = stored.lab.history.past[0];
    d.m.set(STORE_KEY, JSON.stringify(stored));
    installLab(d.storage);
    expect(await get<{ status: string }>('/lab')).toMatchObject({ status: 'unreadable' });
  });
});
