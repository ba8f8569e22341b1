import { describe, expect, it } from 'vitest';
import { migrationEndsAt } from '../../../sim/ops/migrate/advance';
import { domainByName, requireHost } from '../../../sim/world';
import { Console } from './lab';

/** xl migrate of a 4 GiB pv-app from xen2 to xen1 in the background, `s` seconds in; a console on each host. */
function migrating(s: number) {
  const src = new Console(undefined, 'xen2');
  src.run('xm mem-max pv-app 4096');
  src.run('xm mem-set pv-app 4096');
  src.run('xl migrate pv-app xen1 &');
  src.wait(s);
  const dst = () => new Console(src.world, 'xen1', src.now);
  return { src, dst };
}

describe('acting on the guests an xl migration holds (xl_migrate.c, libxl; decision 050)', () => {
  it('xl destroy <name>--incoming on the target: the restore fails, the sender resumes the guest and xl says so', () => {
    const { src, dst } = migrating(5);
    const target = dst();
    expect(target.run('xl destroy pv-app--incoming')).toEqual({ out: '', err: '', status: 0 });
    expect(target.run('xl list').out).not.toContain('pv-app');
    src.world = target.world;
    const r = src.run('xl list');
    expect(r.out).toMatch(/\npv-app +1 +4096 +1 +r-----/);
    expect(r.err).toBe(
      'migration sender: libxl_domain_suspend failed (rc=-3)\nMigration failed, resuming at sender.\n' +
        '[1]+  Exit 3                  xl migrate pv-app xen1\n',
    );
    expect(domainByName(requireHost(src.world, 'xen2'), 'pv-app')?.lastJob).toMatchObject({
      stats: { result: 'failed', reason: 'destination destroyed' },
      via: 'xl',
    });
  });

  it('the xl commands the lab does not model on <name>--incoming say so in one line', () => {
    const { dst } = migrating(5);
    for (const line of ['xl vcpu-set pv-app--incoming 1', 'xl mem-set pv-app--incoming 512']) {
      const r = dst().run(line);
      expect(r.status).toBe(1);
      expect(r.err).toBe(
        'virtlab: pv-app--incoming is the guest arriving from xen2; in the lab only xl list, destroy, pause, unpause and console act on it until the migration ends\n',
      );
    }
    expect(dst().run('xl pause pv-app--nothing').err).toBe('pv-app--nothing is an invalid domain identifier (rc=-6)\n');
  });

  it('xl unpause / pause <name>--incoming flip the controller flag of Xen 4.4: -b---- (vCPUs down), --p---; the guest arrives running', () => {
    const { src, dst } = migrating(5);
    const target = dst();
    const row = () =>
      target
        .run('xl list')
        .out.split('\n')
        .find((l) => l.startsWith('pv-app--incoming'));
    expect(row()).toMatch(/ --p--- /);
    expect(target.run('xl unpause pv-app--incoming')).toEqual({ out: '', err: '', status: 0 });
    expect(row()).toMatch(/ -b---- /);
    expect(target.run('xl pause pv-app--incoming')).toEqual({ out: '', err: '', status: 0 });
    expect(row()).toMatch(/ --p--- /);
    // The receiver's unpause at the switch-over clears the flag either way.
    target.run('xl unpause pv-app--incoming');
    src.world = target.world;
    src.now = migrationEndsAt(domainByName(requireHost(src.world, 'xen2'), 'pv-app')!)! + 1;
    expect(src.run('xl list').err).toMatch(/Migration successful\.\n/);
    expect(domainByName(requireHost(src.world, 'xen1'), 'pv-app')?.state).toBe('running');
  });

  it('xl pause on the target in the switch-over comes after the receiver unpaused it: the guest stays paused there', () => {
    const { src } = migrating(0);
    const end = migrationEndsAt(domainByName(requireHost(src.world, 'xen2'), 'pv-app')!)!;
    const target = new Console(src.world, 'xen1', end - 1000);
    expect(target.run('xl list').out).toMatch(/\npv-app +3 +4096 +1 +r----- /);
    expect(target.run('xl pause pv-app')).toEqual({ out: '', err: '', status: 0 });
    expect(target.run('xl list').out).toMatch(/\npv-app +3 +4096 +1 +--p--- /);
    target.wait(2);
    expect(domainByName(requireHost(target.world, 'xen1'), 'pv-app')?.state).toBe('paused');
  });

  it('xl unpause <name>--migratedaway clears the pause the destroy of libxl set: ---ss-, still shut down; the migration ends as before', () => {
    const { src } = migrating(0);
    src.now = migrationEndsAt(domainByName(requireHost(src.world, 'xen2'), 'pv-app')!)! - 1000;
    expect(src.run('xl unpause pv-app--migratedaway')).toEqual({ out: '', err: '', status: 0 });
    expect(src.run('xl list').out).toMatch(/\npv-app--migratedaway +1 +4096 +1 +---ss- /);
    expect(src.run('xl pause pv-app--migratedaway').status).toBe(0);
    expect(src.run('xl list').out).toMatch(/\npv-app--migratedaway +1 +4096 +1 +--pss- /);
    src.wait(2);
    expect(src.run('xl list').err).toMatch(/Migration successful\.\n/);
    expect(domainByName(requireHost(src.world, 'xen1'), 'pv-app')?.state).toBe('running');
  });

  it('xl console <name>--incoming: xenconsole waits 5 s for the tty the restore makes; sooner it attaches, else err() exits 2', () => {
    const { src, dst } = migrating(5);
    expect(dst().run('xl console pv-app--incoming')).toEqual({
      out: '',
      err: 'xenconsole: Could not read tty from store: No such file or directory\n',
      status: 2,
    });
    const transferEnd = migrationEndsAt(domainByName(requireHost(src.world, 'xen2'), 'pv-app')!)! - 2000;
    expect(new Console(src.world, 'xen1', transferEnd - 4000).run('xl console pv-app--incoming')).toEqual({
      out: '',
      err: '',
      status: 0,
    });
  });

  it('xl destroy <name>--migratedaway on the source in the switch-over ends it now: the target runs the guest', () => {
    const { src } = migrating(0);
    src.now = migrationEndsAt(domainByName(requireHost(src.world, 'xen2'), 'pv-app')!)! - 1000;
    expect(src.run('xl list').out).toMatch(/\npv-app--migratedaway +1 +4096 +1 +--pss-/);
    expect(src.run('xl destroy pv-app--migratedaway').status).toBe(0);
    const r = src.run('xl list');
    expect(r.out).not.toContain('pv-app');
    expect(r.err).toMatch(/Migration successful\.\n\[1\]\+ {2}Done {20}xl migrate pv-app xen1\n$/);
    expect(domainByName(requireHost(src.world, 'xen1'), 'pv-app')?.state).toBe('running');
  });

  it.each([
    ['reset', 'xm reset migrating-pv-app'],
    ['save', 'xm save migrating-pv-app /root/pv.save'],
  ])(
    // shutdown, reboot and destroy are modelled (decision 068); pause, unpause, mem-set, vcpu-set too (074).
    "xm %s on migrating-<name>: not libvirt's job-lock error (xend has no such lock) but one line, nothing changed",
    (cmd, line) => {
      const src = new Console(undefined, 'xen2');
      src.run('xm migrate --live pv-app xen1 &');
      src.wait(1);
      const before = JSON.stringify(src.world.hosts);
      expect(src.run(line)).toEqual({
        out: '',
        err: `virtlab: xend takes no lock while a domain migrates: xm ${cmd} would act on it mid-migration, and what that does to the migration is not simulated by VirtLab; nothing changed\n`,
        status: 1,
      });
      expect(JSON.stringify(src.world.hosts)).toBe(before);
      // xend finds the domain under its migrating name (XendDomain.domain_lookup_nr, by name).
      expect(src.run('xm domid migrating-pv-app')).toEqual({ out: '1\n', err: '', status: 0 });
    },
  );

  it('xm pause migrating-<name>: xend pauses it at once (no lock); xm unpause runs it again (decision 074)', () => {
    const src = new Console(undefined, 'xen2');
    src.run('xm migrate --live pv-app xen1 &');
    src.wait(1);
    expect(src.run('xm pause migrating-pv-app')).toEqual({ out: '', err: '', status: 0 });
    expect(src.run('xm list').out).toMatch(/\nmigrating-pv-app +1 +512 +1 +--p--- /);
    expect(src.run('xm unpause migrating-pv-app')).toEqual({ out: '', err: '', status: 0 });
    expect(src.run('xm list').out).toMatch(/\nmigrating-pv-app +1 +512 +1 +r----- /);
    // xend's unpause of a running domain (xc.domain_unpause, the flag already clear).
    expect(src.run('xm unpause migrating-pv-app')).toEqual({ out: '', err: '', status: 0 });
  });
});
