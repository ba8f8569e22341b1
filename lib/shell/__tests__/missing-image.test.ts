import { describe, expect, it } from 'vitest';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';
import { virshForEnv } from '../l10n/ja';
import type { ConsoleLang } from '../shell-env';
import { Console } from '../xen/__tests__/lab';

const NO_WEB02 =
  "error: Failed to start domain 'web02'\nerror: Cannot access storage file '/var/lib/libvirt/images/web02.qcow2' (as uid:64055, gid:108): No such file or directory\n";

/** kvm1's console after copying web01's definition to web02 (the disk path renamed with it, no image made). */
function web02Defined(c = new Console(undefined, 'kvm1')): Console {
  c.run('virsh dumpxml web01 > web02.xml');
  c.run("sed -i 's/web01/web02/g; /<uuid>/d' web02.xml");
  expect(c.run('virsh define web02.xml').status).toBe(0);
  return c;
}

describe('a guest whose disk image is missing does not start (decision 074)', () => {
  it("QEMU: libvirt opens each image as QEMU's user first — the start fails, leaving only qemuProcessStop's marks", () => {
    const c = web02Defined();
    const before = c.world;
    const def = c.domain('web02')!.config;
    const id = c.world.hosts.find((h) => h.name === 'kvm1')!.nextId;
    expect(c.run('virsh start web02')).toEqual({ out: '\n', err: NO_WEB02, status: 1 });
    // qemuProcessInit gave it an id before PrepareHost opened the images; the stop path says why it is off.
    expect(c.run('virsh domstate web02 --reason').out).toBe('shut off (failed)\n\n');
    expect(c.world.events).toEqual(before.events);
    expect(c.domain('web02')!.config).toEqual(def);
    c.run('qemu-img create -f qcow2 /var/lib/libvirt/images/web02.qcow2 20G');
    expect(c.run('virsh start web02').status).toBe(0);
    expect(c.run('virsh domid web02').out).toBe(`${id + 1}\n\n`);
    expect(c.run('virsh domstate web02 --reason').out).toBe('running (booted)\n\n');
  });

  it('a transient guest whose start fails is gone, and its id spent all the same', () => {
    const c = web02Defined();
    c.run('virsh undefine web02');
    const id = c.world.hosts.find((h) => h.name === 'kvm1')!.nextId;
    expect(c.run('virsh create web02.xml').status).toBe(1);
    expect(c.run('virsh list --all --name').out).not.toContain('web02');
    c.run('qemu-img create -f qcow2 /var/lib/libvirt/images/web02.qcow2 20G');
    expect(c.run('virsh create web02.xml').status).toBe(0);
    expect(c.run('virsh domid web02').out).toBe(`${id + 1}\n\n`);
  });

  it('an image made with qemu-img (or copied) lets it start', () => {
    const c = web02Defined();
    expect(c.run('qemu-img create -f qcow2 /var/lib/libvirt/images/web02.qcow2 20G').status).toBe(0);
    expect(c.run('virsh start web02').out).toBe("Domain 'web02' started\n\n");
  });

  it('the image store is shared by the KVM hosts: an image written on kvm1 is there on kvm2', () => {
    const c = web02Defined();
    c.run('cp /var/lib/libvirt/images/web01.qcow2 /var/lib/libvirt/images/web02.qcow2');
    expect(c.run('virsh migrate web02 qemu+ssh://kvm2/system --offline --persistent --undefinesource').status).toBe(0);
    const there = new Console(c.world, 'kvm2');
    expect(there.run('virsh start web02').out).toBe("Domain 'web02' started\n\n");
  });

  it('a file outside the store is only on its own host', () => {
    const c = new Console(undefined, 'kvm1');
    c.run("virsh dumpxml web01 | sed 's/web01/web02/g; /<uuid>/d; s#/var/lib/libvirt/images/#/root/#' > web02.xml");
    c.run('cp /var/lib/libvirt/images/web01.qcow2 /root/web02.qcow2');
    expect(c.run('virsh define web02.xml').status).toBe(0);
    expect(c.run('virsh migrate web02 qemu+ssh://kvm2/system --offline --persistent --undefinesource').status).toBe(0);
    const there = new Console(c.world, 'kvm2');
    expect(there.run('virsh start web02').err).toContain(
      "Cannot access storage file '/root/web02.qcow2' (as uid:64055, gid:108): No such file or directory",
    );
  });

  it('restoring a save image checks the disks too', () => {
    const c = new Console(undefined, 'kvm1');
    c.run('virsh save build01 /root/x.save');
    c.run('virsh start build01');
    expect(c.run('virsh save build01 /root/b.save').status).toBe(0);
    c.run('rm /var/lib/libvirt/images/build01.qcow2');
    expect(c.run('virsh restore /root/b.save').err).toBe(
      "error: Failed to restore domain from /root/b.save\nerror: Cannot access storage file '/var/lib/libvirt/images/build01.qcow2' (as uid:64055, gid:108): No such file or directory\n",
    );
  });

  it("on /ja the line stays English: libvirt-l10n's catalogue has no translation of the uid/gid form", () => {
    let world = labWorld();
    const run = (line: string, lang: ConsoleLang = 'ja') => {
      const r = runConsoleLine({ world, host: 'kvm1', line, now: 0, lang, l10n: virshForEnv });
      world = r.world;
      return r.stderr;
    };
    run('virsh dumpxml web01 | sed "s/web01/web02/g; /<uuid>/d" > web02.xml');
    run('virsh define web02.xml');
    expect(run('virsh start web02')).toBe(
      "エラー: ドメイン 'web02' の起動に失敗しました\nエラー: Cannot access storage file '/var/lib/libvirt/images/web02.qcow2' (as uid:64055, gid:108): そのようなファイルやディレクトリはありません\n",
    );
  });
});

