import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDomain, ApiEvent, ApiJob, ApiMigrationStats, MigrateStarted } from '@/lib/api/contract';
import { refusal } from '../../guard';
import { libvirtUris } from '../connections';
import { type Backend, createBackend } from '../context';
import { serve } from '../serve';

/**
 * Migration between two real libvirt daemons, through the real backend's API — what
 * `VIRTLAB_LIBVIRT_URI=uri1,uri2 npm start` serves. Needs the daemons (README "On a real libvirt"):
 *   U=$(sudo scripts/two-daemons.sh start) && VIRTLAB_TEST_DAEMONS=$U npx vitest run two-daemons
 * CI installs only libvirt-clients (no daemon), so there this file is skipped, and says so.
 */
const uris = libvirtUris({ VIRTLAB_LIBVIRT_URI: process.env.VIRTLAB_TEST_DAEMONS });
const ready = uris.length === 2;
if (!ready)
  console.warn(
    '\n*** two-daemons.real.test.ts SKIPPED: set VIRTLAB_TEST_DAEMONS=uri1,uri2 (scripts/two-daemons.sh start) to migrate between real libvirt daemons ***\n',
  );

const GUEST = 'virtlab-tiny';
// A guest with no disk and no network: SeaBIOS finds nothing to boot and waits, which is all a migration needs.
const XML = `<domain type='qemu'><name>${GUEST}</name><memory unit='MiB'>48</memory><vcpu>1</vcpu>
<os><type arch='x86_64' machine='pc'>hvm</type></os><devices><memballoon model='none'/></devices></domain>`;
const virsh = (uri: string, ...args: string[]) =>
  execFileSync('virsh', ['-c', uri, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const quietly = (f: () => unknown) => {
  try {
    f();
  } catch {
    /* not there */
  }
};

let backend: Backend;
async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const request = new Request(`http://127.0.0.1:3000/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const r = refusal(request, { NODE_ENV: 'test' }) ?? (await serve(backend, request));
  return { status: r.status, body: (await r.json()) as T };
}

describe.skipIf(!ready)('migration between two real libvirt daemons', () => {
  beforeAll(() => {
    for (const u of uris) quietly(() => virsh(u, 'destroy', GUEST));
    for (const u of uris) quietly(() => virsh(u, 'undefine', GUEST));
    const file = join(mkdtempSync(join(tmpdir(), 'virtlab-')), 'tiny.xml');
    writeFileSync(file, XML);
    virsh(uris[0], 'define', file);
    backend = createBackend({ uris });
  });
  afterAll(() => {
    for (const stop of backend?.stopEvents ?? []) stop();
    for (const c of backend?.connections ?? []) c.virsh.close();
    for (const u of uris) quietly(() => virsh(u, 'destroy', GUEST));
    for (const u of uris) quietly(() => virsh(u, 'undefine', GUEST));
  });

  it('starts the guest, migrates it live through the API, and reads the job, states and events libvirt reports', async () => {
    const [source, target] = backend.connections.map((c) => c.name);
    const started = await call<{ domain: ApiDomain }>('POST', `/hosts/${source}/domains/${GUEST}/actions/start`, {});
    expect(started.status).toBe(200);
    expect(started.body.domain).toMatchObject({ state: 'running', reason: 'booted' });

    const check = await call<{ ok: boolean; command: { line: string } }>(
      'GET',
      `/hosts/${source}/domains/${GUEST}/migrate/check?target=${target}&live=1`,
    );
    expect(check.body.ok).toBe(true);
    expect(check.body.command.line).toBe(`virsh migrate --live ${GUEST} '${uris[1]}'`);
    const r = await call<MigrateStarted>('POST', `/hosts/${source}/domains/${GUEST}/migrate`, {
      target,
      live: true,
    });
    expect(r.status).toBe(202);

    // The job panel's source: the completed job's figures, in bytes whatever unit virsh printed.
    const job = async () => (await call<ApiJob>('GET', `/hosts/${source}/domains/${GUEST}/job`)).body;
    await expect
      .poll(async () => (await job()).last?.stats.result, { timeout: 60_000, interval: 500 })
      .toBe('completed');
    const stats = (await job()).last!.stats as ApiMigrationStats;
    expect(stats.memory_total).toBeGreaterThan(40 * 1024 * 1024);
    expect(stats.memory_total).toBeLessThan(64 * 1024 * 1024);
    expect(stats.downtime_ms).toBeGreaterThan(0);
    // virsh printed "Data processed: 573.119 KiB" beside "Memory total: 48.508 MiB": each in its unit.
    expect(stats.data_processed).toBeGreaterThan(0);
    expect(stats.data_processed).toBeLessThanOrEqual(stats.memory_total);
    // Read again: libvirt forgets completed figures once read unless kept; the panel must not.
    expect((await job()).last?.stats).toEqual(stats);

    const there = await call<ApiDomain>('GET', `/hosts/${target}/domains/${GUEST}`);
    expect(there.body).toMatchObject({ state: 'running', reason: 'migrated', persistent: false });
    const here = await call<ApiDomain>('GET', `/hosts/${source}/domains/${GUEST}`);
    expect(here.body).toMatchObject({ state: 'shut off', reason: 'migrated' });

    // Events from each daemon's own stream (virsh event --all --loop), not made up by the server.
    const words = async (host: string) =>
      (await call<ApiEvent[]>('GET', `/events?host=${host}&domain=${GUEST}`)).body
        .filter((e) => e.type === 'lifecycle')
        .map((e) => `${e.event} ${e.detail}`);
    await expect.poll(() => words(target), { timeout: 10_000 }).toEqual(['Started Migrated', 'Resumed Migrated']);
    // QEMU starts with its vCPUs stopped and libvirt lets them run: a start reports Resumed, then Started.
    await expect
      .poll(() => words(source), { timeout: 10_000 })
      .toEqual(['Resumed Unpaused', 'Started Booted', 'Suspended Migrated', 'Stopped Migrated']);
  }, 120_000);
});
