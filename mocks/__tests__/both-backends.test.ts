import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActionResult,
  ApiDomain,
  ApiDomainSummary,
  ApiErrorBody,
  ApiEvent,
  ShellResult,
} from '@/lib/api/contract';
import { server } from '../node';
import { type ApiClient, hasVirsh, libvirtClient, mockClient } from './both-backends';

if (!hasVirsh)
  console.warn(
    '\n*** virsh is missing: the real-libvirt half of both-backends.test.ts is SKIPPED (apt-get install libvirt-clients) ***\n',
  );

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const backends = [['mock', mockClient], ...(hasVirsh ? [['libvirt', () => libvirtClient()] as const] : [])] as const;

/** What a click shows: the transcript, the state change, the event, and the row after it. */
async function click(api: ApiClient, action: string, body: unknown = {}) {
  const r = await api.call<ActionResult & ApiErrorBody>('POST', `/hosts/test/domains/test/actions/${action}`, body);
  const row = (await api.call<ApiDomainSummary[]>('GET', '/domains')).body.find((d) => d.name === 'test');
  return {
    status: r.status,
    line: r.body.transcript?.line,
    stdout: r.body.transcript?.stdout,
    stderr: r.body.transcript?.stderr,
    error: r.body.error ? { code: r.body.error.code, message: r.body.error.message } : undefined,
    transition: r.body.transition
      ? { action: r.body.transition.action, from: r.body.transition.from, to: r.body.transition.to }
      : null,
    events: r.body.events?.map((e) => e.text),
    row: row && {
      state: row.state,
      reason: row.reason,
      id: row.id,
      memoryKiB: row.memoryKiB,
      vcpus: row.vcpus,
      autostart: row.autostart,
      managedSave: row.managedSave,
    },
  };
}

/** A scenario's clicks on one backend, from test:///default's world. */
async function play(make: () => ApiClient, clicks: [string, unknown?][]) {
  const api = make();
  try {
    const out = [];
    for (const [action, body] of clicks) out.push(await click(api, action, body));
    return out;
  } finally {
    api.close();
  }
}

const scenarios: Record<string, [string, unknown?][]> = {
  'suspend, suspend again, resume': [['suspend'], ['suspend'], ['resume']],
  'destroy, start paused, resume, reset, reboot': [
    ['destroy'],
    ['start', { paused: true }],
    ['resume'],
    ['reset'],
    ['reboot'],
  ],
  'shutdown, start twice': [['shutdown'], ['start'], ['start']],
  'setmem, setmaxmem live (refused), setvcpus, vcpupin, autostart': [
    ['setmem', { size: 1024, unit: 'MiB', mode: 'live' }],
    ['setmaxmem', { size: 4, unit: 'GiB', mode: 'live' }],
    ['setvcpus', { count: 1, mode: 'live' }],
    ['vcpupin', { vcpu: 0, cpulist: '1-2', mode: 'live' }],
    ['autostart', { enable: true }],
    ['autostart', { enable: false }],
  ],
  'destroy, undefine': [['destroy'], ['undefine']],
  'domrename while running (refused)': [['domrename', { newName: 'test2' }]],
};

describe.skipIf(!hasVirsh)('the same clicks on the mock and on test:///default through real virsh', () => {
  for (const [name, clicks] of Object.entries(scenarios)) {
    it(name, async () => {
      const mock = await play(mockClient, clicks);
      const real = await play(() => libvirtClient(), clicks);
      if (process.env.DEBUG_BOTH) console.log(JSON.stringify({ mock, real }, null, 1));
      expect(real).toEqual(mock);
    });
  }
});

describe.each(backends)('%s backend', (_name, make) => {
  let api: ApiClient;
  afterEach(() => api?.close());

  it('lists test:///default: one running domain, test', async () => {
    api = make();
    const d = await api.call<ApiDomain>('GET', '/hosts/test/domains/test');
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({
      name: 'test',
      state: 'running',
      uuid: '6695eb01-f6a4-8304-79aa-97f2502e193f',
      memoryKiB: 2097152,
      maxMemoryKiB: 8388608,
      vcpus: 2,
      onCrash: 'destroy',
    });
    expect(d.body.live?.pinning).toHaveLength(2);
    expect(d.body.xml.live).toContain('<name>test</name>');
    expect(d.body.actions.suspend).toEqual({ allowed: true });
    expect(d.body.actions.start).toMatchObject({ allowed: false });
  });

  it("on the test driver, save, managedsave and migrate are disabled with libvirt's reason (the mock runs them)", async () => {
    api = make();
    const d = await api.call<ApiDomain>('GET', '/hosts/test/domains/test');
    const r = await api.call<ApiErrorBody>('POST', '/hosts/test/domains/test/actions/managedsave', {});
    if (api.name === 'mock') {
      expect([d.body.actions.managedsave, r.status]).toEqual([{ allowed: true }, 200]);
      return;
    }
    for (const a of ['save', 'managedsave', 'migrate'] as const)
      expect(d.body.actions[a]).toMatchObject({ allowed: false, why: expect.stringContaining('virDomainGetJobInfo') });
    expect([r.status, r.body.error.code]).toEqual([409, 'NO_SUPPORT']);
    expect((await api.call<ApiDomain>('GET', '/hosts/test/domains/test')).body.state).toBe('running');
  });

  it('refuses malformed requests with the same 400s, and unknown domains with 404', async () => {
    api = make();
    const bad = [
      ['POST', '/hosts/test/domains/test/actions/fly', {}],
      ['POST', '/hosts/test/domains/test/actions/setmem', { size: -1, unit: 'MiB' }],
      ['POST', '/hosts/test/domains/test/actions/vcpupin', { vcpu: 0, cpulist: '--config' }],
      ['POST', '/hosts/test/domains/test/actions/suspend', { extra: 1 }],
      ['POST', '/shell', { host: 'test', line: 'virsh list', evil: true }],
    ] as const;
    for (const [m, p, b] of bad) {
      const r = await api.call<ApiErrorBody>(m, p, b);
      expect([r.status, r.body.error.code], p).toEqual([400, 'BAD_REQUEST']);
    }
    const none = await api.call<ApiErrorBody>(
      'POST',
      `/hosts/test/domains/${encodeURIComponent('x;$(touch /tmp/virtlab-pwned)')}/actions/start`,
      {},
    );
    expect(none.status).toBe(404);
    expect((await api.call<ApiErrorBody>('GET', '/hosts/nohost/domains')).status).toBe(404);
    expect((await api.call('PUT', '/domains')).status).toBe(405);
  });

  it('runs console lines and records them in the journal; a failure joins the events', async () => {
    api = make();
    const r = await api.call<ShellResult>('POST', '/shell', { host: 'test', line: 'virsh domstate test --reason' });
    expect(r.body.transcript).toMatchObject({ status: 0, stdout: 'running (unknown)\n\n' });
    const f = await api.call<ShellResult>('POST', '/shell', { host: 'test', line: 'virsh resume test' });
    expect(f.body.transcript.stderr).toContain("internal error: domain 'test' not paused");
    const journal = await api.call<{ line: string }[]>('GET', '/journal');
    expect(journal.body.map((t) => t.line)).toEqual(['virsh domstate test --reason', 'virsh resume test']);
    const events = await api.call<ApiEvent[]>('GET', '/events');
    expect(events.body.filter((e) => e.type === 'error').map((e) => e.text)).toEqual([
      "virsh resume test: internal error: domain 'test' not paused",
    ]);
  });
});
