import { checkMigrationParams, resolveMigrationParams } from './params';
import { buildPlan } from './plan';
import { simulatePrecopy } from './precopy';
import type { MigrationParams, MigrationPlan } from './types';

/**
 * How a migration of `params` unfolds over simulated time. Pure and deterministic.
 * Invalid params are a caller's bug: check them first with checkMigrationParams.
 */
export function simulateMigration(params: MigrationParams): MigrationPlan {
  const problems = checkMigrationParams(params);
  if (problems.length > 0) throw new RangeError(`simulateMigration: ${problems.join('; ')}`);
  const p = resolveMigrationParams(params);
  switch (p.mode) {
    case 'definition-only':
      // libvirt --offline: only the persistent XML moves; the running guest is not touched.
      return buildPlan([], 'definition-only', null, null);
    case 'offline': {
      // Non-live: libvirt and xc_domain_save pause the guest, copy everything once, resume it on the target.
      const duration = p.memoryMib / p.bandwidthMibps;
      const round = {
        round: 1,
        start_s: 0,
        duration_s: duration,
        sent_mib: p.memoryMib,
        dirtied_mib: 0,
        phase: 'stop-copy' as const,
      };
      return buildPlan([round], 'offline', 0, duration);
    }
    case 'live':
      return simulatePrecopy(p);
  }
}
