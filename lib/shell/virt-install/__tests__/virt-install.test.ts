import { describe, expect, it } from 'vitest';
import { Console } from '../../xen/__tests__/lab';

const IMPORT =
  '--memory 1024 --disk path=/var/lib/libvirt/images/g1.qcow2,size=5 --import --os-variant debian11 --graphics none --noautoconsole';

describe('virt-install at a KVM host console', () => {
  it('allocates the disk, starts the guest and defines it, with virt-install’s messages', () => {
    const c = new Console(undefined, 'kvm1');
    const r = c.run(`virt-install --name g1 ${IMPORT}`);
    expect(r).toEqual({
      out: `\nStarting install...\n${"Allocating 'g1.qcow2'".padEnd(60)}|    0 B  00:00 ... \n${'Creating domain...'.padEnd(60)}|    0 B  00:00     \nDomain creation completed.\n`,
      err: '',
      status: 0,
    });
    const d = c.domain('g1')!;
    expect([d.state, d.reason, d.config?.memoryKiB, d.config?.disks[0].target]).toEqual([
      'running',
      'booted',
      1048576,
      'vda',
    ]);
    expect(c.run('virsh list --name').out).toContain('g1\n');
    expect(c.run('qemu-img info -U /var/lib/libvirt/images/g1.qcow2').out).toContain(
      'virtual size: 5 GiB (5368709120 bytes)\n',
    );
  });

  it('--print-xml and --dry-run change nothing', () => {
    const c = new Console(undefined, 'kvm1');
    const before = c.world;
    expect(c.run(`virt-install --name g1 ${IMPORT} --print-xml`).out).toMatch(
      /^<domain type="kvm">\n {2}<name>g1<\/name>/,
    );
    expect(c.run(`virt-install --name g1 ${IMPORT} --dry-run`).out).toBe('Dry run completed successfully\n');
    expect(c.world).toBe(before);
  });

  it('refuses a name in use, after "Starting install..." as virt-install does, and creates nothing', () => {
    const c = new Console(undefined, 'kvm1');
    const r = c.run(`virt-install --name web01 ${IMPORT.replace('g1', 'x')}`);
    expect(r.status).toBe(1);
    expect(r.out).toBe('\nStarting install...\n');
    expect(r.err).toBe(
      "ERROR    Guest name 'web01' is already in use.\nDomain installation does not appear to have been successful.\nIf it was, you can restart your domain by running:\n  virsh --connect qemu:///system start web01\notherwise, please restart your installation.\n",
    );
    expect(c.file('/var/lib/libvirt/images/x.qcow2')).toBeUndefined();
  });

  it('a missing disk without a size is an error', () => {
    const c = new Console(undefined, 'kvm1');
    expect(
      c.run(
        'virt-install --name g2 --memory 512 --disk path=/var/lib/libvirt/images/none.qcow2 --import --os-variant debian11',
      ).err,
    ).toBe(
      "ERROR    Error: --disk path=/var/lib/libvirt/images/none.qcow2: Size must be specified for non existent volume 'none.qcow2'\n",
    );
  });

  it('memory above what the host has free: QEMU cannot start it; the new disk is removed', () => {
    const c = new Console(undefined, 'kvm1');
    const r = c.run(
      'virt-install --name big --memory 65536 --disk size=1 --import --os-variant debian11 --noautoconsole',
    );
    expect(r.status).toBe(1);
    expect(r.err).toContain(
      "ERROR    internal error: process exited while connecting to monitor: cannot set up guest memory 'pc.ram': Cannot allocate memory\n",
    );
    expect(c.domain('big')).toBeUndefined();
    expect(c.file('/var/lib/libvirt/images/big.qcow2')).toBeUndefined();
  });

  it('an existing image is imported as it is; an OS default fills in memory', () => {
    const c = new Console(undefined, 'kvm1');
    c.run('qemu-img create -f raw /var/lib/libvirt/images/base.img 2G');
    const r = c.run(
      'virt-install --name imp --disk /var/lib/libvirt/images/base.img --import --os-variant debian12 --noautoconsole',
    );
    expect(r.out).toBe(
      `Using debian12 default --memory 1024\n\nStarting install...\n${'Creating domain...'.padEnd(60)}|    0 B  00:00     \nDomain creation completed.\n`,
    );
    expect(c.domain('imp')!.config!.disks[0].driverType).toBe('raw');
  });

  it('a CD-ROM install keeps running, its disk ejected in the persistent definition', () => {
    const c = new Console(undefined, 'kvm1');
    c.run('qemu-img create -f raw /tmp/debian.iso 600M');
    const r = c.run(
      'virt-install --name inst --memory 1024 --disk size=8 --cdrom /tmp/debian.iso --os-variant debian11 --noautoconsole',
    );
    expect(r.out).toMatch(
      /\nDomain is still running\. Installation may be in progress\.\nYou can reconnect to the console to complete the installation process\.\n$/,
    );
    const d = c.domain('inst')!;
    expect(d.live!.disks.find((x) => x.device === 'cdrom')!.source).toBe('/tmp/debian.iso');
    expect(d.config!.disks.find((x) => x.device === 'cdrom')!.source ?? '').toBe('');
  });

  it('says what is missing, as virt-install does', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('virt-install --name g --memory 512 --disk none --osinfo generic').err).toBe(
      'ERROR    \nAn install method must be specified\n(--location URL, --cdrom CD/ISO, --pxe, --import, --boot hd|cdrom|...)\n',
    );
    expect(c.run('virt-install --name g --memory 512 --disk none --import').err).toMatch(
      /^ERROR {4}\n--os-variant\/--osinfo OS name is required/,
    );
    expect(c.run('virt-install --name g --bogus').err).toBe(
      'usage: virt-install --name NAME --memory MB STORAGE INSTALL [options]\nvirt-install: error: unrecognized arguments: --bogus\n',
    );
    expect(c.run('virt-install --name').err).toContain(
      'virt-install: error: argument -n/--name: expected one argument\n',
    );
    expect(c.run('virt-install --paravirt --name p --memory 512 --disk none --import').err).toBe(
      "ERROR    Host does not support virtualization type 'xen'\n",
    );
  });
});

