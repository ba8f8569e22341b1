import { fail, ok, operationInvalid, type Result } from '../result';
import { isActive } from '../states';
import { domainName, updateDomain } from '../world';
import type { Domain } from '../types';
import { commit, domainOf, hostOf, type OpContext, type OpOutcome } from './context';
import { networkLeases } from './leases';
import { networkNotFound } from './networks';

/**
 * What libvirt asks the guest (hostname, clock). The test driver answers itself: the hostname is
 * the name plus "host", the clock starts at 627319920 (testDomainObjPrivateAlloc). Real drivers need
 * the QEMU guest agent, which no simulated guest runs.
 */
const TEST_GUEST_TIME = 627319920;
export const noAgent = () =>
  fail('OPERATION_FAILED', 'Guest agent is not responding: QEMU guest agent is not connected');

export function domainGetHostname(ctx: OpContext, uuid: string, source?: 'lease' | 'agent'): Result<string> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  if (hostOf(ctx).driver === 'qemu' && source === 'lease') return leaseHostname(ctx, found.value);
  if (hostOf(ctx).driver !== 'test') return noAgent();
  if (source)
    return fail('INVALID_ARG', `unsupported flags (0x${source === 'lease' ? 1 : 2}) in function testDomainGetHostname`);
  if (!isActive(found.value.state)) return operationInvalid('domain is not running');
  return ok(`${domainName(found.value)}host`);
}

/**
 * `--source lease` on QEMU (qemuDomainGetHostnameLease): the hostname the first of the guest's
 * virtual-network interfaces has a lease with, in its network's status file — what the guest's DHCP
 * client sent. None found: VIR_ERR_NO_HOSTNAME.
 */
function leaseHostname(ctx: OpContext, d: Domain): Result<string> {
  if (!isActive(d.state)) return operationInvalid('domain is not running');
  const host = hostOf(ctx);
  const def = d.live!;
  for (const n of def.interfaces) {
    if (n.type !== 'network') continue;
    const net = host.networks?.find((x) => x.def.name === n.source);
    if (!net) return networkNotFound(n.source);
    const named = networkLeases(host, net, ctx.now).find((l) => l.mac === n.mac.toLowerCase() && l.hostname);
    if (named) return ok(named.hostname);
  }
  return fail('NO_HOSTNAME', `no hostname found: no hostname found for domain ${def.name}`);
}

/** virDomainGetTime: only a running (not paused) guest answers. */
export function domainGetTime(ctx: OpContext, uuid: string): Result<bigint> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  if (found.value.state !== 'running') return operationInvalid('domain is not running');
  if (hostOf(ctx).driver !== 'test') return noAgent();
  return ok(BigInt(found.value.guestTime ?? TEST_GUEST_TIME));
}

export function domainSetTime(ctx: OpContext, uuid: string, seconds: bigint | null): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  if (!isActive(found.value.state)) return operationInvalid('domain is not running');
  if (hostOf(ctx).driver !== 'test') return noAgent();
  // --sync (seconds null) reads the guest's RTC: nothing changes in the test driver.
  if (seconds === null) return commit(ctx.world, []);
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (d) => ({ ...d, guestTime: String(seconds) })),
    [],
  );
}
