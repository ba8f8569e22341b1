import { describe, expect, it } from 'vitest';
import { equivalents } from '../equivalents';

describe('equivalents', () => {
  it('maps virsh suspend to xl/xm pause', () => {
    expect(equivalents(['suspend', 'web01'])).toEqual({
      virsh: { line: 'virsh suspend web01' },
      xl: { line: 'xl pause web01' },
      xm: { line: 'xm pause web01' },
    });
  });
  it('converts setmem sizes to MiB for xm and quotes odd names', () => {
    const e = equivalents(['setmem', 'my vm', '1536M', '--live']);
    expect(e.virsh).toEqual({ line: "virsh setmem 'my vm' 1536M --live" });
    expect(e.xm).toEqual({ line: "xm mem-set 'my vm' 1536" });
    expect(e.xl).toEqual({ line: "xl mem-set 'my vm' 1536m" });
  });
  it('says why a dialect has no equivalent', () => {
    expect(equivalents(['autostart', 'web01']).xl).toEqual({
      none: 'xl has no autostart command: link the config into /etc/xen/auto',
    });
    expect('none' in equivalents(['emulatorpin', 'web01']).xm).toBe(true);
    // Xen 4.4: xm has `reset`; xl has no reset subcommand, its trigger sends the reset (HVM guests).
    expect(equivalents(['reset', 'web01'])).toMatchObject({
      xm: { line: 'xm reset web01' },
      xl: { line: 'xl trigger web01 reset' },
    });
  });
  it('gives migrate the target host from the destination URI, and xm its --live', () => {
    expect(equivalents(['migrate', '--live', 'pv-web', 'xen+ssh://xen2.lab/system'])).toEqual({
      virsh: { line: 'virsh migrate --live pv-web xen+ssh://xen2.lab/system' },
      xl: { line: 'xl migrate pv-web xen2.lab' },
      xm: { line: 'xm migrate --live pv-web xen2.lab' },
    });
    expect(equivalents(['migrate', 'web01', 'qemu+ssh://root@kvm2.lab/system']).xm).toEqual({
      line: 'xm migrate web01 kvm2.lab',
    });
  });
});