describe('Xen: a config naming a missing image', () => {
  const copy = (c: Console) => c.run("sed 's/pv-db/pv-x/g; /uuid/d' /etc/xen/pv-db.cfg > /root/x.cfg");

  it("xl create: libxl__device_disk_set_backend's stat fails after the domain is made; nothing stays", () => {
    const c = new Console();
    copy(c);
    const before = c.world.hosts;
    expect(c.run('xl create /root/x.cfg')).toEqual({
      out: 'Parsing config from /root/x.cfg\n',
      err: 'libxl: error: libxl_device.c:264:libxl__device_disk_set_backend: Disk vdev=xvda failed to stat: /var/lib/xen/images/pv-x.img: No such file or directory\n',
      status: 3,
    });
    expect(c.world.hosts.find((h) => h.name === 'xen1')!.domains).toEqual(
      before.find((h) => h.name === 'xen1')!.domains,
    );
    c.run('cp /var/lib/xen/images/pv-db.img /var/lib/xen/images/pv-x.img');
    expect(c.run('xl create /root/x.cfg').status).toBe(0);
    expect(c.domain('pv-x')!.state).toBe('running');
  });

  it("xm create and xm start: the block hotplug script's words through xend's DevController", () => {
    const c = new Console();
    copy(c);
    expect(c.run('xm create /root/x.cfg')).toEqual({
      out: 'Using config file "/root/x.cfg".\n',
      err: 'Error: Device 51712 (vbd) could not be connected. /var/lib/xen/images/pv-x.img does not exist.\n1\n',
      status: 1,
    });
    expect(c.run('xm new /root/x.cfg').status).toBe(0);
    expect(c.run('xm start pv-x').err).toBe(
      'Error: Device 51712 (vbd) could not be connected. /var/lib/xen/images/pv-x.img does not exist.\n',
    );
  });

  it("virsh start on the Xen host: libvirt's libxl driver reports libxenlight's failure", () => {
    const c = new Console();
    c.run('rm /var/lib/xen/images/pv-db.img');
    expect(c.run('virsh start pv-db').err).toBe(
      "error: Failed to start domain 'pv-db'\nerror: internal error: libxenlight failed to create new domain 'pv-db'\n",
    );
  });
});

describe('xl create of a copied config that keeps another domain’s uuid (decision 074)', () => {
  it('says why the lab cannot start it (libxl 4.4 checks no uuid), not a bare "cannot make domain: -3"', () => {
    const c = new Console();
    c.run("sed 's/pv-web/pv-web2/g' /etc/xen/pv-web.cfg > /root/w2.cfg");
    c.run('cp /var/lib/xen/images/pv-web.img /var/lib/xen/images/pv-web2.img');
    const before = c.world.hosts;
    const r = c.run('xl create /root/w2.cfg');
    expect(r.out).toBe('Parsing config from /root/w2.cfg\n');
    expect(r.err).toMatch(
      /^virtlab: pv-web2's config keeps the uuid of pv-web \([0-9a-f-]{36}\)\. Xen 4\.4's libxl checks no uuid/,
    );
    expect(r.err).not.toContain('cannot make domain');
    expect(r.status).toBe(1);
    expect(c.world.hosts).toEqual(before);
    c.run("sed -i '/^uuid/d' /root/w2.cfg");
    expect(c.run('xl create /root/w2.cfg').status).toBe(0);
  });
});
