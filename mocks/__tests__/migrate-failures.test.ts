import { describe, expect, it } from 'vitest';
import type {
  ApiDomain,
  ApiDomainSummary,
  ApiErrorBody,
  ApiEvent,
  ApiHost,
  ApiJob,
  MigrateArgs,
  MigrateCheckResult,
  MigrateStarted,
  ShellResult,
} from '@/lib/api/contract';
import { queryFromArgs } from '@/lib/api/migrate-command';
import { call, copies, hostsEdit, runningOnlyOn, startLab, setUpMigrationApi, wall } from './migrate-helpers';

setUpMigrationApi();

/**
 * Through the API, each way a migration fails (target unreachable, relocation refused, host not
 * allowed, not enough memory, a name taken on the target, the link cut, domjobabort, --timeout)
 * leaves exactly one copy of the guest, running where it was (a paused guest stays paused), and a
 * refused start changes nothing.
 */
const migrate = (name: string, body: Record<string, unknown>, host = 'kvm1') =>
  call<MigrateStarted & ApiErrorBody>('POST', `/hosts/${host}/domains/${name}/migrate`, body);
const sh = (host: string, line: string) => call<ShellResult>('POST', '/shell', { host, line });
const lastJob = async (name: string, host = 'kvm1') =>
  (await call<ApiJob>('GET', `/hosts/${host}/domains/${name}/job`)).body;

async function refusedWithNothingChanged(
  name: string,
  host: string,
  body: Record<string, unknown>,
  code: string,
  message: string,
) {
  const before = await copies(name);
  // The dialog's check saw it coming: a failing precondition, and the command's own words.
  const check = await call<MigrateCheckResult>(
    'GET',
    `/hosts/${host}/domains/${name}/migrate/check?${queryFromArgs(body as unknown as MigrateArgs)}`,
  );
  expect(check.body.refusal).toBe(message);
  expect(check.body.checks.filter((c) => !c.ok).length, JSON.stringify(check.body.checks)).toBeGreaterThan(0);
  const r = await migrate(name, body, host);
  expect(r.status).toBe(409);
  expect(r.body.error).toMatchObject({ code, message });
  expect(await copies(name)).toEqual(before);
  expect((await lastJob(name, host)).active).toBeNull();
  return r;
}

/** xen2's xend accepts relocations, from hosts matching `allow`: edited and re-read as an admin would. */
async function xen2Relocation(allow: string) {
  await sh('xen2', "sed -i 's/^(xend-relocation-server no)/(xend-relocation-server yes)/' /etc/xen/xend-config.sxp");
  await sh(
    'xen2',
    `sed -i "s/^(xend-relocation-hosts-allow .*)/(xend-relocation-hosts-allow '${allow}')/" /etc/xen/xend-config.sxp`,
  );
  expect((await sh('xen2', 'service xend restart')).body.transcript.status).toBe(0);
}

