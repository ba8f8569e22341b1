import { describe, expect, it } from 'vitest';
import { Console } from '../../xen/__tests__/lab';
import { cloneDiskPath, cloneName } from '../names';

const meter = (label: string) => `${label.padEnd(60)}|    0 B  00:00 ... \n`;

describe('virt-clone at a KVM host console', () => {
  it('refuses a running or paused original with virt-clone’s message', () => {
    const c = new Console(undefined, 'kvm1');
    const refused = { out: '', err: 'ERROR    Domain to clone must be shutoff.\n', status: 1 };
    expect(c.run('virt-clone --original web01 --auto-clone')).toEqual(refused);
    expect(c.run('virt-clone --original win10 --auto-clone')).toEqual(refused);
  });

  it('--auto-clone: a new name, UUID and MAC, a copied image, defined and shut off', () => {
    const c = new Console(undefined, 'kvm1');
    c.run('virsh shutdown web01');
    c.wait(5);
    expect(c.run('virt-clone --original web01 --auto-clone')).toEqual({
      out: `${meter('Cloning web01.qcow2')}\nClone 'web01-clone' created successfully.\n`,
      err: '',
      status: 0,
    });
    const orig = c.domain('web01')!;
    const clone = c.domain('web01-clone')!;
    expect(clone.state).toBe('shut off');
    expect(clone.uuid).not.toBe(orig.uuid);
    expect(clone.config!.interfaces[0].mac).toMatch(/^52:54:00:/);
    expect(clone.config!.interfaces[0].mac).not.toBe(orig.config!.interfaces[0].mac);
    expect(clone.config!.disks[0].source).toBe('/var/lib/libvirt/images/web01-clone.qcow2');
    expect(c.run('qemu-img info /var/lib/libvirt/images/web01-clone.qcow2').out).toContain('virtual size: 20 GiB');
    expect(c.run('virt-clone --original web01 --auto-clone').out).toContain(
      "Clone 'web01-clone1' created successfully.",
    );
    expect(c.run('virsh start web01-clone').status).toBe(0);
  });

  it('--name and --file put the copy where asked; an existing file is not overwritten', () => {
    const c = new Console(undefined, 'kvm1');
    expect(
      c.run('virt-clone --original build01 --name build02 --file /var/lib/libvirt/images/build02.qcow2').status,
    ).toBe(0);
    expect(c.domain('build02')!.config!.disks[0].source).toBe('/var/lib/libvirt/images/build02.qcow2');
    expect(c.run('virt-clone --original build01 --name build03 --file /var/lib/libvirt/images/web01.qcow2').err).toBe(
      "ERROR    This will overwrite the existing path '/var/lib/libvirt/images/web01.qcow2' (Use --check path_exists=off or --check all=off to override)\n",
    );
    expect(c.domain('build03')).toBeUndefined();
  });

  it('gives virt-clone’s errors in its order', () => {
    const c = new Console(undefined, 'kvm1');
    const e = (line: string) => c.run(line).err;
    expect(e('virt-clone --original build01')).toBe(
      "ERROR    Either --auto-clone or --file is required, use '--auto-clone or --file' and try again.\n",
    );
    expect(e('virt-clone --auto-clone')).toBe(
      "ERROR    An original machine name is required, use '--original src_name' and try again.\n",
    );
    expect(e('virt-clone --original nope --auto-clone')).toBe("ERROR    Domain 'nope' was not found.\n");
    expect(e('virt-clone --original build01 --name web01 --auto-clone')).toBe(
      "ERROR    Invalid name for new guest: Guest name 'web01' is already in use.\n",
    );
    expect(e('virt-clone --original build01 --name b9 --file /nodir/b9.qcow2')).toBe(
      "ERROR    Could not use path '/nodir/b9.qcow2' for cloning: [Errno 2] No such file or directory: '/nodir'\n",
    );
    expect(e('virt-clone --bogus')).toBe(
      'usage: virt-clone --original [NAME] ...\nvirt-clone: error: unrecognized arguments: --bogus\n',
    );
  });
});

describe("virt-clone's names", () => {
  it('follows virtinst: -clone, then a number; disks named after the guest take the new name', () => {
    const taken = (xs: string[]) => (x: string) => xs.includes(x);
    expect(cloneName('base', taken([]))).toBe('base-clone');
    expect(cloneName('base', taken(['base-clone']))).toBe('base-clone1');
    expect(cloneName('base-clone', taken([]))).toBe('base-clone1');
    expect(cloneName('base-clone1', taken([]))).toBe('base-clone2');
    expect(cloneDiskPath('/i/base.qcow2', 'base', 'web02', taken([]))).toBe('/i/web02.qcow2');
    expect(cloneDiskPath('/i/base.qcow2', 'base', 'base-clone', taken(['/i/base-clone.qcow2']))).toBe(
      '/i/base-clone-1.qcow2',
    );
    expect(cloneDiskPath('/i/disk.img', 'base', 'web02', taken([]))).toBe('/i/disk-clone.img');
  });
});
