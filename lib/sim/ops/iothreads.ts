import { invalidArg, ok, unsupportedFlags, type Result } from '../result';
import { isActive } from '../states';
import type { DomainDef } from '../types';
import type { AffectFlags } from './defs';
import { domainOf, type OpContext, type OpOutcome } from './context';
import { changeOneDef, oneDef } from './tuning';
import { validateParams } from './typed-params';
import { asPrintfD } from '../printf';

/**
 * An unpinned IOThread runs on the CPUs of the machine the test driver runs on
 * (virHostCPUGetAvailableCPUsBitmap): the recording machine had two, so VirtLab answers 0-1.
 */
export const TEST_MACHINE_CPUS = 2;

function change(ctx: OpContext, uuid: string, flags: AffectFlags, fn: (def: DomainDef) => Result<DomainDef>) {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const changed = fn(r.value.def);
  if (!changed.ok) return changed;
  // One definition changes (virDomainObjGetOneDef): the one `fn` was given.
  return changeOneDef(ctx, uuid, r.value.t, () => changed.value);
}

/** virDomainAddIOThread: a new id at the end of `<iothreadids>` (virDomainDriverAddIOThreadCheck first). */
export function domainAddIOThread(ctx: OpContext, uuid: string, id: number, flags: AffectFlags): Result<OpOutcome> {
  return change(ctx, uuid, flags, (def) =>
    def.iothreadids?.includes(id)
      ? invalidArg(`an IOThread is already using iothread_id '${id}'`)
      : ok({ ...def, iothreadids: [...(def.iothreadids ?? []), id] }),
  );
}

/** virDomainDelIOThread: the id and its pinning go (no disk of the lab names an IOThread). */
export function domainDelIOThread(ctx: OpContext, uuid: string, id: number, flags: AffectFlags): Result<OpOutcome> {
  return change(ctx, uuid, flags, (def) => {
    if (!def.iothreadids?.includes(id)) return invalidArg(`cannot find IOThread '${id}' in iothreadids list`);
    const { [id]: _gone, ...pins } = def.iothreadpin ?? {};
    return ok({ ...def, iothreadids: def.iothreadids.filter((x) => x !== id), iothreadpin: pins });
  });
}

/** virDomainPinIOThread: `<cputune><iothreadpin>` for an existing IOThread. */
export function domainPinIOThread(
  ctx: OpContext,
  uuid: string,
  id: number,
  cpus: number[],
  flags: AffectFlags,
): Result<OpOutcome> {
  return change(ctx, uuid, flags, (def) =>
    def.iothreadids?.includes(id)
      ? ok({ ...def, iothreadpin: { ...def.iothreadpin, [id]: cpus } })
      : invalidArg(`iothreadid ${asPrintfD(id)} not found`),
  );
}

/** virDomainGetIOThreadInfo: each IOThread with its pinning, or every CPU of the machine. */
export function domainGetIOThreadInfo(
  ctx: OpContext,
  uuid: string,
  flags: AffectFlags,
): Result<Array<{ id: number; cpus: number[] }>> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const { iothreadids = [], iothreadpin = {} } = r.value.def;
  const all = Array.from({ length: TEST_MACHINE_CPUS }, (_, i) => i);
  return ok(iothreadids.map((id) => ({ id, cpus: iothreadpin[id] ?? all })));
}

/**
 * testDomainSetIOThreadParams: the live domain only (flag 0x2, config, is refused); the IOThread is
 * looked up before the parameters are checked (polling ones only); the driver keeps no trace of them (no XML shows them).
 */
export function domainSetIOThreadParams(
  ctx: OpContext,
  uuid: string,
  id: number,
  fields: string[],
  flags: AffectFlags,
): Result<true> {
  if (flags.config) return unsupportedFlags(2, 'testDomainSetIOThreadParams');
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  // The domain's current definition: the live one when it runs.
  const def = (isActive(d.state) ? d.live : d.config) ?? d.live;
  if (!def?.iothreadids?.includes(id)) return invalidArg(`cannot find IOThread '${id}' in iothreadids`);
  return validateParams(fields, ['poll_max_ns', 'poll_grow', 'poll_shrink']);
}
