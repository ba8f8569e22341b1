import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  ActionResult,
  ApiDomain,
  ApiDomainSummary,
  ApiErrorBody,
  ApiEvent,
  ShellResult,
} from '@/lib/api/contract';
import { server } from '../node';
import { createStore, STORE_KEY, installStore, type StorageLike } from '../store';

const base = 'http://lab.test/api';
const memory = (init: Record<string, string> = {}): StorageLike => {
  const m = new Map(Object.entries(init));
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
};
const get = async <T>(path: string) => {
  const r = await fetch(`${base}${path}`);
  return { status: r.status, body: (await r.json()) as T };
};
const post = async <T>(path: string, body: unknown) => {
  const r = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as T };
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
const fresh = (storage = memory()) => {
  const s = createStore(storage);
  s.setSettings({ latencyMs: 0 });
  return s;
};
beforeEach(() => installStore(fresh()));

describe('domain actions', () => {
  it('suspends through virsh and reports the transition and event', async () => {
    const r = await post<ActionResult>('/hosts/kvm1/domains/web01/actions/suspend', {});
    expect(r.status).toBe(200);
    expect(r.body.transcript.line).toBe('virsh suspend web01');
    expect(r.body.transcript.stdout).toBe("Domain 'web01' suspended\n\n");
    expect(r.body.transition).toMatchObject({
      action: 'suspend',
      from: { state: 'running' },
      to: { state: 'paused', reason: 'user' },
    });
    expect(r.body.events.map((e) => e.text)).toEqual(["event 'lifecycle' for domain 'web01': Suspended Paused"]);
    const d = await get<ApiDomain>('/hosts/kvm1/domains/web01');
    expect(d.body.state).toBe('paused');
    expect(d.body.actions.resume).toEqual({ allowed: true });
    expect(d.body.actions.suspend).toEqual({
      allowed: false,
      why: 'suspend: the domain is not running',
      code: 'notRunning',
    });
  });

  it("answers a refused operation with 409 and libvirt's message, kept in the event log", async () => {
    const r = await post<ApiErrorBody>('/hosts/kvm1/domains/build01/actions/suspend', {});
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({
      code: 'OPERATION_INVALID',
      message: 'Requested operation is not valid: domain is not running',
    });
    const events = await get<ApiEvent[]>('/events?domain=build01');
    expect(events.body.at(-1)).toMatchObject({
      type: 'error',
      detail: 'Requested operation is not valid: domain is not running',
    });
  });

  it('rejects malformed requests with 4xx and changes nothing', async () => {
    expect((await post<ApiErrorBody>('/hosts/kvm1/domains/web01/actions/explode', {})).status).toBe(400);
    expect(
      (await post<ApiErrorBody>('/hosts/kvm1/domains/web01/actions/setmem', { size: -1, unit: 'MiB' })).status,
    ).toBe(400);
    expect((await post<ApiErrorBody>('/hosts/nope/domains/web01/actions/start', {})).status).toBe(404);
    expect((await post<ApiErrorBody>('/hosts/kvm1/domains/nope/actions/start', {})).status).toBe(404);
    const r = await fetch(`${base}/hosts/kvm1/domains/web01/actions/suspend`, { method: 'POST', body: 'not json' });
    expect(r.status).toBe(400);
    expect((await get<ApiDomain>('/hosts/kvm1/domains/web01')).body.state).toBe('running');
  });

  it('saves to a file and restores from it', async () => {
    expect((await post<ActionResult>('/hosts/kvm1/domains/web01/actions/save', { file: 'web01.sav' })).status).toBe(
      200,
    );
    const files = await get<{ path: string; kind: string; domain?: string }[]>('/hosts/kvm1/files');
    expect(files.body).toContainEqual(
      expect.objectContaining({ path: '/root/web01.sav', kind: 'save-image', domain: 'web01' }),
    );
    const r = await post<ActionResult>('/hosts/kvm1/domains/web01/actions/restore', { file: '/root/web01.sav' });
    expect(r.body.transition).toMatchObject({ action: 'restore', to: { state: 'running', reason: 'restored' } });
  });

  it('sets memory with units and flags', async () => {
    const r = await post<ActionResult>('/hosts/kvm1/domains/web01/actions/setmem', {
      size: 1536,
      unit: 'MiB',
      mode: 'live',
    });
    expect(r.body.transcript.line).toBe('virsh setmem web01 1536M --live');
    expect((await get<ApiDomain>('/hosts/kvm1/domains/web01')).body.live?.memoryKiB).toBe(1536 * 1024);
  });
});

describe('jobs', () => {
  it('reports no job on an idle domain, 404 on an unknown one', async () => {
    expect((await get('/hosts/kvm1/domains/web01/job')).body).toEqual({ active: null, last: null });
    expect((await get('/hosts/kvm1/domains/nope/job')).status).toBe(404);
  });
});

describe('shell and the world agree', () => {
  it('runs a typed line and the domain list shows it', async () => {
    const r = await post<ShellResult>('/shell', { host: 'kvm1', line: 'virsh start build01' });
    expect(r.body.transcript).toMatchObject({ stdout: "Domain 'build01' started\n\n", status: 0 });
    const list = await get<ApiDomainSummary[]>('/domains');
    expect(list.body.find((d) => d.name === 'build01')?.state).toBe('running');
    const d = await get<ApiDomain>('/hosts/kvm1/domains/build01');
    expect(d.body.lastTransition).toMatchObject({
      action: 'start',
      command: 'virsh start build01',
      from: { state: 'shut off' },
      to: { state: 'running' },
    });
  });
  it('validates the body', async () => {
    expect((await post<ApiErrorBody>('/shell', { line: 'virsh list' })).status).toBe(400);
    expect((await post<ApiErrorBody>('/shell', { host: 'zzz', line: 'virsh list' })).status).toBe(404);
  });
});

describe('stored lab', () => {
  it('keeps the world across a new store on the same storage', async () => {
    const storage = memory();
    installStore(fresh(storage));
    await post('/hosts/kvm1/domains/web01/actions/suspend', {});
    installStore(fresh(storage));
    expect((await get<ApiDomain>('/hosts/kvm1/domains/web01')).body.state).toBe('paused');
  });
  it('answers 503 on a corrupt store until reset', async () => {
    installStore(fresh(memory({ [STORE_KEY]: '{"version":1,"lab":' })));
    expect((await get<{ status: string; problem: string }>('/lab')).body).toMatchObject({
      status: 'unreadable',
      problem: 'corrupt',
    });
    expect((await get<ApiErrorBody>('/domains')).status).toBe(503);
    expect(await (await fetch(`${base}/lab/raw`)).text()).toBe('{"version":1,"lab":');
    await post('/lab/reset', {});
    expect((await get<ApiDomainSummary[]>('/domains')).status).toBe(200);
  });
  it('calls an older version unreadable', async () => {
    installStore(fresh(memory({ [STORE_KEY]: JSON.stringify({ version: 0, lab: {} }) })));
    expect((await get<{ problem: string }>('/lab')).body.problem).toBe('old-version');
  });
});
