import { describe, expect, it } from 'vitest';
import { Console } from '../../xen/__tests__/lab';

describe('qemu-img at the lab console works on the host’s files', () => {
  it('sees the lab guests’ disks as images', () => {
    const c = new Console(undefined, 'kvm1');
    const r = c.run('qemu-img info -U /var/lib/libvirt/images/web01.qcow2');
    expect(r.out).toContain('file format: qcow2\nvirtual size: 20 GiB (21474836480 bytes)\n');
    expect(new Console(undefined, 'xen1').run('qemu-img info /var/lib/xen/images/pv-web.img').out).toContain(
      'file format: raw\n',
    );
  });

  it('an overlay on a guest disk keeps its backing file; convert flattens it', () => {
    const c = new Console(undefined, 'kvm1');
    expect(
      c.run('qemu-img create -f qcow2 -b /var/lib/libvirt/images/web01.qcow2 -F qcow2 /root/web01-overlay.qcow2')
        .status,
    ).toBe(0);
    expect(c.run('qemu-img info web01-overlay.qcow2').out).toContain(
      'backing file: /var/lib/libvirt/images/web01.qcow2\nbacking file format: qcow2\n',
    );
    expect(c.run('qemu-img convert -O raw web01-overlay.qcow2 flat.img').status).toBe(0);
    expect(c.run('qemu-img info flat.img').out).toBe(
      'image: flat.img\nfile format: raw\nvirtual size: 20 GiB (21474836480 bytes)\ndisk size: 4 KiB\n',
    );
    expect(c.run('ls -1 /root').out).toBe('flat.img\nweb01-overlay.qcow2\n');
  });

  it('resize and snapshot change the file; errors change nothing', () => {
    const c = new Console(undefined, 'kvm1');
    c.run('qemu-img create -f qcow2 d.qcow2 1G');
    const before = c.file('/root/d.qcow2');
    expect(c.run('qemu-img resize d.qcow2 512M').status).toBe(1);
    expect(c.file('/root/d.qcow2')).toBe(before);
    expect(c.run('qemu-img resize d.qcow2 +1G').out).toBe('Image resized.\n');
    expect(c.run('qemu-img snapshot -c before-upgrade d.qcow2').status).toBe(0);
    expect(c.run('qemu-img snapshot -l d.qcow2').out).toContain('before-upgrade');
    expect(c.run('qemu-img info d.qcow2').out).toContain('virtual size: 2 GiB (2147483648 bytes)\n');
  });
});

describe('Tab and --help for the disk tools', () => {
  const ctx = { domains: ['web01', 'build01'], files: ['/var/lib/libvirt/images/web01.qcow2'] };
  it('completes subcommands, options, formats, domains and files', async () => {
    const { completeLine } = await import('../../complete');
    expect(completeLine('qemu-im', ctx).line).toBe('qemu-img ');
    expect(completeLine('qemu-img cr', ctx).line).toBe('qemu-img create ');
    expect(completeLine('qemu-img create -f q', ctx).line).toBe('qemu-img create -f qcow2 ');
    expect(completeLine('qemu-img info --back', ctx).line).toBe('qemu-img info --backing-chain ');
    expect(completeLine('qemu-img info /var/lib/libvirt/images/w', ctx).line).toBe(
      'qemu-img info /var/lib/libvirt/images/web01.qcow2 ',
    );
    expect(completeLine('virt-install --noauto', ctx).line).toBe('virt-install --noautoconsole ');
    expect(completeLine('virt-install --os-variant debian1', ctx).candidates).toEqual([
      'debian10',
      'debian11',
      'debian12',
    ]);
    expect(completeLine('virt-clone --original bu', ctx).line).toBe('virt-clone --original build01 ');
    expect(completeLine('virt-clone --auto', ctx).line).toBe('virt-clone --auto-clone ');
  });

  it('prints each tool’s help', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('qemu-img --help').out).toContain(
      '  create [-q] [-f fmt] [-b backing_file [-F backing_fmt]] filename [size]\n',
    );
    expect(c.run('virt-install --help').out).toMatch(/^usage: virt-install --name NAME --memory MB STORAGE INSTALL/);
    expect(c.run('virt-clone -h').out).toContain('  --auto-clone          Auto generate clone name');
    expect(c.run('help').out).toContain('qemu-img, virt-install, virt-clone');
  });
});

describe('qemu-img options', () => {
  it('takes an attached short option argument; says when a real option is not simulated', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('qemu-img create -fqcow2 a.qcow2 1G').out).toContain("Formatting 'a.qcow2', fmt=qcow2 ");
    expect(c.run('qemu-img create -f qcow2 -o preallocation=metadata b.qcow2 1G')).toEqual({
      out: '',
      err: 'qemu-img: -o: this qemu-img option is not simulated in the lab\n',
      status: 1,
    });
    expect(c.run('qemu-img create -Z a 1G').err).toBe(
      "qemu-img: unrecognized option '-Z'\nTry 'qemu-img --help' for more information\n",
    );
  });
});

describe('a running KVM guest holds its disk locked (checked with qemu-io holding an image open)', () => {
  const lock = (path: string, shared: boolean) =>
    `qemu-img: Could not open '${path}': Failed to get ${shared ? 'shared ' : ''}"write" lock\nIs another process using the image [${path}]?\n`;
  it('reading needs -U while web01 runs; writing is refused; a shut-off guest’s disk is free', () => {
    const c = new Console(undefined, 'kvm1');
    const disk = '/var/lib/libvirt/images/web01.qcow2';
    expect(c.run(`qemu-img info ${disk}`)).toEqual({ out: '', err: lock(disk, true), status: 1 });
    expect(c.run(`qemu-img info -U ${disk}`).status).toBe(0);
    expect(c.run(`qemu-img resize ${disk} +1G`).err).toBe(lock(disk, false));
    expect(c.run(`qemu-img snapshot -c s1 ${disk}`).err).toBe(lock(disk, false));
    expect(c.run(`qemu-img convert --force-share -O raw ${disk} /root/web01.img`).status).toBe(0);
    expect(c.run('qemu-img info /var/lib/libvirt/images/build01.qcow2').status).toBe(0);
    c.run('virsh destroy web01');
    expect(c.run(`qemu-img resize ${disk} +1G`).out).toBe('Image resized.\n');
  });

  it("reads its options as getopt_long does (checked against qemu-img 7.2): a cluster with a value, a long option's prefix", () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('qemu-img create -qf qcow2 q1.qcow2 1G')).toEqual({ out: '', err: '', status: 0 });
    expect(c.run('qemu-img info --back q1.qcow2').out).toContain('image: q1.qcow2\nfile format: qcow2\n');
    expect(c.run('qemu-img info -z q1.qcow2')).toEqual({
      out: '',
      err: "qemu-img: unrecognized option '-z'\nTry 'qemu-img --help' for more information\n",
      status: 1,
    });
  });
});
