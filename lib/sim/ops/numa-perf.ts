import { parseCpuSet } from '../cpulist';
import { configUnsupported, invalidArg, ok, operationInvalid, type Result } from '../result';
import { NUMA_MODES, type DomainDef } from '../types';
import type { AffectFlags } from './defs';
import type { OpContext, OpOutcome } from './context';
import { changeOneDef, oneDef } from './tuning';
import { validateParams } from './typed-params';

/** How many NUMA nodes a `numatune` nodeset may name (the bitmap virBitmapParse builds for it). */
const NODESET_BITS = 16384;

/** testDomainSetNumaParameters: `mode` is virDomainNumatuneMemMode's index as the API passes it. */
export function domainSetNumaParameters(
  ctx: OpContext,
  uuid: string,
  params: { mode?: number; nodeset?: string },
  flags: AffectFlags,
): Result<OpOutcome> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const { def, t } = r.value;
  const { mode, nodeset: text } = params;
  // The driver checks the parameters in the order virsh adds them: the nodeset, then the mode.
  let nodeset: number[] | undefined;
  if (text !== undefined) {
    const parsed = parseCpuSet(text, NODESET_BITS);
    if (!parsed.ok) return invalidArg(`Failed to parse bitmap '${text}'`);
    if (!parsed.cpus.length) return operationInvalid(`Invalid nodeset of 'numatune': ${text}`);
    nodeset = parsed.cpus;
  }
  if (mode !== undefined && (mode < 0 || mode >= NUMA_MODES.length))
    return invalidArg(`unsupported numatune mode: '${mode}'`);
  if (t.live && mode !== undefined && def.numatune && NUMA_MODES[mode] !== def.numatune.mode)
    return operationInvalid("can't change numatune mode for running domain");
  // virDomainNumatuneSet: a guest with static vCPU placement needs a nodeset, given now or before.
  const next = {
    mode: mode === undefined ? (def.numatune?.mode ?? 'strict') : NUMA_MODES[mode],
    nodeset: nodeset ?? def.numatune?.nodeset,
  };
  if (!next.nodeset) return configUnsupported("nodeset for NUMA memory tuning must be set if 'placement' is 'static'");
  return changeOneDef(ctx, uuid, t, (d) => ({ ...d, numatune: next }));
}

/** virDomainGetNumaParameters: the mode (strict when none is set) and the nodeset, "" when none. */
export function domainGetNumaParameters(ctx: OpContext, uuid: string, flags: AffectFlags) {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const n = r.value.def.numatune;
  return ok({ mode: n?.mode ?? 'strict', nodeset: n?.nodeset ?? [] });
}

/** virPerfEvent's names in enum order: the order perf prints them and `<perf>` holds them. */
export const PERF_EVENTS = [
  'cmt',
  'mbmt',
  'mbml',
  'cpu_cycles',
  'instructions',
  'cache_references',
  'cache_misses',
  'branch_instructions',
  'branch_misses',
  'bus_cycles',
  'stalled_cycles_frontend',
  'stalled_cycles_backend',
  'ref_cpu_cycles',
  'cpu_clock',
  'task_clock',
  'page_faults',
  'context_switches',
  'cpu_migrations',
  'page_faults_min',
  'page_faults_maj',
  'alignment_faults',
  'emulation_faults',
] as const;

/** testDomainSetPerfEvents: every name checked first, then each event switched on one definition. */
export function domainSetPerfEvents(
  ctx: OpContext,
  uuid: string,
  events: Array<[string, boolean]>,
  flags: AffectFlags,
): Result<OpOutcome> {
  const valid = validateParams(
    events.map(([name]) => name),
    PERF_EVENTS,
  );
  if (!valid.ok) return valid;
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const set = (def: DomainDef): DomainDef => ({ ...def, perf: { ...def.perf, ...Object.fromEntries(events) } });
  return changeOneDef(ctx, uuid, r.value.t, set);
}

/** virDomainGetPerfEvents: every event, enabled only when switched on. */
export function domainGetPerfEvents(
  ctx: OpContext,
  uuid: string,
  flags: AffectFlags,
): Result<Array<[string, boolean]>> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  return ok(PERF_EVENTS.map((e) => [e, r.value.def.perf?.[e] === true]));
}
