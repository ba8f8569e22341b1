import { xenMigrationStage } from '../../../sim/ops/migrate/switchover';
import { destroyXenArrival, destroyXenLeaving } from '../../../sim/ops/migrate/xen-ends';
import type { XenDomain } from '../../xen/view';
import type { XlCtx } from '../context';

/**
 * xl destroy of a guest a Xen migration holds (decision 050): the `<name>--incoming` a target is
 * restoring (the migration fails: the sender's stream breaks, the guest runs on at its source), or
 * the source's suspended copy in the switch-over (already being destroyed: the migration ends now).
 * Returns xl's exit status, or null when the domain is no migration's.
 */
export function destroyInMigration(c: XlCtx, x: XenDomain): number | null {
  const d = x.domain;
  if (!d) return null;
  if (x.arriving) {
    const r = xenMigrationStage(d, c.now) === 'transfer' ? destroyXenArrival(c.world, x.arriving, d.uuid, c.now) : null;
    if (!r) {
      c.eprint(`virtlab: ${x.name} has just arrived from ${x.arriving}; destroy it once the migration has ended\n`);
      return 1;
    }
    c.world = r.world;
    return 0;
  }
  if (xenMigrationStage(d, c.now) !== 'switchover') return null;
  const r = destroyXenLeaving(c.world, c.hostName, d.uuid, c.now);
  if (!r) return null;
  c.world = r.world;
  return 0;
}