describe('virt-install on Xen', () => {
  it('--connect xen:///system --paravirt makes a PV guest with a raw image', () => {
    const c = new Console(undefined, 'xen1');
    const r = c.run(
      'virt-install --connect xen:///system --paravirt --name pv1 --memory 512 --disk path=/var/lib/xen/images/pv1.img,size=4 --import --network bridge=xenbr0 --graphics none --noautoconsole',
    );
    expect(r.status).toBe(0);
    const d = c.domain('pv1')!;
    // The Xen driver reports a PV guest's <type>xen</type> as linux, as libvirt's xen drivers did.
    expect([d.state, d.config!.osType, d.config!.disks[0].target]).toEqual(['running', 'linux', 'xvda']);
    expect(c.run('qemu-img info /var/lib/xen/images/pv1.img').out).toContain('file format: raw\n');
    expect(c.run('xm list pv1').status).toBe(0);
  });
});

describe('virt-install without --noautoconsole', () => {
  it('a guest without graphics gets virsh console, which the lab console (no TTY) cannot run', () => {
    const c = new Console(undefined, 'kvm1');
    const r = c.run(
      'virt-install --name t1 --memory 1024 --disk size=1 --import --os-variant debian11 --graphics none',
    );
    expect(r.out).toContain(
      'Running text console command: virsh --connect qemu:///system console t1\nDomain creation completed.\n',
    );
    expect(r.err).toBe(
      'error: Cannot run interactive console without a controlling TTY\n\nWARNING  Console command returned failure.\n',
    );
  });

  it('a graphical guest needs virt-viewer: virt-install warns and waits for the guest', () => {
    const c = new Console(undefined, 'kvm1');
    const r = c.run('virt-install --name t2 --memory 1024 --disk size=1 --import --os-variant debian11');
    expect(r.err).toBe(
      "WARNING  Unable to connect to graphical console: virt-viewer not installed. Please install the 'virt-viewer' package.\nWARNING  No console to launch for the guest, defaulting to --wait -1\n",
    );
    expect(r.out).toMatch(
      /\nDomain is still running\. Installation may be in progress\.\nWaiting for the installation to complete\.\n$/,
    );
    expect(c.domain('t2')!.state).toBe('running');
  });
});
