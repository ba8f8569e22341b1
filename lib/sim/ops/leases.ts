import type { Domain, Host, KeptLease, VirtNetwork } from '../types';
import { isActive } from '../states';
import { currentDef } from '../world';

/**
 * DHCP leases on libvirtd's virtual networks (docs/decisions/079-…): what dnsmasq gives the lab's
 * running guests, as `virsh net-dhcp-leases` and `domifaddr` (its default `lease` source) read them
 * from the network's status file (bridge_driver.c networkGetDHCPLeases).
 *
 * - The address: a `<host mac ip>` reservation of the network's first IPv4 `<ip>` if one names the
 *   MAC; else the address the MAC had before while its lease is still kept (a client asks for its
 *   old address); else dnsmasq's `address_allocate`: the SDBM hash of the six MAC bytes picks the
 *   seed `start + hash mod size` in the first `<range>`, and the first address from there (wrapping)
 *   that no lease, no reservation and not the network's own address holds. Guests are served in the
 *   order they started, so two MACs whose seeds meet are resolved as dnsmasq would.
 * - The time: libvirt gives its dnsmasq no lease time, so dnsmasq's default of one hour; a guest
 *   renews at half of it (T1), so a running guest's lease ends one hour after its last renewal.
 *   A guest that stops keeps its lease until then (the network's `leases`, written by deactivate),
 *   as a real status file does — nothing tells dnsmasq the guest is gone.
 * - Hostname: the guest's DHCP client sends its hostname, the lab's guests are named as their
 *   domains; client ID: `01:` and the MAC (a client-id of the hardware address, NetworkManager's
 *   and dhclient's common form).
 */
export const LEASE_SECONDS = 3600;

export interface DhcpLease {
  /** The network's bridge (virNetworkDHCPLease.iface). */
  iface: string;
  mac: string;
  ip: string;
  prefix: number;
  hostname: string;
  clientId: string;
  /** Seconds since the epoch. */
  expiry: number;
}

export const ipToInt = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
export const intToIp = (n: number) => [24, 16, 8, 0].map((b) => Math.floor(n / 2 ** b) % 256).join('.');
const isIpv4 = (ip: string | undefined): ip is string =>
  !!ip && /^\d{1,3}(\.\d{1,3}){3}$/.test(ip) && ip.split('.').every((o) => Number(o) <= 255);

/** The IPv4 `<ip>` dnsmasq serves: the first one with a DHCP range. */
function dhcpIp(net: VirtNetwork) {
  return net.def.ips.find((ip) => ip.family !== 'ipv6' && ip.ranges.some((r) => isIpv4(r.start) && isIpv4(r.end)));
}

export function prefixOfIp(ip: { prefix?: string; netmask?: string }): number {
  if (ip.prefix !== undefined) return Number(ip.prefix);
  if (ip.netmask) return ipToInt(ip.netmask).toString(2).replace(/0+$/, '').length;
  return 24;
}

/** dnsmasq's hash of a hardware address (SDBM, unsigned 32-bit; 0 is its marker, so 1). */
export function macHash(mac: string): number {
  let j = 0;
  for (const byte of mac.split(':').map((b) => Number.parseInt(b, 16)))
    j = (byte + ((j << 6) >>> 0) + ((j << 16) >>> 0) - j) >>> 0;
  return j === 0 ? 1 : j;
}

/** The last renewal before `now` of a lease granted at `since`, plus the lease time (seconds). */
export function leaseExpiry(since: number, now: number): number {
  const half = LEASE_SECONDS / 2;
  return since + Math.floor(Math.max(0, now - since) / half) * half + LEASE_SECONDS;
}

/** A guest's interfaces on `net` (type network, its source the network's name), with their MACs. */
function onNetwork(d: Domain, net: VirtNetwork) {
  const def = d.live ?? currentDef(d);
  return def.interfaces.filter((i) => i.type === 'network' && i.source === net.def.name && i.mac);
}

/**
 * A guest whose vCPUs run here (not one arriving by migration, still paused on the target) and whose
 * taps are on the network's bridge: the network is active and has not been started anew since the
 * guest started (a restarted network's new bridge leaves the running guests' taps off it).
 */
