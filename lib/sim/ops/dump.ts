import { exclusiveFlags, ok, operationInvalid, unsupported, unsupportedFlags, type Result } from '../result';
import { isActive } from '../states';
import { deactivate } from './activation';
import { checkJobLock, commit, domainOf, hostOf, lifecycleEvent, type OpContext, type OpOutcome } from './context';

/** virDomainCoreDumpFlags bits. */
export const DUMP = { crash: 1, live: 2, bypassCache: 4, reset: 8, memoryOnly: 16 } as const;

/** The test driver's core file: just its save magic (testDomainCoreDumpWithFormat). */
export const TEST_CORE_IMAGE = 'TestGuestMagic\0';

const exclusive = (a: string, b: string) => exclusiveFlags(`VIR_DUMP_${a}`, `VIR_DUMP_${b}`);

/**
 * First half of virDomainCoreDump: the public API's flag rules, the driver's flag check and
 * the domain being active. The caller then writes `image` to the (absolute) path.
 */
export function domainCoreDumpStart(
  ctx: OpContext,
  uuid: string,
  flags: number,
): Result<{ image: string; name: string }> {
  if (flags & DUMP.crash && flags & DUMP.live) return exclusive('CRASH', 'LIVE');
  if (flags & DUMP.crash && flags & DUMP.reset) return exclusive('CRASH', 'RESET');
  if (flags & DUMP.live && flags & DUMP.reset) return exclusive('LIVE', 'RESET');
  if (hostOf(ctx).driver === 'test' && flags & ~DUMP.crash)
    return unsupportedFlags(flags & ~DUMP.crash, 'testDomainCoreDumpWithFormat');
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  if (!isActive(found.value.state)) return operationInvalid('domain is not running');
  const lock = checkJobLock(found.value, 'virDomainCoreDumpWithFormat');
  if (!lock.ok) return lock;
  const def = found.value.live!;
  return ok({ image: TEST_CORE_IMAGE, name: def.name });
}

/** Second half, after the file is written: non-raw formats are refused, --crash stops the domain. */
export function domainCoreDumpFinish(ctx: OpContext, uuid: string, flags: number, format: string): Result<OpOutcome> {
  if (format !== 'raw' && hostOf(ctx).driver === 'test') {
    return unsupported('kdump-compressed format is not supported here');
  }
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  if (!(flags & DUMP.crash)) return commit(ctx.world, []);
  return commit(deactivate(ctx, found.value, 'crashed'), [lifecycleEvent(ctx, found.value, ['Stopped', 'Crashed'])]);
}
