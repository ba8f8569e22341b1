import { describe, expect, it } from 'vitest';
import { bootedAnHourAgo } from '../../worlds/builders';
import { labWorld } from '../../worlds/lab';
import { LEASE_SECONDS, leaseExpiry, macHash, networkLeases } from '../leases';

const NOW = Date.UTC(2026, 11, 6, 2, 30);
const kvm1 = () => {
  const host = bootedAnHourAgo(labWorld(), NOW).hosts.find((h) => h.name === 'kvm1');
  if (!host?.networks) throw new Error('kvm1 has no networks');
  return { host, net: host.networks[0] };
};

describe("dnsmasq's leases on a lab KVM host's default network", () => {
  it("hashes a MAC as dnsmasq's address_allocate does (SDBM over the six bytes, unsigned 32-bit)", () => {
    // Worked by hand: j = b + (j << 6) + (j << 16) − j for 52 54 00 12 34 01, modulo 2³².
    expect(macHash('52:54:00:12:34:01')).toBe(1826059873);
    expect(macHash('52:54:00:12:34:02')).toBe(1826059874);
    expect(macHash('00:00:00:00:00:00')).toBe(1);
  });

  it('gives each running guest the address its MAC seeds, one hour after its last renewal', () => {
    const { host, net } = kvm1();
    const leases = networkLeases(host, net, NOW);
    // 192.168.122.2 + 1826059873 mod 253 = .244; the guests booted at 01:30 and renewed at 02:00 and 02:30.
    expect(leases.map((l) => [l.hostname, l.ip, l.prefix, l.iface])).toEqual([
      ['web01', '192.168.122.244', 24, 'virbr0'],
      ['db01', '192.168.122.245', 24, 'virbr0'],
      ['win10', '192.168.122.246', 24, 'virbr0'],
    ]);
    expect(new Set(leases.map((l) => l.expiry))).toEqual(new Set([Date.UTC(2026, 11, 6, 3, 30) / 1000]));
  });

  it('renews at half the lease time', () => {
    expect(leaseExpiry(0, LEASE_SECONDS / 2 - 1)).toBe(LEASE_SECONDS);
    expect(leaseExpiry(0, LEASE_SECONDS / 2)).toBe(LEASE_SECONDS * 1.5);
  });

  it('moves a guest whose seed is taken to the next free address, and honours a reservation', () => {
    const { host, net } = kvm1();
    const ip = net.def.ips[0];
    const reserved = {
      ...net,
      def: { ...net.def, ips: [{ ...ip, hosts: [{ mac: '52:54:00:12:34:02', ip: '192.168.122.244' }] }] },
    };
    const leases = networkLeases(host, reserved, NOW);
    // db01 is fixed at .244; web01, served first, does not take it: it goes on to .245, win10 to .246.
    expect(leases.map((l) => [l.hostname, l.ip])).toEqual([
      ['web01', '192.168.122.245'],
      ['db01', '192.168.122.244'],
      ['win10', '192.168.122.246'],
    ]);
  });

  it('keeps a stopped guest’s lease until it expires, not after', () => {
    const { host, net } = kvm1();
    const kept = {
      ...net,
      leases: [{ mac: '52:54:00:aa:bb:cc', ip: '192.168.122.9', hostname: 'old', expiry: NOW / 1000 + 60 }],
    };
    expect(networkLeases(host, kept, NOW).map((l) => l.hostname)).toContain('old');
    expect(networkLeases(host, kept, NOW + 61_000).map((l) => l.hostname)).not.toContain('old');
  });
});
