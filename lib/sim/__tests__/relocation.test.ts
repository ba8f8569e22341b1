import { describe, expect, it } from 'vitest';
import { checkRelocation, hostAllowed } from '../relocation';
import type { World, XendConfig } from '../types';
import { labWorld } from '../worlds/lab';

/** The lab with one host's xend-config.sxp settings changed. */
function withXend(host: string, over: Partial<XendConfig>, world: World = labWorld()): World {
  return {
    ...world,
    hosts: world.hosts.map((h) =>
      h.name === host && h.xen ? { ...h, xen: { ...h.xen, xend: { ...h.xen.xend, ...over } } } : h,
    ),
  };
}
const reason = (r: ReturnType<typeof checkRelocation>) => (r.ok ? 'ok' : r.error.reason);
const message = (r: ReturnType<typeof checkRelocation>) => (r.ok ? '' : r.error.message);

describe('checkRelocation (xend-config.sxp of the target)', () => {
  it('accepts xen2 → xen1: relocation server on, port 8002, xen2.lab allowed', () => {
    expect(checkRelocation(labWorld(), 'xen2', 'xen1')).toEqual({ ok: true, value: { target: 'xen1' } });
    expect(checkRelocation(labWorld(), 'xen2', 'xen1.lab')).toEqual({ ok: true, value: { target: 'xen1' } });
    expect(checkRelocation(labWorld(), 'xen2', '10.0.0.21')).toEqual({ ok: true, value: { target: 'xen1' } });
  });

  it('refuses a target whose relocation server is off (xen2): connection refused', () => {
    const r = checkRelocation(labWorld(), 'xen1', 'xen2');
    expect(reason(r)).toBe('connection-refused');
    expect(message(r)).toBe("can't connect: [Errno 111] Connection refused");
  });

  it("refuses when the port differs from the target's xend-relocation-port", () => {
    expect(reason(checkRelocation(labWorld(), 'xen2', 'xen1', { port: 8003 }))).toBe('connection-refused');
    const moved = withXend('xen1', { 'xend-relocation-port': 8003 });
    expect(reason(checkRelocation(moved, 'xen2', 'xen1'))).toBe('connection-refused');
    expect(reason(checkRelocation(moved, 'xen2', 'xen1', { port: 8003 }))).toBe('ok');
  });

  it('drops a source that xend-relocation-hosts-allow does not match; xc_save then fails', () => {
    const strict = withXend('xen1', { 'xend-relocation-hosts-allow': '^xen9\\.lab$' });
    const r = checkRelocation(strict, 'xen2', 'xen1', { domid: 3, live: true });
    expect(reason(r)).toBe('not-allowed');
    expect(message(r)).toBe('/usr/lib/xen/bin/xc_save 24 3 0 0 1 failed');
    expect(reason(checkRelocation(withXend('xen1', { 'xend-relocation-hosts-allow': '' }), 'xen2', 'xen1'))).toBe('ok');
  });

  it('refuses unknown and unreachable hosts', () => {
    expect(message(checkRelocation(labWorld(), 'xen1', 'xen9'))).toBe(
      "can't connect: [Errno -2] Name or service not known",
    );
    const world = labWorld();
    const down = { ...world, hosts: world.hosts.map((h) => (h.name === 'xen1' ? { ...h, reachable: false } : h)) };
    expect(message(checkRelocation(down, 'xen2', 'xen1'))).toBe("can't connect: timed out");
  });

  it('finds no xend on a KVM host, and lets localhost through when allowed', () => {
    expect(reason(checkRelocation(labWorld(), 'xen1', 'kvm1'))).toBe('connection-refused');
    expect(checkRelocation(labWorld(), 'xen1', 'localhost')).toEqual({ ok: true, value: { target: 'xen1' } });
  });
});

describe('hostAllowed (Python re.match semantics)', () => {
  it('anchors at the start only and matches FQDN or address', () => {
    expect(hostAllowed('', 'any.lab', '10.0.0.9')).toBe(true);
    expect(hostAllowed('^xen2\\.lab$ ^localhost$', 'xen2.lab', '10.0.0.22')).toBe(true);
    expect(hostAllowed('xen', 'xen2.lab', '10.0.0.22')).toBe(true);
    expect(hostAllowed('lab', 'xen2.lab', '10.0.0.22')).toBe(false);
    expect(hostAllowed('10\\.0\\.0\\.', 'xen2.lab', '10.0.0.22')).toBe(true);
    expect(hostAllowed('[', 'xen2.lab', '10.0.0.22')).toBe(false);
  });
});
