import { fail, invalidArg, ok, type Result } from '../result';
import type { DomainDef } from '../types';
import { updateDomain } from '../world';
import { affectedDefs, changeDefs, type AffectFlags, type DefTargets } from './defs';
import { commit, domainOf, type OpContext, type OpOutcome } from './context';

/** VIR_DOMAIN_MEMORY_PARAM_UNLIMITED: what an absent `<memtune>` limit reports, in KiB. */
export const MEMORY_UNLIMITED = 9007199254740991;

export type MemtuneField = 'hard_limit' | 'soft_limit' | 'swap_hard_limit' | 'min_guarantee';
const key = { hard_limit: 'hardLimitKiB', soft_limit: 'softLimitKiB', swap_hard_limit: 'swapHardLimitKiB' } as const;

const limit = (def: DomainDef, f: keyof typeof key) => def.memtune?.[key[f]] ?? MEMORY_UNLIMITED;

/** The definition a tuning call reads or writes (virDomainObjGetOneDef). */
export function oneDef(ctx: OpContext, uuid: string, flags: AffectFlags) {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const t = affectedDefs(ctx, found.value, flags, { one: true });
  if (!t.ok) return t;
  return ok({ d: found.value, t: t.value, def: (t.value.live ? found.value.live : found.value.config)! });
}

/**
 * How every tuning setter ends: `set` applied to the definitions oneDef chose, no event (the test
 * driver emits none for a tuning change).
 */
export function changeOneDef(ctx: OpContext, uuid: string, t: DefTargets, set: (def: DomainDef) => DomainDef) {
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (x) => changeDefs(x, t, set)),
    [],
  );
}

/** virDomainGetMemoryParameters: hard_limit, soft_limit, swap_hard_limit in KiB. */
export function domainGetMemoryParameters(
  ctx: OpContext,
  uuid: string,
  flags: AffectFlags,
): Result<Array<[string, number]>> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  return ok((['hard_limit', 'soft_limit', 'swap_hard_limit'] as const).map((f) => [f, limit(r.value.def, f)]));
}

/** virDomainSetMemoryParameters (testDomainSetMemoryParameters); MEMORY_UNLIMITED clears a limit. */
export function domainSetMemoryParameters(
  ctx: OpContext,
  uuid: string,
  params: Partial<Record<MemtuneField, number>>,
  flags: AffectFlags,
): Result<OpOutcome> {
  for (const f of Object.keys(params)) {
    if (!(f in key)) return fail('ARGUMENT_UNSUPPORTED', `argument unsupported: parameter '${f}' not supported`);
  }
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const { d, t } = r.value;
  // The driver checks against the live definition's limits, whichever definition it changes.
  const live = d.live ?? r.value.def;
  if (params.hard_limit !== undefined || params.swap_hard_limit !== undefined) {
    const hard = params.hard_limit ?? limit(live, 'hard_limit');
    const swap = params.swap_hard_limit ?? limit(live, 'swap_hard_limit');
    if (hard > swap)
      return invalidArg('memory hard_limit tunable value must be lower than or equal to swap_hard_limit');
  }
  const set = (def: DomainDef): DomainDef => {
    const memtune = { ...def.memtune };
    for (const f of ['hard_limit', 'soft_limit', 'swap_hard_limit'] as const) {
      const v = params[f];
      if (v === undefined) continue;
      if (v >= MEMORY_UNLIMITED) delete memtune[key[f]];
      else memtune[key[f]] = v;
    }
    return { ...def, memtune: Object.keys(memtune).length ? memtune : undefined };
  };
  return changeOneDef(ctx, uuid, t, set);
}

/** virDomainSetMemoryStatsPeriod: how often the balloon driver refreshes its statistics. */
export function domainSetMemoryStatsPeriod(
  ctx: OpContext,
  uuid: string,
  period: number,
  flags: AffectFlags,
): Result<OpOutcome> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  if (!r.value.def.memballoon || r.value.def.memballoon.model === 'none') {
    return fail(
      'INTERNAL_ERROR',
      'internal error: No memory balloon device configured, can not set the collection period',
    );
  }
  return changeOneDef(ctx, uuid, r.value.t, (def) => ({
    ...def,
    memballoon: { ...def.memballoon!, period: period || undefined },
  }));
}
