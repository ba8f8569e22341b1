import { fail, ok, operationInvalid, type Result } from '../result';
import { isActive } from '../states';
import type { Domain } from '../types';
import { currentDef, updateDomain } from '../world';
import { commit, domainOf, hostOf, type OpContext, type OpOutcome } from './context';
import { noAgent } from './guest';
import { intToIp, ipToInt, networkLeases, onBridge, prefixOfIp as prefixOf } from './leases';

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

export interface IfAddress {
  name: string;
  mac: string;
  address: string;
}

/**
 * virDomainInterfaceAddresses on the test driver (testDomainInterfaceAddresses): one IPv4 address
 * per interface. On a virtual network it is the network's first DHCP address + 20 × (id − 1) + 1 +
 * the interface's index, with the network's prefix (a network the driver does not have is an
 * error; one without a DHCP range crashes virsh 9.0, and gets no address here); elsewhere
 * 192.168.0.(index + 1)/24.
 */
export function domainInterfaceAddresses(
  ctx: OpContext,
  uuid: string,
  source: 'lease' | 'agent' | 'arp' = 'lease',
): Result<IfAddress[]> {
  const d = running(ctx, uuid);
  if (!d.ok) return d;
  const host = hostOf(ctx);
  if (host.driver === 'qemu') return qemuInterfaceAddresses(ctx, d.value, source);
  const id = d.value.id ?? 1;
  const out: IfAddress[] = [];
  for (const [i, n] of currentDef(d.value).interfaces.entries()) {
    const row = { name: n.target ?? '', mac: n.mac.toLowerCase() };
    if (n.type !== 'network') {
      out.push({ ...row, address: `192.168.0.${i + 1}/24` });
      continue;
    }
    const net = host.driver === 'test' ? host.networks?.find((x) => x.def.name === n.source) : undefined;
    if (host.driver === 'test' && !net)
      return fail('NO_NETWORK', `Network not found: no network with matching name '${n.source}'`);
    const ip = net ? net.def.ips[0] : { prefix: '24', ranges: [{ start: '192.168.122.2', end: '' }] };
    const start = ip?.ranges[0]?.start;
    if (!ip || !start) continue;
    out.push({ ...row, address: `${intToIp(ipToInt(start) + 20 * (id - 1) + 1 + i)}/${prefixOf(ip)}` });
  }
  return ok(out);
}

/**
 * virDomainInterfaceAddresses on the lab's QEMU hosts (qemuDomainInterfaceAddresses): `lease` reads
 * each virtual-network interface's leases from its network (./leases.ts; other interfaces have
 * none), `arp` the host's neighbour table — the same addresses for the guests the host has talked
 * to, with no prefix (/0) — and `agent` needs a guest agent the lab's guests do not run.
 */
function qemuInterfaceAddresses(ctx: OpContext, d: Domain, source: 'lease' | 'agent' | 'arp'): Result<IfAddress[]> {
  if (source === 'agent') return noAgent();
  const host = hostOf(ctx);
  const out: IfAddress[] = [];
  for (const n of currentDef(d).interfaces) {
    if (n.type !== 'network') continue;
    const net = host.networks?.find((x) => x.def.name === n.source);
    if (!net) return fail('NO_NETWORK', `Network not found: no network with matching name '${n.source}'`);
    const mac = n.mac.toLowerCase();
    // The host's neighbour table knows a guest only through the network's bridge as it is now.
    if (source === 'arp' && !onBridge(net, d)) continue;
    for (const l of networkLeases(host, net, ctx.now).filter((x) => x.mac === mac))
      out.push({ name: n.target ?? '', mac, address: `${l.ip}/${source === 'arp' ? 0 : l.prefix}` });
  }
  return ok(out);
}
