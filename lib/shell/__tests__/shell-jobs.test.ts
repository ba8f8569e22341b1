import { describe, expect, it } from 'vitest';
import { migrationEndsAt } from '../../sim/ops/migrate/advance';
import { migrationCutLink } from '../../sim/ops/network';
import { domainByName, requireHost } from '../../sim/world';
import { Console } from '../xen/__tests__/lab';

/** xen2's console with pv-app grown to 4 GiB: about 40 s over the lab's link, time to look around. */
function bigGuest(): Console {
  const c = new Console(undefined, 'xen2');
  c.run('xm mem-max pv-app 4096');
  c.run('xm mem-set pv-app 4096');
  return c;
}
const on = (c: Console, host: string, line: string) => new Console(c.world, host, c.now).run(line);

describe('bash job control at a lab console: `xl migrate … &` (decision 050)', () => {
  it('starts a job: [1] and its pid, then what xl prints before the memory is across; the prompt comes back', () => {
    const c = bigGuest();
    const r = c.run('xl migrate pv-app xen1 &');
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/^\[1\] \d+\nmigration target: Ready to receive domain\.\n/);
    expect(r.err).not.toContain('Migration successful');
    expect(c.run('jobs').out).toBe('[1]+  Running                 xl migrate pv-app xen1 &\n');
    expect(c.run('jobs -l').out).toMatch(/^\[1\]\+ \d+ Running {17}xl migrate pv-app xen1 &\n$/);
    expect(c.run('jobs -p').out).toMatch(/^\d+\n$/);
  });

  it('while it runs, xl list shows the guest on both hosts under the names xl gives it', () => {
    const c = bigGuest();
    c.run('xl migrate pv-app xen1 &');
    c.wait(5);
    expect(c.run('xl list').out).toMatch(/\npv-app +1 +4096 +1 +r-----/);
    expect(on(c, 'xen1', 'xl list').out).toMatch(/\npv-app--incoming +\d+ +4096 +1 +--p---/);
  });

  it('once the migration ends, the next line prints the rest of xl’s dialogue, then bash’s Done line', () => {
    const c = bigGuest();
    c.run('xl migrate pv-app xen1 &');
    c.wait(120);
    const r = c.run('xl list');
    expect(r.out).not.toContain('pv-app');
    expect(r.err).toBe(
      [
        'migration sender: Target has acknowledged transfer.',
        'migration sender: Giving target permission to start.',
        'migration target: Transfer complete, requesting permission to start domain.',
        'migration target: Got permission, starting domain.',
        'migration target: Domain started successsfully.',
        'migration sender: Target reports successful startup.',
        'Migration successful.',
        '[1]+  Done                    xl migrate pv-app xen1',
        '',
      ].join('\n'),
    );
    // bash forgets the job once it has said so.
    expect(c.run('jobs').out).toBe('');
  });

  it('fg prints the command and waits for the migration; no Done line follows', () => {
    const c = bigGuest();
    c.run('xl migrate pv-app xen1 &');
    const r = c.run('fg');
    expect(r.out).toBe('xl migrate pv-app xen1\n');
    expect(r.err).toMatch(/Migration successful\.\n$/);
    expect(r.status).toBe(0);
    expect(domainByName(requireHost(c.world, 'xen1'), 'pv-app')?.state).toBe('running');
    expect(c.run('true').err).toBe('');
  });

  it('wait %1 waits and returns the job’s status; the Done line comes before the prompt', () => {
    const c = bigGuest();
    c.run('xm migrate --live pv-app xen1 &');
    const r = c.run('wait %1');
    expect(r.status).toBe(0);
    expect(r.err).toBe('[1]+  Done                    xm migrate --live pv-app xen1\n');
  });

  it('a cut link fails the job with xl’s own words and bash’s Exit line', () => {
    const c = bigGuest();
    c.run('xl migrate pv-app xen1 &');
    c.wait(3);
    const uuid = domainByName(requireHost(c.world, 'xen2'), 'pv-app')!.uuid;
    const cut = migrationCutLink({ world: c.world, host: 'xen2', now: c.now }, uuid);
    if (!cut.ok) throw new Error(cut.error.message);
    c.world = cut.value.world;
    expect(c.run('true').err).toBe(
      'migration sender: libxl_domain_suspend failed (rc=-3)\nMigration failed, resuming at sender.\n' +
        '[1]+  Exit 3                  xl migrate pv-app xen1\n',
    );
    expect(c.run('xl list').out).toMatch(/\npv-app +1 +4096 +1 +r-----/);
  });

  it('xm migrate cut mid-copy ends with xend’s fault and xm’s usage, exit 1', () => {
    const c = bigGuest();
    c.run('xm migrate --live pv-app xen1 &');
    c.wait(3);
    const uuid = domainByName(requireHost(c.world, 'xen2'), 'pv-app')!.uuid;
    const cut = migrationCutLink({ world: c.world, host: 'xen2', now: c.now }, uuid);
    if (!cut.ok) throw new Error(cut.error.message);
    c.world = cut.value.world;
    const r = c.run('true');
    expect(r.err).toBe(
      'Error: /usr/lib/xen/bin/xc_save 24 1 0 0 1 failed\n[1]+  Exit 1                  xm migrate --live pv-app xen1\n',
    );
    expect(r.out).toMatch(/^Usage: xm migrate /);
  });

  it('virsh domjobabort on a Xen host: libxl has no domainAbortJob, in every stage of the job', () => {
    const c = bigGuest();
    c.run('virsh migrate --live pv-app xen+ssh://xen1.lab/system &');
    c.wait(3);
    expect(c.run('virsh domjobinfo pv-app').out).toMatch(/^Job type: +Unbounded/);
    // virsh prints its error, then the empty line it ends every failed command with.
    expect(c.run('virsh domjobabort pv-app')).toEqual({
      out: '\n',
      err: 'error: this function is not supported by the connection driver: virDomainAbortJob\n',
      status: 1,
    });
    // In the switch-over too: domjobinfo still shows the job libvirt holds, and abort is still not there.
    c.now = migrationEndsAt(domainByName(requireHost(c.world, 'xen2'), 'pv-app')!)! - 1000;
    expect(c.run('virsh domjobinfo pv-app').out).toMatch(/^Job type: +Unbounded/);
    expect(c.run('virsh domjobabort pv-app').err).toMatch(/virDomainAbortJob\n$/);
  });

  it('any other command in the background has ended at once: Done at the next prompt, not on its own line', () => {
    const c = new Console(undefined, 'xen2');
    const r = c.run('xl list > /root/l.txt &');
    expect(r.err).toMatch(/^\[1\] \d+\n$/);
    expect(c.file('/root/l.txt')).toContain('pv-app');
    expect(c.run('false &').err).toMatch(/^\[2\] \d+\n\[1\]- {2}Done {20}xl list > \/root\/l\.txt\n$/);
    expect(c.run('true').err).toBe('[2]+  Exit 1                  false\n');
  });

  it('refuses what bash refuses, in bash’s words', () => {
    const c = bigGuest();
    expect(c.run('fg').err).toBe('-bash: fg: current: no such job\n');
    expect(c.run('bg %2').err).toBe('-bash: bg: %2: no such job\n');
    expect(c.run('wait %4')).toEqual({ out: '', err: '-bash: wait: %4: no such job\n', status: 127 });
    expect(c.run('wait 99999').err).toBe('-bash: wait: pid 99999 is not a child of this shell\n');
    expect(c.run('jobs -z')).toEqual({
      out: '',
      err: '-bash: jobs: -z: invalid option\njobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n',
      status: 2,
    });
    c.run('xl migrate pv-app xen1 &');
    expect(c.run('bg')).toEqual({ out: '', err: '-bash: bg: job 1 already in background\n', status: 0 });
    expect(c.run('kill %1').err).toMatch(/^-bash: kill: .* not simulated by VirtLab/);
    expect(c.run('jobs').out).toContain('Running');
  });
});
