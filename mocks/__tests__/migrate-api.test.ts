import { describe, expect, it } from 'vitest';
import type {
  ApiDomain,
  ApiErrorBody,
  ApiEvent,
  ApiJob,
  LabClock,
  MigrateCheckResult,
  MigrateStarted,
  ShellResult,
  Transcript,
} from '@/lib/api/contract';
import { call, copies, T0, setUpMigrationApi, wall } from './migrate-helpers';

setUpMigrationApi();

const migrate = (name: string, body: Record<string, unknown>, host = 'kvm1') =>
  call<MigrateStarted & ApiErrorBody>('POST', `/hosts/${host}/domains/${name}/migrate`, body);
const job = async (name: string, host = 'kvm1') =>
  (await call<ApiJob>('GET', `/hosts/${host}/domains/${name}/job`)).body;

describe('POST .../migrate starts a migration and answers at once', () => {
  it('runs virsh migrate in the background: 202, the job to watch, the guest still on its source', async () => {
    const r = await migrate('web01', { target: 'kvm2', live: true, persistent: true });
    expect(r.status).toBe(202);
    expect(r.body.transcript).toMatchObject({
      line: 'virsh migrate --live --persistent web01 qemu+ssh://kvm2.lab/system',
      status: 0,
      source: 'button',
    });
    expect(r.body.job.active).toMatchObject({
      source: 'kvm1',
      targetHost: 'kvm2',
      domain: 'web01',
      mode: 'live',
      policy: 'qemu',
      args: { target: 'kvm2', live: true, persistent: true },
    });
    expect(r.body.job.active!.progress).toMatchObject({ time_elapsed: 0, memory_iteration: 1, done: false });
    expect(r.body.domain).toMatchObject({ state: 'running', actions: { suspend: { allowed: false } } });
    const journal = await call<Transcript[]>('GET', '/journal');
    expect(journal.body.at(-1)!.line).toBe('virsh migrate --live --persistent web01 qemu+ssh://kvm2.lab/system');
  });

  it('moves with the lab clock and lands on the target, recorded as transitions and events', async () => {
    const r = await migrate('web01', { target: 'kvm2', live: true });
    const endsAt = r.body.job.active!.endsAt!;
    wall.t = T0 + 5000;
    const mid = await job('web01');
    expect(mid.active!.progress.time_elapsed).toBe(5000);
    expect(mid.active!.progress.memory_processed).toBeGreaterThan(500 * 1048576);
    wall.t = endsAt + 1;
    expect(await copies('web01')).toEqual([
      { host: 'kvm1', state: 'shut off' },
      { host: 'kvm2', state: 'running' },
    ]);
    const moved = await call<ApiDomain>('GET', '/hosts/kvm2/domains/web01');
    expect(moved.body).toMatchObject({ state: 'running', reason: 'migrated', persistent: false });
    const source = await call<ApiDomain>('GET', '/hosts/kvm1/domains/web01');
    expect(source.body.lastTransition).toMatchObject({
      action: 'migrate',
      to: { state: 'shut off', reason: 'migrated' },
    });
    expect((await job('web01', 'kvm2')).last!.stats).toMatchObject({ result: 'completed' });
    const events = await call<ApiEvent[]>('GET', '/events?domain=web01');
    expect(events.body.map((e) => e.text)).toContain("event 'lifecycle' for domain 'web01': Started Migrated");
  });

  it('non-live: the guest is paused (migrating) for the whole copy, then runs on the target', async () => {
    const r = await migrate('web01', { target: 'kvm2' });
    expect(r.body.domain).toMatchObject({ state: 'paused', reason: 'migrating' });
    expect(r.body.job.active!.mode).toBe('offline');
    wall.t = r.body.job.active!.endsAt! + 1;
    expect(await copies('web01')).toEqual([
      { host: 'kvm1', state: 'shut off' },
      { host: 'kvm2', state: 'running' },
    ]);
  });

  it('libvirt --offline --persistent moves only the definition: the guest keeps running at home', async () => {
    const r = await migrate('web01', { target: 'kvm2', offline: true, persistent: true });
    expect(r.body.job.active).toMatchObject({ mode: 'definition-only', plan: { transferred_mib: 0 } });
    wall.t += 1000;
    expect(await copies('web01')).toEqual([
      { host: 'kvm1', state: 'running' },
      { host: 'kvm2', state: 'shut off' },
    ]);
  });

  it('xm migrate on a Xen host: the journal holds the xm line', async () => {
    await call('POST', '/shell', {
      host: 'xen2',
      line: "sed -i 's/^(xend-relocation-server no)/(xend-relocation-server yes)/' /etc/xen/xend-config.sxp",
    });
    await call('POST', '/shell', { host: 'xen2', line: 'service xend restart' });
    const r = await migrate('pv-web', { target: 'xen2', tool: 'xm', live: true }, 'xen1');
    expect(r.status).toBe(202);
    expect(r.body.transcript.line).toBe('xm migrate --live pv-web xen2.lab');
    expect(r.body.job.active).toMatchObject({ policy: 'xen', mode: 'live' });
  });

  it('a Xen job says its stage and the names xl lists the guest by: migrating-<name> (xend), then the switch-over', async () => {
    const r = await migrate('pv-app', { target: 'xen1', tool: 'xm', live: true }, 'xen2');
    expect(r.status).toBe(202);
    expect(r.body.job.active!.xen).toEqual({ stage: 'transfer', sourceName: 'migrating-pv-app', targetName: 'pv-app' });
    const endsAt = r.body.job.active!.endsAt!;
    // The switch-over's 2 s come after the transfer: the guest runs on the target, the source destroys its copy.
    wall.t = endsAt - 1000;
    const switching = (await job('pv-app', 'xen2')).active!;
    expect(switching.xen).toEqual({ stage: 'switchover', sourceName: 'migrating-pv-app', targetName: 'pv-app' });
    expect(switching.progress.done).toBe(true);
    // libvirt's libxl driver has no domainAbortJob: Cancel is refused in every stage, as domjobinfo shows the job.
    const cancel = await call<ApiErrorBody>('DELETE', '/hosts/xen2/domains/pv-app/job');
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.message).toBe(
      'this function is not supported by the connection driver: virDomainAbortJob',
    );
    wall.t = endsAt + 1;
    expect((await job('pv-app', 'xen2')).active).toBeNull();
    expect(await copies('pv-app')).toEqual([
      { host: 'xen1', state: 'running' },
      { host: 'xen2', state: 'shut off' },
    ]);
  });

  it('xl migrate from the dialog: left running; the target restores <name>--incoming until the switch-over', async () => {
    const r = await migrate('pv-app', { target: 'xen1', tool: 'xl', live: true }, 'xen2');
    expect(r.status).toBe(202);
    expect(r.body.transcript).toMatchObject({ line: 'xl migrate pv-app xen1.lab', status: 0 });
    expect(r.body.transcript.stderr).toMatch(/^migration target: Ready to receive domain\.\n/);
    expect(r.body.transcript.stderr).not.toContain('Migration successful');
    const active = r.body.job.active!;
    expect(active).toMatchObject({ line: 'xl migrate pv-app xen1.lab', policy: 'xen' });
    expect(active.xen).toEqual({ stage: 'transfer', sourceName: 'pv-app', targetName: 'pv-app--incoming' });
    wall.t = active.endsAt! - 1000;
    expect((await job('pv-app', 'xen2')).active!.xen).toEqual({
      stage: 'switchover',
      sourceName: 'pv-app--migratedaway',
      targetName: 'pv-app',
    });
    const flags = await migrate('pv-app', { target: 'xen1', tool: 'xl', persistent: true }, 'xen2');
    expect(flags.body.error.message).toBe('xl migrate has no --persistent: it always migrates live');
  });

  it('rejects malformed requests with 4xx and changes nothing', async () => {
    expect((await migrate('web01', {})).status).toBe(400);
    expect((await migrate('web01', { target: 'kvm2', live: 'yes' })).status).toBe(400);
    expect((await migrate('web01', { target: 'kvm2', timeout: 0 })).status).toBe(400);
    expect((await migrate('web01', { target: 'kvm2', tool: 'xm' })).body.error.message).toBe(
      'xm runs on Xen hosts only',
    );
    expect((await migrate('pv-web', { target: 'xen2', tool: 'xm', persistent: true }, 'xen1')).body.error.message).toBe(
      'xm migrate has no --persistent: only --live (and -p PORT)',
    );
    expect((await migrate('web01', { target: 'kvm9' })).status).toBe(404);
    expect((await migrate('nope', { target: 'kvm2' })).status).toBe(404);
    expect(await copies('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
    expect((await job('web01')).active).toBeNull();
  });
});

describe('while a job runs', () => {
  it('the console gets the job-lock error for state changes; read-only commands work', async () => {
    await migrate('web01', { target: 'kvm2', live: true });
    wall.t += 3000;
    const sh = async (line: string) =>
      (await call<ShellResult>('POST', '/shell', { host: 'kvm1', line })).body.transcript;
    expect((await sh('virsh suspend web01')).stderr).toContain(
      'error: Timed out during operation: cannot acquire state change lock',
    );
    const info = await sh('virsh domjobinfo web01');
    expect(info.stdout).toMatch(/^Job type: +Unbounded/);
    expect(info.stdout).toMatch(/Time elapsed: +3000 +ms/);
    expect(info.stdout).toMatch(/Memory processed: +351\.000 MiB/);
    expect((await sh('virsh dominfo web01')).status).toBe(0);
    expect((await sh('virsh list')).stdout).toContain('web01');
    const button = await call<ApiErrorBody>('POST', '/hosts/kvm1/domains/web01/actions/suspend', {});
    expect(button.status).toBe(409);
    expect(button.body.error.code).toBe('OPERATION_TIMEOUT');
  });

  it('a second migration of the same guest is refused', async () => {
    await migrate('web01', { target: 'kvm2', live: true });
    const again = await migrate('web01', { target: 'kvm2', live: true });
    expect(again.status).toBe(409);
  });
});

describe('the lab clock', () => {
  it('runs a job 10x faster while asked, back to 1x when no job runs', async () => {
    const r = await migrate('web01', { target: 'kvm2', live: true });
    expect((await call<LabClock>('PUT', '/lab/clock', { rate: 10 })).body.rate).toBe(10);
    wall.t += 1000;
    expect((await job('web01')).active!.progress.time_elapsed).toBe(10_000);
    wall.t += Math.ceil((r.body.job.active!.endsAt! - T0) / 10);
    expect((await job('web01', 'kvm2')).last!.stats.result).toBe('completed');
    expect((await call<LabClock>('GET', '/lab/clock')).body.rate).toBe(1);
    expect((await call<ApiErrorBody>('PUT', '/lab/clock', { rate: 0 })).status).toBe(400);
  });

  it('skips to the end of a job at once; a job that never converges cannot be skipped', async () => {
    await migrate('web01', { target: 'kvm2', live: true });
    expect((await call<LabClock>('POST', '/hosts/kvm1/domains/web01/job/skip')).status).toBe(200);
    expect(await copies('web01')).toEqual([
      { host: 'kvm1', state: 'shut off' },
      { host: 'kvm2', state: 'running' },
    ]);
    // 24 MiB/s dirtied against a 20 MiB/s link: pre-copy never ends on its own.
    await migrate('db01', { target: 'kvm2', live: true, bandwidth: 20 });
    const stuck = await call<ApiErrorBody>('POST', '/hosts/kvm1/domains/db01/job/skip');
    expect(stuck.status).toBe(409);
    expect((await job('db01')).active!.endsAt).toBeNull();
  });
});

describe("GET .../migrate/check: the dialog's preconditions, on a copy", () => {
  const check = async (host: string, name: string, q: string) =>
    (await call<MigrateCheckResult>('GET', `/hosts/${host}/domains/${name}/migrate/check?${q}`)).body;

  it("all clear for web01 to kvm2, with the model's estimate and the guest's workload", async () => {
    const c = await check('kvm1', 'web01', 'target=kvm2&live=1');
    expect(c.ok).toBe(true);
    expect(c.checks.map((x) => [x.id, x.ok])).toEqual([
      ['state', true],
      ['flags', true],
      ['job', true],
      ['reachable', true],
      ['hypervisor', true],
      ['name', true],
      ['memory', true],
      ['pins', true],
    ]);
    expect(c.command).toEqual({ tool: 'virsh', line: 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system' });
    expect(c.refusal).toBeNull();
    expect(c.estimate).toMatchObject({ converged: true, stop_reason: 'converged' });
    expect(c.workload).toMatchObject({ policy: 'qemu', memoryMib: 2048 });
    expect((await job('web01')).active).toBeNull();
  });

  it("names what fails, and the command's own words", async () => {
    const kvmToXen = await check('kvm1', 'web01', 'target=xen1&live=1');
    expect(kvmToXen.checks.find((x) => x.id === 'hypervisor')).toMatchObject({
      ok: false,
      detail: 'QEMU cannot migrate to Xen',
    });
    expect(kvmToXen.refusal).toBe(
      'this function is not supported by the connection driver: cannot migrate a QEMU domain to a Xen host',
    );
    const xm = await check('xen1', 'pv-web', 'target=xen2&live=1&tool=xm');
    expect(xm.checks.find((x) => x.id === 'relocation')).toMatchObject({ ok: false });
    expect(xm.refusal).toBe("can't connect: [Errno 111] Connection refused");
    const offline = await check('kvm1', 'build01', 'target=kvm2&offline=1');
    expect(offline.checks.find((x) => x.id === 'flags')).toMatchObject({
      ok: false,
      detail: '--offline needs --persistent (it moves only the definition)',
    });
  });
});
