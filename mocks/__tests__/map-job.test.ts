import { describe, expect, it } from 'vitest';
import { Console } from '@/lib/shell/xen/__tests__/lab';
import { domainByName, requireHost } from '@/lib/sim/world';
import { toJob } from '../map-job';

/** xm migrate --live of pv-app (domid 1) from xen2, then `xm destroy migrating-pv-app` mid-copy. */
function destroyedMidMigration() {
  const src = new Console(undefined, 'xen2');
  src.run('xm mem-max pv-app 4096');
  src.run('xm mem-set pv-app 4096');
  src.run('xm migrate --live pv-app xen1 &');
  src.wait(3);
  src.run('xm destroy migrating-pv-app');
  return src;
}

describe("the job panel's words for a failed Xen migration", () => {
  it('name the domid the job started with, though the domain is gone (decision 074)', () => {
    const src = destroyedMidMigration();
    const h = requireHost(src.world, 'xen2');
    const d = domainByName(h, 'pv-app')!;
    expect(d.id).toBeNull();
    const job = toJob(h, d, src.now, []);
    expect(job.last?.error).toBe('Error: /usr/lib/xen/bin/xc_save 24 1 0 0 1 failed');
    // xm's own line says the same.
    expect(src.run('true').err).toContain('Error: /usr/lib/xen/bin/xc_save 24 1 0 0 1 failed');
  });
});
