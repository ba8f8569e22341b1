import { describe, expect, it } from 'vitest';
import { migrationJobOf } from '../../../sim/ops/migrate/jobs';
import { suspendAskedAt } from '../../../sim/ops/migrate/xend-suspend';
import { domainByName, requireHost } from '../../../sim/world';
import { Console } from './lab';

/** `xm migrate --live pv-app xen1 &` on xen2 (4 GiB, so it is still sending), `s` seconds in. */
function migrating(s = 3) {
  const src = new Console(undefined, 'xen2');
  src.run('xm mem-max pv-app 4096');
  src.run('xm mem-set pv-app 4096');
  src.run('xm migrate --live pv-app xen1 &');
  return src.wait(s);
}
/** What `xm migrate` printed when its job ended, and the target's xm list. */
function ended(src: Console) {
  const r = src.run('true');
  const target = new Console(src.world, 'xen1', src.now).run('xm list').out;
  return { err: r.err, out: r.out, target };
}
const XC_SAVE_FAILED =
  'Error: /usr/lib/xen/bin/xc_save 24 1 0 0 1 failed\n[1]+  Exit 1                  xm migrate --live pv-app xen1\n';

/**
 * xend (Xen 4.4) holds no lock while XendCheckpoint.save sends a guest: XendDomain finds `migrating-<name>`
 * by name and acts. The domain xc_save reads goes away, xc_save fails (forkHelper: "… failed"), xm migrate
 * prints that fault, and the target's restore gets no end: its copy is dropped (decision 068).
 */
describe('xm destroy, shutdown and reboot of migrating-<name> during xm migrate', () => {
  it('destroy: the guest is gone at once; xm migrate fails with xc_save, started with the guest’s domid 1', () => {
    const src = migrating();
    expect(src.run('xm destroy migrating-pv-app')).toEqual({ out: '', err: '', status: 0 });
    const end = ended(src);
    expect(end.err).toBe(XC_SAVE_FAILED);
    expect(src.run('xm list').out).toMatch(/\npv-app +512 +1 +0\.0\n$/);
    expect(end.target).not.toContain('pv-app');
    expect(domainByName(requireHost(src.world, 'xen2'), 'pv-app')?.lastJob?.stats).toMatchObject({
      result: 'failed',
      reason: 'source destroyed',
    });
  });

  it('shutdown: xend asks the PV guest (no lock); it powers off a few seconds later and the save fails', () => {
    const src = migrating();
    expect(src.run('xm shutdown migrating-pv-app')).toEqual({ out: '', err: '', status: 0 });
    expect(src.run('xm list').out).toContain('migrating-pv-app');
    src.wait(5);
    const end = ended(src);
    expect(end.err).toBe(XC_SAVE_FAILED);
    expect(src.run('xm list').out).not.toContain('migrating-');
    expect(end.target).not.toContain('pv-app');
  });

  it('reboot: the guest reboots (on_reboot restart: a new domain, next id) and the migration fails', () => {
    const src = migrating();
    expect(src.run('xm reboot migrating-pv-app').status).toBe(0);
    src.wait(5);
    expect(ended(src).err).toBe(XC_SAVE_FAILED);
    expect(src.run('xm list').out).toMatch(/\npv-app +2 +/);
  });

  it('the same lines once the migration is over find no migrating-<name>', () => {
    const src = migrating(600);
    src.run('true');
    expect(src.run('xm destroy migrating-pv-app').err).toBe("Error: Domain 'migrating-pv-app' does not exist.\n");
  });
});

/**
 * xm pause, unpause, mem-set and vcpu-set of migrating-<name> (Xen 4.4's XendDomain.domain_pause /
 * domain_unpause, XendDomainInfo.setMemoryTarget / setVCpuCount): no lock, each acts on the guest.
 * A paused guest cannot answer xc_save's suspend request: waitForSuspend gives up after 60 tries.
 */
describe('xm pause, unpause, mem-set and vcpu-set of migrating-<name> (decision 074)', () => {
  const TIMEOUT =
    'Error: Timeout waiting for domain 1 to suspend\n[1]+  Exit 1                  xm migrate --live pv-app xen1\n';

  it('pause: xc.domain_pause at once; the suspend request goes unanswered and xend gives up 60 s later', () => {
    const src = migrating();
    expect(src.run('xm pause migrating-pv-app')).toEqual({ out: '', err: '', status: 0 });
    const job = migrationJobOf(domainByName(requireHost(src.world, 'xen2'), 'pv-app')!)!;
    const asked = suspendAskedAt(job);
    // 59 s after xc_save asked for the suspend xend still waits; at 60 s it gives up.
    src.wait((asked + 59_000 - src.now) / 1000);
    expect(src.run('xm list').out).toMatch(/\nmigrating-pv-app +1 +4096 +1 +--p--- /);
    src.wait(1);
    const end = ended(src);
    expect(end.err).toBe(TIMEOUT);
    // The guest stays paused on the source under its own name; the target dropped its copy.
    expect(src.run('xm list').out).toMatch(/\npv-app +1 +4096 +1 +--p--- +/);
    expect(end.target).not.toContain('pv-app');
    expect(domainByName(requireHost(src.world, 'xen2'), 'pv-app')?.lastJob?.stats).toMatchObject({
      result: 'failed',
      reason: 'Timeout waiting for domain 1 to suspend',
    });
  });

  it('unpause before xend gives up: the guest answers and the migration completes, that much later', () => {
    const src = migrating();
    src.run('xm pause migrating-pv-app');
    src.wait(60);
    expect(src.run('xm unpause migrating-pv-app')).toEqual({ out: '', err: '', status: 0 });
    src.wait(600);
    const end = ended(src);
    expect(end.err).toBe('[1]+  Done                    xm migrate --live pv-app xen1\n');
    expect(end.target).toContain('pv-app');
  });

  it('mem-set and vcpu-set act on the running guest; the migration carries on', () => {
    const src = migrating();
    expect(src.run('xm mem-set migrating-pv-app 2048')).toEqual({ out: '', err: '', status: 0 });
    expect(src.run('xm vcpu-set migrating-pv-app 1')).toEqual({ out: '', err: '', status: 0 });
    expect(src.run('xm list migrating-pv-app').out).toMatch(/\nmigrating-pv-app +1 +2048 +1 /);
    src.wait(600);
    expect(ended(src).target).toContain('pv-app');
  });
});
