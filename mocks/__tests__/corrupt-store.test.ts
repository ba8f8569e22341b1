import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody, LabSettings, LabStatus } from '@/lib/api/contract';
import { CLOCK_KEY, createClock, installClock } from '../clock';
import { createLessonStore, installLessonStore, LESSONS_KEY } from '../lessons';
import { server } from '../node';
import { createStore, freshLab, installStore, SETTINGS_KEY, STORE_KEY, type StorageLike } from '../store';

/**
 * Issue 10's corruptions of the stored lab: each one leads to the recovery status (GET /api/lab),
 * every other endpoint answers 503 and changes nothing — starting a lesson included — the raw
 * download is the damaged value byte for byte, and a reset brings the built-in lab back.
 */
const base = 'http://lab.test/api';
const NOW = Date.UTC(2026, 0, 10, 9);
// biome-ignore lint/suspicious/noExplicitAny: a test mutates raw JSON freely
type Json = Record<string, any>;
const lab = (): Json => JSON.parse(JSON.stringify({ version: 1, savedAt: NOW, lab: freshLab(NOW) }));
const host = (v: Json, i = 0) => v.lab.world.hosts[i];
const web01 = (v: Json) => host(v).domains[0];

const labCorruptions: [string, (v: Json) => void][] = [
  ['a host without cpu', (v) => delete host(v).cpu],
  ['a domain set to null', (v) => (host(v).domains[1] = null)],
  ['vcpupin: null', (v) => (web01(v).live.vcpupin = null)],
  ['events [null]', (v) => (v.lab.world.events = [null])],
  ['a state "exploded"', (v) => (web01(v).state = 'exploded')],
  ['duplicate hosts', (v) => v.lab.world.hosts.push(host(v))],
  ['duplicate domain names on a host', (v) => host(v).domains.push({ ...web01(v), uuid: 'x' })],
  ['a reason its state does not have', (v) => (web01(v).reason = 'migrated-ish')],
  ['a running domain without a live definition', (v) => (web01(v).live = null)],
  ['a shut-off domain with an id', (v) => (host(v).domains.find((d: Json) => d.state === 'shut off').id = 9)],
  ['negative memory', (v) => (web01(v).live.memoryKiB = -1)],
  ['memory as text', (v) => (web01(v).live.currentMemoryKiB = '1024')],
  ['a billion vCPUs', (v) => (web01(v).live.vcpus = 1e9)],
  ['a million cores', (v) => (host(v).cpu.cores = 1e6)],
  ['a start time Date cannot format', (v) => (web01(v).startedAt = 9e15)],
  [
    'a migration job without its plan',
    (v) => (web01(v).job = { kind: 'migration', startedAt: NOW, targetHost: 'kvm2', wasPaused: false }),
  ],
  [
    'a job of a kind that does not exist',
    (v) => (web01(v).job = { kind: 'explode', startedAt: NOW, targetHost: 'kvm2' }),
  ],
  ['journal [null]', (v) => (v.lab.journal = [null])],
  ['transitions [5]', (v) => (v.lab.transitions = [5])],
  ['seq "x"', (v) => (v.lab.seq = 'x')],
  ['hosts an object', (v) => (v.lab.world.hosts = {})],
  ['no world', (v) => delete v.lab.world],
  ['an unknown version', (v) => (v.version = 2)],
  ['DHCP leases an object', (v) => (host(v).networks[0].leases = {})],
  ['DHCP leases [null]', (v) => (host(v).networks[0].leases = [null])],
  ['a network started at 1e300', (v) => (host(v).networks[0].startedAt = 1e300)],
  [
    'a lease renewed from "soon"',
    (v) =>
      (host(v).networks[0].leases = [
        { mac: '52:54:00:00:00:01', ip: '192.168.122.9', hostname: 'x', expiry: 1, from: 'soon' },
      ]),
  ],
];