describe('refused before anything moves', () => {
  it('target unreachable (virsh: ssh has no route; xm: the connection times out)', async () => {
    const down = await call<ApiHost>('PATCH', '/hosts/kvm2', { reachable: false });
    expect(down.body).toMatchObject({ name: 'kvm2', reachable: false });
    await refusedWithNothingChanged(
      'web01',
      'kvm1',
      { target: 'kvm2', live: true },
      'SYSTEM_ERROR',
      'Cannot recv data: ssh: connect to host kvm2.lab port 22: No route to host: Connection reset by peer',
    );
    await xen2Relocation('');
    await call('PATCH', '/hosts/xen2', { reachable: false });
    await refusedWithNothingChanged(
      'pv-web',
      'xen1',
      { target: 'xen2', tool: 'xm', live: true },
      'XEND_ERROR',
      "can't connect: timed out",
    );
    expect(await runningOnlyOn('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
  });

  it('relocation refused: xen2 runs no relocation server (as shipped)', async () => {
    const r = await refusedWithNothingChanged(
      'pv-web',
      'xen1',
      { target: 'xen2', tool: 'xm', live: true },
      'XEND_ERROR',
      "can't connect: [Errno 111] Connection refused",
    );
    expect(r.body.error.transcript?.line).toBe('xm migrate --live pv-web xen2.lab');
    expect(await runningOnlyOn('pv-web')).toEqual([{ host: 'xen1', state: 'running' }]);
  });

  it('host not allowed: xen2 accepts relocations only from KVM hosts; the stream is dropped', async () => {
    await xen2Relocation('^kvm');
    await refusedWithNothingChanged(
      'pv-web',
      'xen1',
      { target: 'xen2', tool: 'xm', live: true },
      'XEND_ERROR',
      '/usr/lib/xen/bin/xc_save 24 1 0 0 1 failed',
    );
    expect(await runningOnlyOn('pv-web')).toEqual([{ host: 'xen1', state: 'running' }]);
  });

  it('not enough memory on the target', async () => {
    startLab(hostsEdit('kvm2', (h) => ({ ...h, memoryKiB: 3 * 1048576 })));
    await refusedWithNothingChanged(
      'web01',
      'kvm1',
      { target: 'kvm2', live: true },
      'INTERNAL_ERROR',
      "internal error: process exited while connecting to monitor: cannot set up guest memory 'pc.ram': Cannot allocate memory",
    );
    expect(await runningOnlyOn('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
  });

  it('another domain of that name already on the target (same name, other UUID)', async () => {
    // The same UUID would be this very domain's kept definition, which libvirt lets a migration activate.
    const other = 'ffffffff-0000-4000-8000-00000000abcd';
    const xml = (await call<ApiDomain>('GET', '/hosts/kvm1/domains/web01')).body.xml.inactive!.replace(
      /<uuid>[^<]+<\/uuid>/,
      `<uuid>${other}</uuid>`,
    );
    await fetch('http://lab.test/api/hosts/kvm2/files?path=/root/web01.xml', { method: 'PUT', body: xml });
    expect((await sh('kvm2', 'virsh define /root/web01.xml')).body.transcript.status).toBe(0);
    await refusedWithNothingChanged(
      'web01',
      'kvm1',
      { target: 'kvm2', live: true },
      'OPERATION_FAILED',
      `operation failed: domain 'web01' already exists with uuid ${other}`,
    );
    expect(await runningOnlyOn('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
  });
});

describe('failing or stopped mid-copy', () => {
  it('the link is cut mid-copy: the job fails, the guest runs on at its source', async () => {
    await migrate('web01', { target: 'kvm2', live: true });
    wall.t += 4000;
    const cut = await call<{ job: ApiJob; events: ApiEvent[] }>('POST', '/hosts/kvm1/domains/web01/job/cut');
    expect(cut.body.job).toMatchObject({ active: null, last: { stats: { result: 'failed' } } });
    // The target drops the guest it was receiving.
    expect(cut.body.events.map((e) => `${e.host} ${e.text}`)).toEqual([
      "kvm1 event 'job' for domain 'web01': Job Failed: the connection to the target broke",
      "kvm2 event 'lifecycle' for domain 'web01': Stopped Failed",
    ]);
    expect(await copies('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
    expect((await call<ApiErrorBody>('POST', '/hosts/kvm1/domains/web01/job/cut')).status).toBe(409);
  });

  it('a Xen job cut mid-copy: the job panel says what the tool that ran it printed (xl, xend, or libvirt)', async () => {
    await migrate('pv-app', { target: 'xen1', tool: 'xl', live: true }, 'xen2');
    wall.t += 1000;
    const xl = await call<{ job: ApiJob }>('POST', '/hosts/xen2/domains/pv-app/job/cut');
    expect(xl.body.job.last).toMatchObject({
      stats: { result: 'failed' },
      error: 'migration sender: libxl_domain_suspend failed (rc=-3)\nMigration failed, resuming at sender.',
    });
    await migrate('pv-app', { target: 'xen1', tool: 'virsh', live: true }, 'xen2');
    wall.t += 1000;
    const virsh = await call<{ job: ApiJob }>('POST', '/hosts/xen2/domains/pv-app/job/cut');
    expect(virsh.body.job.last?.error).toBe(
      'error: operation failed: Failed to send migration data to destination host',
    );
    expect(await copies('pv-app')).toEqual([{ host: 'xen2', state: 'running' }]);
  });

  it('the target drops off the network during a non-live copy: the paused guest resumes at its source', async () => {
    const r = await migrate('web01', { target: 'kvm2' });
    expect(r.body.domain).toMatchObject({ state: 'paused', reason: 'migrating' });
    wall.t += 2000;
    await call('PATCH', '/hosts/kvm2', { reachable: false });
    expect(await copies('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
    expect((await call<ApiDomain>('GET', '/hosts/kvm1/domains/web01')).body).toMatchObject({
      reason: 'migration canceled',
    });
  });

  it('a guest the user had paused stays paused when its link is cut', async () => {
    await migrate('win10', { target: 'kvm2', live: true });
    wall.t += 1000;
    await call('POST', '/hosts/kvm1/domains/win10/job/cut');
    expect(await copies('win10')).toEqual([{ host: 'kvm1', state: 'paused' }]);
  });

  it('domjobabort (the Cancel button) mid-copy', async () => {
    await migrate('web01', { target: 'kvm2' });
    wall.t += 3000;
    const r = await call<MigrateStarted>('DELETE', '/hosts/kvm1/domains/web01/job');
    expect(r.status).toBe(200);
    expect(r.body.transcript).toMatchObject({ line: 'virsh domjobabort web01', status: 0 });
    expect(r.body.job).toMatchObject({ active: null, last: { stats: { result: 'canceled' } } });
    expect(await copies('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
    expect((await call<ApiErrorBody>('DELETE', '/hosts/kvm1/domains/web01/job')).body.error.message).toBe(
      'Requested operation is not valid: no job is active on the domain',
    );
  });

  it('--timeout: a migration that cannot converge is suspended, then finishes as a paused copy; one copy runs, on the target', async () => {
    // 24 MiB/s dirtied against a 20 MiB/s link: without --timeout it would copy forever.
    const r = await migrate('web01', { target: 'kvm2', live: true, bandwidth: 20, timeout: 5 });
    const job = r.body.job.active!;
    expect(job.plan.stop_reason).toBe('timeout');
    wall.t += 50_000;
    // Suspended at its source; the target holds the arriving copy, paused, until the copy ends.
    expect(await runningOnlyOn('web01')).toEqual([
      { host: 'kvm1', state: 'paused' },
      { host: 'kvm2', state: 'paused' },
    ]);
    expect((await lastJob('web01')).active!.progress).toMatchObject({ paused: true, memory_iteration: 1 });
    wall.t = job.endsAt! + 1;
    expect(await runningOnlyOn('web01')).toEqual([{ host: 'kvm2', state: 'running' }]);
  });

  it('the target lists the arriving guest paused; only Destroy is offered there, and it fails the migration', async () => {
    await migrate('web01', { target: 'kvm2', live: true });
    wall.t += 2000;
    const list = (await call<ApiDomainSummary[]>('GET', '/domains')).body;
    const arriving = list.find((d) => d.host === 'kvm2' && d.name === 'web01')!;
    expect(arriving).toMatchObject({ state: 'paused', reason: 'migrating' });
    expect(arriving.actions.destroy).toEqual({ allowed: true });
    expect(arriving.actions.resume).toEqual({
      allowed: false,
      why: 'resume: the domain is still arriving by migration (destroy stops it)',
      code: 'arriving',
    });
    const refused = await call<ApiErrorBody>('POST', '/hosts/kvm2/domains/web01/actions/resume', {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(
      /cannot acquire state change lock \(held by monitor=remoteDispatchDomainMigratePrepare3Params\)/,
    );
    const destroyed = await call<{ events: ApiEvent[] }>('POST', '/hosts/kvm2/domains/web01/actions/destroy', {});
    expect(destroyed.status).toBe(200);
    expect(await copies('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
    expect(await lastJob('web01')).toMatchObject({ active: null, last: { stats: { result: 'failed' } } });
  });

  it('--timeout cancelled while suspended: the guest resumes at its source', async () => {
    await migrate('web01', { target: 'kvm2', live: true, bandwidth: 20, timeout: 5 });
    wall.t += 50_000;
    await call('DELETE', '/hosts/kvm1/domains/web01/job');
    expect(await copies('web01')).toEqual([{ host: 'kvm1', state: 'running' }]);
  });
});