export function onBridge(net: VirtNetwork, d: Domain): boolean {
  return net.active && (net.startedAt === undefined || (d.startedAt ?? 0) >= net.startedAt);
}
const runsHere = (d: Domain) => !!d.live && isActive(d.state) && d.job?.kind !== 'migration-in';

/**
 * The leases the network's status file holds at `now` (ms), in allocation order: the recorded leases of
 * stopped guests and of running guests cut off the bridge, while they have not expired; then each
 * connected running guest's interfaces in the order the guests started — a running guest keeps the
 * address it was given (its record, renewed every half lease time while it runs); one with no record
 * (the lab's guests as it opens) gets the address dnsmasq would give it now; one that arrived by
 * migration appears at its client's first renewal here (`from`), asking for the address it had, which
 * dnsmasq (authoritative on libvirt's networks) grants when it is free and in range.
 */
export function networkLeases(host: Host, net: VirtNetwork, now: number): DhcpLease[] {
  const ip = dhcpIp(net);
  if (!ip) return [];
  const nowS = Math.floor(now / 1000);
  const prefix = prefixOfIp(ip);
  const iface = net.def.bridge?.name ?? '';
  const range = ip.ranges.find((r) => isIpv4(r.start) && isIpv4(r.end));
  if (!range) return [];
  const lo = ipToInt(range.start);
  const hi = ipToInt(range.end);
  if (hi < lo) return [];
  const reserved = new Map<string, string>();
  for (const h of ip.hosts) if (h.mac && isIpv4(h.ip)) reserved.set(h.mac.toLowerCase(), h.ip);
  const reservedIps = new Set(reserved.values());
  const records = new Map((net.leases ?? []).map((l) => [l.mac, l]));
  const out: DhcpLease[] = [];
  const taken = new Set<string>();
  const running = host.domains
    .filter((d) => runsHere(d) && onBridge(net, d))
    .sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0) || a.uuid.localeCompare(b.uuid));
  const renewing = new Set(running.flatMap((d) => onNetwork(d, net).map((i) => i.mac.toLowerCase())));
  const lease = (l: KeptLease, expiry: number): DhcpLease => ({
    iface,
    mac: l.mac,
    ip: l.ip,
    hostname: l.hostname,
    prefix,
    clientId: `01:${l.mac}`,
    expiry,
  });
  // A stopped (or cut off) guest's lease stays in the file until it expires: nothing tells dnsmasq.
  for (const l of records.values()) {
    if (renewing.has(l.mac) || l.expiry <= nowS || (l.from ?? 0) > nowS) continue;
    out.push(lease(l, l.expiry));
    taken.add(l.ip);
  }
  for (const mac of renewing) {
    const r = records.get(mac);
    if (r && (r.from ?? 0) <= nowS) taken.add(r.ip);
  }
  const inRange = (text: string) => isIpv4(text) && ipToInt(text) >= lo && ipToInt(text) <= hi;
  const allocate = (mac: string): string | undefined => {
    const fixed = reserved.get(mac);
    if (fixed) return fixed;
    const size = hi - lo + 1;
    const seed = lo + (macHash(mac) % size);
    for (let k = 0; k < size; k++) {
      const text = intToIp(lo + ((seed - lo + k) % size));
      if (taken.has(text) || reservedIps.has(text) || text === ip.address) continue;
      return text;
    }
    return undefined;
  };
  for (const d of running) {
    const hostname = (d.live ?? currentDef(d)).name;
    for (const i of onNetwork(d, net)) {
      const mac = i.mac.toLowerCase();
      const r = records.get(mac);
      if (r?.from !== undefined && r.from > nowS) continue;
      // An arrival asks for the address it had: granted if it is free here (its own record reserved it).
      const asked = r?.from !== undefined && inRange(r.ip) && !reservedIps.has(r.ip) ? r.ip : undefined;
      const addr = r?.from === undefined ? (r?.ip ?? allocate(mac)) : (asked ?? allocate(mac));
      if (!addr) continue;
      taken.add(addr);
      const since = r?.from ?? Math.floor((d.startedAt ?? now) / 1000);
      out.push(lease({ mac, ip: addr, hostname, expiry: 0 }, leaseExpiry(since, nowS)));
    }
  }
  return out;
}

