import { describe, expect, it } from 'vitest';
import { Console } from './lab';

const HEADER =
  '      NAME  STATE   CPU(sec) CPU(%)     MEM(k) MEM(%)  MAXMEM(k) MAXMEM(%) VCPUS NETS NETTX(k) NETRX(k) VBDS   VBD_OO   VBD_RD   VBD_WR  VBD_RSECT  VBD_WSECT SSID\n';

describe('xentop (Xen 4.4 xentop.c)', () => {
  it('-b -i 1: the table only, running domains by name, Domain-0 without a memory limit', () => {
    const c = new Console(undefined, 'xen1');
    c.run('xm pause pv-web');
    const lines = c.run('xentop -b -i 1').out.split('\n');
    expect(`${lines[0]}\n`).toBe(HEADER);
    expect(lines[1]).toBe(
      '  Domain-0 -----r       5068    0.0    2097152   12.5   no limit       n/a     2    0        0        0    0        0        0        0          0          0    0',
    );
    expect(lines.slice(1, -1).map((l) => l.slice(0, 17))).toEqual([
      '  Domain-0 -----r',
      '   hvm-win -----r',
      '    pv-web ----p-',
    ]);
    // 1 GiB of 16 GiB is 6.25%: printf rounds the exact tie to even.
    expect(lines[3]).toContain('1048576    6.2    1048576       6.2     2');
  });

  it('a second frame shows the CPU share used over the delay', () => {
    const frames = new Console(undefined, 'xen1').run('xentop -b -i 2 -d 1').out.split(HEADER);
    expect(frames).toHaveLength(3);
    expect(frames[1]).toContain('   hvm-win -----r        144    0.0');
    expect(frames[2]).toContain('   hvm-win -----r        144    4.0');
  });

  it('without -b, one screen: summary, table and the key line; only on Xen hosts', () => {
    const c = new Console(undefined, 'xen1');
    const out = c.run('xentop').out;
    expect(out).toMatch(
      /^xentop - \d\d:\d\d:\d\d {3}Xen 4\.4\.4\n3 domains: 3 running, 0 blocked, 0 paused, 0 crashed, 0 dying, 0 shutdown \nMem: 16777216k total, /,
    );
    expect(out).toContain('CPUs: 4 @ 3300MHz\n');
    expect(out.endsWith('\n  Delay  Networks  vBds  Tmem  VCPUs  Repeat header  Sort order  Quit  \n')).toBe(true);
    expect(new Console(undefined, 'kvm1').run('xentop')).toEqual({
      out: '',
      err: '-bash: xentop: command not found\n',
      status: 127,
    });
  });
});
