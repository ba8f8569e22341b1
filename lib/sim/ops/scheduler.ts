import { invalidArg, ok, unsupportedFlags, type Result } from '../result';
import type { Driver } from '../types';
import { updateDomain } from '../world';
import { commit, domainOf, hostOf, type OpContext, type OpOutcome } from './context';

/**
 * Scheduler parameters (virDomainGetSchedulerType / Get/SetSchedulerParameters). The test
 * driver answers "fair" with a weight of 50 and accepts a new weight without storing it; Xen's
 * credit scheduler has weight and cap; QEMU's cgroup scheduler is "posix" with cpu_shares.
 */
export interface SchedParam {
  field: string;
  value: number;
}
interface Scheduler {
  type: string;
  defaults: SchedParam[];
  stores: boolean;
  flags: boolean;
}

const schedulers: Record<Driver, Scheduler> = {
  test: { type: 'fair', defaults: [{ field: 'weight', value: 50 }], stores: false, flags: false },
  xen: {
    type: 'credit',
    defaults: [
      { field: 'weight', value: 256 },
      { field: 'cap', value: 0 },
    ],
    stores: true,
    flags: true,
  },
  qemu: {
    type: 'posix',
    stores: true,
    flags: true,
    defaults: [
      { field: 'cpu_shares', value: 1024 },
      { field: 'vcpu_period', value: 100000 },
      { field: 'vcpu_quota', value: -1 },
    ],
  },
};

export const schedulerType = (ctx: OpContext) => schedulers[hostOf(ctx).driver].type;

/** Bits the API passes: VIR_DOMAIN_AFFECT_LIVE 1, _CONFIG 2, and VIR_TYPED_PARAM_STRING_OKAY 4. */
export function domainGetSchedulerParameters(ctx: OpContext, uuid: string, flags: number | null): Result<SchedParam[]> {
  const s = schedulers[hostOf(ctx).driver];
  if (flags !== null && !s.flags) return unsupportedFlags(flags | 4, 'testDomainGetSchedulerParametersFlags');
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const stored = (found.value.live ?? found.value.config)?.schedinfo ?? {};
  return ok(s.defaults.map((p) => ({ field: p.field, value: stored[p.field] ?? p.value })));
}

export function domainSetSchedulerParameters(
  ctx: OpContext,
  uuid: string,
  params: SchedParam[],
  flags: number | null,
): Result<OpOutcome> {
  const s = schedulers[hostOf(ctx).driver];
  if (flags !== null && !s.flags && flags !== 0)
    return unsupportedFlags(flags, 'testDomainSetSchedulerParametersFlags');
  // virTypedParamsValidate: known fields, each at most once.
  for (const [i, p] of params.entries()) {
    if (!s.defaults.some((d) => d.field === p.field)) return invalidArg(`parameter '${p.field}' not supported`);
    if (params.findIndex((q) => q.field === p.field) !== i)
      return invalidArg(`parameter '${p.field}' occurs multiple times`);
  }
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  if (!s.stores) return commit(ctx.world, []);
  const set = Object.fromEntries(params.map((p) => [p.field, p.value]));
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (d) => ({
      ...d,
      live:
        d.live && (flags === null || flags === 0 || flags & 1)
          ? { ...d.live, schedinfo: { ...d.live.schedinfo, ...set } }
          : d.live,
      config:
        d.config && ((flags !== null && flags & 2) || !d.live)
          ? { ...d.config, schedinfo: { ...d.config.schedinfo, ...set } }
          : d.config,
    })),
    [],
  );
}