/** The host's networks with `d`'s leases recorded as `leases` gives them (its MACs' records replaced). */
function recordLeases(
  host: Host,
  d: Domain,
  leases: (net: VirtNetwork, macs: string[]) => DhcpLease[],
): VirtNetwork[] | undefined {
  if (host.driver !== 'qemu' || !host.networks) return undefined;
  return host.networks.map((net) => {
    const macs = onNetwork(d, net).map((i) => i.mac.toLowerCase());
    if (macs.length === 0 || !net.active) return net;
    const mine = leases(net, macs).filter((l) => macs.includes(l.mac));
    const others = (net.leases ?? []).filter((l) => !macs.includes(l.mac));
    return { ...net, leases: [...others, ...mine.map(kept)] };
  });
}
const kept = ({ mac, ip, hostname, expiry }: DhcpLease): KeptLease => ({ mac, ip, hostname, expiry });

/**
 * A guest that starts asks for an address: the one its unexpired lease holds, else what dnsmasq
 * allocates now; the record keeps it for as long as the guest runs. `host` has the guest running.
 */
export function grantLeases(host: Host, d: Domain, now: number): VirtNetwork[] | undefined {
  const nowS = Math.floor(now / 1000);
  return recordLeases(host, d, (net, macs) => {
    // A fresh start: its client asks now (an arrival's wait for its renewal clock is over).
    const live = (net.leases ?? [])
      .filter((l) => !macs.includes(l.mac) || (l.expiry > nowS && (l.from ?? 0) <= nowS))
      .map(({ from, ...l }) => (macs.includes(l.mac) || from === undefined ? l : { ...l, from }));
    return networkLeases(host, { ...net, leases: live }, now);
  });
}

/** What a stopping guest leaves in the status file: its leases, kept until they expire. */
export function keepLeases(host: Host, d: Domain, now: number): VirtNetwork[] | undefined {
  return recordLeases(host, d, (net) => networkLeases(host, net, now));
}

/**
 * `net-destroy` kills the network's dnsmasq; its status file stays (networkRemoveInactive deletes it
 * only with the network's definition). What the file holds then is every lease as it stood: the
 * running guests' leases are no longer renewed, and run out an hour after their last renewal.
 */
export function freezeLeases(host: Host, net: VirtNetwork, now: number): KeptLease[] {
  return networkLeases(host, net, now).map(kept);
}

/**
 * A guest that migrates keeps its lease on the source's network (the status file keeps it until it
 * expires: `keepLeases` there). On the target, its DHCP client does not know it moved: it renews on
 * its own clock, at its next T1, asking for the address it had — the record below waits for that
 * moment (`from`). Its leases on the source are read before it leaves.
 */
export function arrivalLeases(source: Host, target: Host, d: Domain, now: number): VirtNetwork[] | undefined {
  if (target.driver !== 'qemu' || !target.networks) return undefined;
  const nowS = Math.floor(now / 1000);
  const half = LEASE_SECONDS / 2;
  return target.networks.map((net) => {
    const macs = onNetwork(d, net).map((i) => i.mac.toLowerCase());
    if (macs.length === 0) return net;
    const there = source.networks?.find((n) => n.def.name === net.def.name);
    const held = there ? networkLeases(source, there, now).filter((l) => macs.includes(l.mac)) : [];
    const records = new Map((there?.leases ?? []).map((l) => [l.mac, l]));
    const arriving = held.map((l): KeptLease => {
      const since = records.get(l.mac)?.from ?? Math.floor((d.startedAt ?? now) / 1000);
      const from = since + Math.max(1, Math.ceil((nowS - since) / half)) * half;
      return { mac: l.mac, ip: l.ip, hostname: l.hostname, expiry: from + LEASE_SECONDS, from };
    });
    const others = (net.leases ?? []).filter((l) => !macs.includes(l.mac));
    return { ...net, leases: [...others, ...arriving] };
  });
}
