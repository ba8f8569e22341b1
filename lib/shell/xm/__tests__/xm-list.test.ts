import { describe, expect, it } from 'vitest';
import { Console } from '../../xen/__tests__/lab';

describe('xm list', () => {
  it('prints Domain-0 first, then domains by name; inactive managed ones have an empty ID and State', () => {
    const r = new Console().run('xm list');
    expect(r.status).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(
      [
        'Name                                        ID   Mem VCPUs      State   Time(s)',
        'Domain-0                                     0  2048     2     r-----   5068.6',
        'hvm-win                                      2  2048     2     r-----    144.0',
        'pv-db                                           2048     1                 0.0',
        'pv-web                                       1  1024     2     r-----    144.0',
        '',
      ].join('\n'),
    );
  });

  it("keeps xm's column widths: name 40, ID/Mem/VCPUs 5, State 10, Time %8.1f", () => {
    const [head, dom0] = new Console().run('xm list').out.split('\n');
    expect(head.indexOf('ID') + 2).toBe(46);
    expect(head.indexOf('Time(s)') + 7).toBe(head.length);
    expect(dom0.slice(0, 40).trimEnd()).toBe('Domain-0');
    expect(dom0.slice(41, 46)).toBe('    0');
    expect(dom0.slice(59, 69)).toBe('    r-----');
  });

  it('shows paused, named domains in the order given, and refuses unknown ones with status 3', () => {
    const c = new Console();
    c.run('xm pause pv-web');
    expect(
      c
        .run('xm list pv-web Domain-0')
        .out.split('\n')
        .slice(1, 3)
        .map((l) => `${l.split(/\s+/)[0]} ${l.split(/\s+/)[4]}`),
    ).toEqual(['pv-web --p---', 'Domain-0 r-----']);
    expect(c.run('xm list nope')).toEqual({ out: '', err: "Error: Domain 'nope' does not exist.\n", status: 3 });
  });

  it('filters by --state and refuses a state with names', () => {
    const c = new Console();
    expect(
      c
        .run('xm list --state=halted')
        .out.split('\n')
        .slice(1, -1)
        .map((l) => l.split(' ')[0]),
    ).toEqual(['pv-db']);
    const r = c.run('xm list --state=running pv-web');
    expect(r.status).toBe(1);
    expect(r.err).toBe('Error: You may specify either a state or a particular VM, but not both\n');
    expect(r.out).toMatch(
      /^Usage: xm list \[options\] \[Domain, \.\.\.\]\n\nList information about all\/some domains\.\n {2}-l, --long/,
    );
  });

  it('prints the SXP config with -l', () => {
    const out = new Console().run('xm list -l pv-web').out;
    expect(out).toMatch(/^\(domain\n {4}\(domid 1\)/);
    expect(out).toContain('(name pv-web)');
    expect(out).toContain('(memory 1024)');
    expect(out).toContain('(state r-----)');
  });

  it('rejects an unknown option the way getopt does', () => {
    const r = new Console().run('xm list --bogus');
    expect(r.err).toBe('Error: option --bogus not recognized\n1\n');
    expect(r.status).toBe(1);
  });
});

describe('xm vcpu-list', () => {
  it("uses xm's format: '%-32s %5s %5s %5s %5s %9s %s', 'any cpu' for no pinning", () => {
    const out = new Console().run('xm vcpu-list pv-web').out;
    expect(out).toBe(
      [
        'Name                                ID  VCPU   CPU State   Time(s) CPU Affinity',
        'pv-web                               1     0     1   r--      72.0 any cpu',
        'pv-web                               1     1     2   r--      72.0 any cpu',
        '',
      ].join('\n'),
    );
  });

  it('lists every domain xend knows, offline vCPUs as --p, and pinned CPUs as ranges', () => {
    const c = new Console();
    c.run('xm vcpu-set pv-web 1');
    c.run('xm vcpu-pin pv-web 0 0-1');
    const rows = c.run('xm vcpu-list').out.split('\n');
    expect(rows.filter((l) => l.startsWith('pv-web'))).toEqual([
      'pv-web                               1     0     1   r--      72.0 0-1',
      'pv-web                               1     1     -   --p       0.0 any cpu',
    ]);
    expect(rows.filter((l) => l.startsWith('pv-db'))[0]).toBe(
      'pv-db                                      0                   0.0 any cpu',
    );
    expect(rows.filter((l) => l.startsWith('Domain-0'))).toHaveLength(2);
  });
});

describe('xm info and xm dmesg show whether the host can run HVM guests', () => {
  it('xen1 (VT-x): virt_caps hvm, xen_caps with hvm-3.0', () => {
    const out = new Console().run('xm info').out;
    expect(out.split('\n')[0]).toBe('host                   : xen1');
    expect(out).toContain('virt_caps              : hvm hvm_directio\n');
    expect(out).toContain(
      'xen_caps               : xen-3.0-x86_64 xen-3.0-x86_32p hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64\n',
    );
    expect(out).toContain('total_memory           : 16384\n');
    expect(out).toContain('xen_extra              : .4\n');
    expect(out.trimEnd().split('\n').pop()).toBe('xend_config_format     : 4');
  });

  it('xen2 (no VT-x): empty virt_caps, no hvm in xen_caps; dmesg says why', () => {
    const c = new Console(undefined, 'xen2');
    const out = c.run('xm info').out;
    expect(out).toContain('virt_caps              : \n');
    expect(out).toContain('xen_caps               : xen-3.0-x86_64 xen-3.0-x86_32p\n');
    expect(c.run('xm dmesg').out).toContain('HVM: no hardware support');
  });

  it('dmesg -c clears the ring after printing it', () => {
    const c = new Console();
    expect(c.run('xm dmesg -c').out).toContain('HVM: VMX enabled');
    expect(c.run('xm dmesg')).toEqual({ out: '', err: '', status: 0 });
    const r = c.run('xm dmesg foo');
    expect(r.err).toBe('Error: No parameter required\n1\n');
  });
});

describe('xm domid, domname, domstate, uptime', () => {
  it('converts names and ids', () => {
    const c = new Console();
    expect(c.run('xm domid pv-web').out).toBe('1\n');
    expect(c.run('xm domid pv-db').out).toBe('None\n');
    expect(c.run('xm domname 2').out).toBe('hvm-win\n');
    expect(c.run('xm domname 9')).toEqual({ out: '', err: "Error: Domain '9' does not exist.\n", status: 3 });
  });

  it("domstate words, including xm's find() > 0 quirk for a domain on a CPU", () => {
    const c = new Console();
    expect(c.run('xm domstate pv-db').out).toBe('shutoff\n');
    expect(c.run('xm domstate pv-web')).toEqual({ out: '', err: '', status: 0 });
    c.run('xm pause pv-web');
    expect(c.run('xm domstate pv-web').out).toBe('paused by admin\n');
  });

  it('uptime: hours since start, 0:00:00 for inactive', () => {
    const out = new Console().run('xm uptime').out.split('\n');
    expect(out[0]).toBe('Name                                ID Uptime ');
    expect(out).toContain('pv-web                               1  1:00:00');
    expect(out).toContain('pv-db                                   0:00:00');
  });
});
