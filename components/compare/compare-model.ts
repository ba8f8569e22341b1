import { simulateMigration } from '@/lib/sim/migration/model';
import { type MigrationParamProblem, migrationParamProblems } from '@/lib/sim/migration/params';
import type { MigrationMode, MigrationParams, MigrationPlan } from '@/lib/sim/migration/types';
import { toMigrationParams, type CompareParams } from './compare-params';

export interface Lane {
  mode: MigrationMode;
  params: MigrationParams;
  plan: MigrationPlan;
}
export type Comparison =
  | { ok: true; live: Lane; offline: Lane; definition: Lane }
  | { ok: false; problems: MigrationParamProblem[] };

const lane = (p: CompareParams, mode: MigrationMode): Lane => {
  const params = toMigrationParams(p, mode);
  return { mode, params, plan: simulateMigration(params) };
};

/** The same guest migrated the three ways. The model runs in well under a millisecond, so on every change. */
export function compareMigrations(p: CompareParams): Comparison {
  const problems = migrationParamProblems(toMigrationParams(p, 'live'));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, live: lane(p, 'live'), offline: lane(p, 'offline'), definition: lane(p, 'definition-only') };
}
