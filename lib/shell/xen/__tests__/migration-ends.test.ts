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

  it('the other xl commands on <name>--incoming say in one line that the lab does not act on it', () => {
    const { dst } = migrating(5);
    for (const cmd of ['pause', 'unpause', 'console']) {
      const r = dst().run(`xl ${cmd} pv-app--incoming`);
      expect(r.status).toBe(1);
      expect(r.err).toBe(
        'virtlab: pv-app--incoming is the guest arriving from xen2; in the lab only xl list and xl destroy act on it until the migration ends\n',
      );
    }
    expect(dst().run('xl pause pv-app--nothing').err).toBe('pv-app--nothing is an invalid domain identifier (rc=-6)\n');
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
});
