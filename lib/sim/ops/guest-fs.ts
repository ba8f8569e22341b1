import { ok, operationInvalid, type Result } from '../result';
import { isActive } from '../states';
import type { Domain } from '../types';
import { currentDef, updateDomain } from '../world';
import { commit, domainOf, type OpContext, type OpOutcome } from './context';

/** The two filesystems the test driver's guest has mounted (testDomainGetFSInfo). */
const MOUNTS = ['/', '/boot'] as const;

export interface FsInfo {
  mountpoint: string;
  name: string;
  type: string;
  target: string;
}

function running(ctx: OpContext, uuid: string): Result<Domain> {
  const d = domainOf(ctx, uuid);
  if (!d.ok) return d;
  return isActive(d.value.state) ? d : operationInvalid('domain is not running');
}

/** virDomainGetFSInfo on the test driver: `/` and `/boot` on partitions 1 and 2 of the first disk. */
export function domainGetFSInfo(ctx: OpContext, uuid: string): Result<FsInfo[]> {
  const d = running(ctx, uuid);
  if (!d.ok) return d;
  const disk = currentDef(d.value).disks[0];
  if (!disk) return ok([]);
  return ok(
    MOUNTS.map((m, i) => ({ mountpoint: m, name: `${disk.target}${i + 1}`, type: 'ext4', target: disk.target })),
  );
}

/** The mount points asked for (all when none), each once; an unknown one is refused. */
function chosen(mounts: readonly string[]): Result<string[]> {
  const bad = mounts.find((m) => !(MOUNTS as readonly string[]).includes(m));
  if (bad !== undefined) return operationInvalid(`mount point not found: ${bad}`);
  return ok(mounts.length ? MOUNTS.filter((m) => mounts.includes(m)) : [...MOUNTS]);
}

/**
 * virDomainFSFreeze / virDomainFSThaw: how many of the chosen filesystems changed state
 * (freezing a frozen one counts nothing).
 */
export function domainFSFreeze(
  ctx: OpContext,
  uuid: string,
  mounts: readonly string[],
  freeze: boolean,
): Result<OpOutcome & { count: number }> {
  const d = running(ctx, uuid);
  if (!d.ok) return d;
  const which = chosen(mounts);
  if (!which.ok) return which;
  const frozen = new Set(d.value.frozenFs ?? []);
  const changed = which.value.filter((m) => frozen.has(m) !== freeze);
  for (const m of changed)
    if (freeze) frozen.add(m);
    else frozen.delete(m);
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({
    ...x,
    frozenFs: MOUNTS.filter((m) => frozen.has(m)),
  }));
  const r = commit(world, []);
  return r.ok ? ok({ ...r.value, count: changed.length }) : r;
}

/** virDomainFSTrim: the test driver checks the domain and the mount point, and trims nothing. */
export function domainFSTrim(ctx: OpContext, uuid: string, mount: string | undefined): Result<true> {
  const d = running(ctx, uuid);
  if (!d.ok) return d;
  const which = chosen(mount === undefined ? [] : [mount]);
  return which.ok ? ok(true) : which;
}

const NETWORK_BASE = 3;

export interface IfAddress {
  name: string;
  mac: string;
  address: string;
}

/**
 * virDomainInterfaceAddresses on the test driver: one IPv4 /24 per interface, 192.168.122.x on a
 * virtual network (x = 20 × (id − 1) + 3 + index), 192.168.0.(index + 1) otherwise.
 */
export function domainInterfaceAddresses(ctx: OpContext, uuid: string): Result<IfAddress[]> {
  const d = running(ctx, uuid);
  if (!d.ok) return d;
  const id = d.value.id ?? 1;
  return ok(
    currentDef(d.value).interfaces.map((n, i) => ({
      name: n.target ?? '',
      mac: n.mac.toLowerCase(),
      address: n.type === 'network' ? `192.168.122.${20 * (id - 1) + NETWORK_BASE + i}/24` : `192.168.0.${i + 1}/24`,
    })),
  );
}
