import { describe, expect, it } from 'vitest';
import { Console, lab, withHost, withXend } from '../../xen/__tests__/lab';

/** The lab with xen2's relocation server on (the lab ships it off). */
const xen2Accepts = () =>
  withXend(lab(), 'xen2', { 'xend-relocation-server': 'yes', 'xend-relocation-hosts-allow': '^xen1\\.lab$' });

describe('xm migrate', () => {
  it('moves a running guest and blocks until it has arrived', () => {
    const c = new Console(xen2Accepts());
    expect(c.run('xm migrate -l pv-web xen2')).toEqual({ out: '', err: '', status: 0 });
    expect(c.domain('pv-web', 'xen2')).toMatchObject({ state: 'running', reason: 'migrated' });
    expect(c.domain('pv-web', 'xen2')!.job).toBeUndefined();
    // xend keeps its managed config on the source, halted.
    expect(c.domain('pv-web')).toMatchObject({ state: 'shut off' });
    expect(c.run('xm list pv-web').out).toContain(`${'pv-web'.padEnd(40)}        1024     2                 0.0`);
  });

  it('is refused when the target runs no relocation server (xen2 as shipped)', () => {
    const r = new Console().run('xm migrate pv-web xen2');
    expect(r.err).toBe("Error: can't connect: [Errno 111] Connection refused\n");
    expect(r.out).toMatch(
      /^Usage: xm migrate <Domain> <Host>\n\nMigrate a domain to another machine\.\n\nOptions:\n\n-h, --help {11}Print this help\.\n-l, --live {11}Use live migration\.\n/,
    );
    expect(r.status).toBe(1);
  });

  it("is refused on a port other than the target's xend-relocation-port", () => {
    const c = new Console(xen2Accepts());
    expect(c.run('xm migrate -p 8003 pv-web xen2').err).toBe("Error: can't connect: [Errno 111] Connection refused\n");
    const moved = withXend(xen2Accepts(), 'xen2', { 'xend-relocation-port': 8003 });
    expect(new Console(moved).run('xm migrate pv-web xen2').err).toBe(
      "Error: can't connect: [Errno 111] Connection refused\n",
    );
    expect(new Console(moved).run('xm migrate --port=8003 pv-web xen2').status).toBe(0);
  });

  it('fails when xend-relocation-hosts-allow does not match the source (the target drops the stream)', () => {
    const c = new Console(withXend(xen2Accepts(), 'xen2', { 'xend-relocation-hosts-allow': '^xen9\\.lab$' }));
    expect(c.run('xm migrate -l pv-web xen2').err).toBe('Error: /usr/lib/xen/bin/xc_save 24 1 0 0 1 failed\n');
    expect(c.domain('pv-web')!.state).toBe('running');
  });

  it('fails for unknown and unreachable hosts', () => {
    expect(new Console().run('xm migrate pv-web xen9').err).toBe(
      "Error: can't connect: [Errno -2] Name or service not known\n",
    );
    const down = withHost(xen2Accepts(), 'xen2', (h) => ({ ...h, reachable: false }));
    expect(new Console(down).run('xm migrate pv-web xen2').err).toBe("Error: can't connect: timed out\n");
  });

  it('refuses Domain-0, inactive and paused domains, and an HVM guest for a host without VT-x', () => {
    const c = new Console(xen2Accepts());
    expect(c.run('xm migrate Domain-0 xen2').err).toBe('Error: Cannot migrate privileged domain Domain-0\n');
    expect(c.run('xm migrate pv-db xen2').err).toBe('Error: Domain is not running\n');
    expect(c.run('xm migrate ghost xen2')).toEqual({
      out: '',
      err: "Error: Domain 'ghost' does not exist.\n",
      status: 3,
    });
    expect(c.run('xm migrate hvm-win xen2').err).toBe(
      'Error: HVM guest support is unavailable: is VT/AMD-V supported by your CPU and enabled in your BIOS? (from xen2)\n',
    );
    c.run('xm pause pv-web');
    expect(c.run('xm migrate pv-web xen2').err).toBe('Error: Domain is not running\n');
  });

  it('has -l, not needed by xl; wrong argument counts are OptionErrors', () => {
    const r = new Console().run('xm migrate pv-web');
    expect(r.err).toBe('Error: Invalid number of arguments\n');
    expect(r.out.endsWith('\n\n')).toBe(true);
  });

  it('to localhost (allowed on xen1): the guest comes back with a new id', () => {
    const c = new Console();
    expect(c.run('xm migrate pv-web localhost').status).toBe(0);
    expect(c.domain('pv-web')).toMatchObject({ state: 'running', id: 3 });
  });
});