const storage = new Map<string, string>();
const memory: StorageLike = {
  getItem: (k) => storage.get(k) ?? null,
  setItem: (k, val) => void storage.set(k, val),
  removeItem: (k) => void storage.delete(k),
};
/** A page opening the lab with these bytes stored. */
function open(stored: Record<string, string>) {
  storage.clear();
  for (const [k, v] of Object.entries(stored)) storage.set(k, v);
  installStore(createStore(memory, () => NOW));
  installClock(createClock(memory, () => NOW));
  installLessonStore(createLessonStore(memory));
}
const settings = JSON.stringify({ latencyMs: 0 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** `field`: where the fault is said to be (the page words it in its language, the path as stored). */
async function expectRecovery(key: string, raw: string, field: RegExp, issue?: string) {
  const status = (await (await fetch(`${base}/lab`)).json()) as LabStatus;
  expect(status).toMatchObject({ status: 'unreadable', problem: 'corrupt' });
  expect(status.detail?.length).toBeLessThanOrEqual(220);
  expect(status.fault?.field).toMatch(field);
  if (issue) expect(status.fault?.issue).toBe(issue);
  const before = [...storage.entries()];
  for (const [method, path] of [
    ['GET', '/domains'],
    ['GET', '/hosts/kvm1/domains/web01'],
    ['POST', '/hosts/kvm1/domains/web01/actions/suspend'],
    ['POST', '/lessons/lifecycle-basics/start'],
    ['POST', '/lessons/leave'],
    ['GET', '/lessons'],
    ['POST', '/shell'],
  ]) {
    const r = await fetch(`${base}${path}`, { method, body: method === 'POST' ? '{}' : undefined });
    expect(r.status, `${method} ${path}`).toBe(503);
    expect(((await r.json()) as ApiErrorBody).error.code).toBe('STORE_UNREADABLE');
  }
  expect([...storage.entries()]).toEqual(before);
  expect(storage.get(key)).toBe(raw);
  expect(await (await fetch(`${base}/lab/raw`)).text()).toBe(raw);
  await fetch(`${base}/lab/reset`, { method: 'POST', body: '{}' });
  expect(((await (await fetch(`${base}/lab`)).json()) as LabStatus).status).toBe('ok');
  expect((await fetch(`${base}/domains`)).status).toBe(200);
}

describe('a corrupt stored lab', () => {
  it.each(labCorruptions)('%s → recovery, nothing else answers, nothing changes', async (_name, corrupt) => {
    const value = lab();
    corrupt(value);
    const raw = JSON.stringify(value);
    open({ [STORE_KEY]: raw, [SETTINGS_KEY]: settings });
    await expectRecovery(STORE_KEY, raw, /^(lab|version)(\.|$)/);
  });

  it('stored text that is not JSON → a not-json fault in the lab', async () => {
    open({ [STORE_KEY]: '{"version":1,"lab":', [SETTINGS_KEY]: settings });
    await expectRecovery(STORE_KEY, '{"version":1,"lab":', /^lab$/, 'not-json');
  });

  it.each([
    ['a clock rate of 1e300', JSON.stringify({ rate: 1e300, anchorWall: NOW, anchorLab: NOW }), 'clock.rate', 'value'],
    [
      'a clock anchored at 9e15',
      JSON.stringify({ rate: 1, anchorWall: NOW, anchorLab: 9e15 }),
      'clock.anchorLab',
      'value',
    ],
    ['a clock that is not JSON', '{"rate":', 'clock', 'not-json'],
  ])('%s → recovery with the clock as the raw data', async (_name, raw, field, issue) => {
    open({ [STORE_KEY]: JSON.stringify(lab()), [CLOCK_KEY]: raw, [SETTINGS_KEY]: settings });
    await expectRecovery(CLOCK_KEY, raw, new RegExp(`^${field.replace('.', '\\.')}$`), issue);
  });

  it.each([
    ['a lesson entry 5', JSON.stringify({ version: 1, active: null, progress: { autostart: 5 }, completed: [] })],
    [
      'progress filed under another lesson',
      JSON.stringify({
        version: 1,
        active: null,
        progress: { autostart: { lesson: 'x', done: [], commands: [], complete: false } },
        completed: [],
      }),
    ],
  ])('%s → recovery; the reset starts progress over', async (_name, raw) => {
    open({ [STORE_KEY]: JSON.stringify(lab()), [LESSONS_KEY]: raw, [SETTINGS_KEY]: settings });
    await expectRecovery(LESSONS_KEY, raw, /^lessons(\.|$)/);
    expect(JSON.parse(storage.get(LESSONS_KEY) ?? '')).toMatchObject({ progress: {}, active: null });
  });

  it('a stored latency of one hour is not the lab: the default latency, and the lab answers', async () => {
    open({ [STORE_KEY]: JSON.stringify(lab()), [SETTINGS_KEY]: JSON.stringify({ latencyMs: 3_600_000 }) });
    expect(((await (await fetch(`${base}/settings`)).json()) as LabSettings).latencyMs).toBe(150);
  });
});
