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
    expect(equivalents(['autostart', 'web01']).xl).toMatchObject({
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

describe('equivalents of options (xl.1, xm help, Xen 4.4)', () => {
  it('has no xl line for a non-live migration: xl migrate is always live', () => {
    const e = equivalents(['migrate', 'pv-web', 'xen+ssh://xen2.lab/system']);
    expect(e.xl).toMatchObject({ none: 'xl migrate is always live: xl has no non-live migration' });
    expect(e.xm).toEqual({ line: 'xm migrate pv-web xen2.lab' });
  });
  it('says which migrate flags xm and xl lack', () => {
    const e = equivalents(['migrate', '--live', '--persistent', 'pv-web', 'xen+ssh://xen2.lab/system']);
    expect(e.xl).toMatchObject({ none: 'xl keeps no definitions: the config file stays in /etc/xen' });
    expect(e.xm).toMatchObject({
      none: 'xm migrate does not define the domain on the target: xm new its config there',
    });
    expect(equivalents(['migrate', '--live', '--postcopy', 'pv-web', 'xen+ssh://xen2.lab/system']).xl).toMatchObject({
      none: 'xl migrate has no equivalent of --postcopy',
    });
  });
  it('keeps a flag that has an equivalent: restore --paused is -p, where each tool takes it', () => {
    expect(equivalents(['restore', '/root/w.sav', '--paused'])).toMatchObject({
      xl: { line: 'xl restore -p /root/w.sav' },
      xm: { line: 'xm restore /root/w.sav -p' },
    });
    expect(equivalents(['restore', '/root/w.sav', '--running']).xl).toEqual({ line: 'xl restore /root/w.sav' });
    expect(equivalents(['start', 'pv-web', '--paused']).xm).toEqual({ line: 'xm start -p pv-web' });
  });
  it('does not take xl save -p for save --paused: it keeps the domain paused here, not the image', () => {
    const e = equivalents(['save', 'pv-web', '/root/p.sav', '--paused']);
    expect(e.xl).toMatchObject({
      none: 'xl save -p keeps the domain paused here instead; restore it paused with xl restore -p FILE',
    });
    expect('none' in e.xm).toBe(true);
    expect(equivalents(['save', 'pv-web', '/root/p.sav']).xl).toEqual({ line: 'xl save pv-web /root/p.sav' });
  });
  it('has no --config in xm or xl', () => {
    expect(equivalents(['setmem', 'pv-web', '512M', '--config']).xl).toMatchObject({
      none: 'xl changes the running domain only: edit /etc/xen/pv-web.cfg for the next boot',
    });
    expect(equivalents(['vcpupin', 'pv-web', '0', '0-3,^2', '--live'])).toMatchObject({
      xl: { line: 'xl vcpu-pin pv-web 0 0-3,^2' },
      xm: { line: 'xm vcpu-pin pv-web 0 0-3,^2' },
    });
  });
  it('on a KVM host, xm and xl are none, with the reason', () => {
    const e = equivalents(['suspend', 'web01'], { name: 'kvm1', driver: 'qemu' });
    expect(e.virsh).toEqual({ line: 'virsh suspend web01' });
    expect(e.xl).toMatchObject({ none: 'kvm1 is a QEMU/KVM host: xm and xl manage Xen only' });
    expect(e.xm).toEqual(e.xl);
    expect(equivalents(['suspend', 'pv-web'], { name: 'xen1', driver: 'xen' }).xl).toEqual({ line: 'xl pause pv-web' });
  });
});
