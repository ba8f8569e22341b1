import { describe, expect, it } from 'vitest';
import { Console } from '../../xen/__tests__/lab';

describe('issue 9 commands at a lab host’s console', () => {
  it('attach-disk makes a host block device type=block, as virsh does after stat(); a file stays a file', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('virsh attach-disk web01 /dev/sdb vdb --print-xml').out).toBe(
      "<disk type='block'>\n  <source dev='/dev/sdb'/>\n  <target dev='vdb'/>\n</disk>\n\n",
    );
    expect(c.run('virsh attach-disk web01 /dev/sdb vdb --print-xml --driver file').out).toContain(
      "<source file='/dev/sdb'/>",
    );
    expect(c.run('virsh attach-disk web01 /dev/sdz vdb --print-xml').out).toContain("<disk type='file'>");
  });

  it('metadata round-trips through dumpxml, a file, define and the config file libvirtd keeps', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run("virsh metadata web01 http://lab/app --key app --set '<owner>ops</owner>' --config").status).toBe(0);
    c.run('virsh dumpxml web01 --inactive > /root/web01.xml');
    expect(c.run('cat /root/web01.xml').out).toContain(
      '  <metadata>\n    <app:owner xmlns:app="http://lab/app">ops</app:owner>\n  </metadata>\n',
    );
    expect(c.run('cat /etc/libvirt/qemu/web01.xml').out).toContain(
      '<app:owner xmlns:app="http://lab/app">ops</app:owner>',
    );
    expect(c.run('virsh define /root/web01.xml').status).toBe(0);
    expect(c.run('virsh metadata web01 http://lab/app --config').out).toBe('<owner>ops</owner>\n\n');
  });

  it('commands the lab’s QEMU host does not model say so in one line', () => {
    const c = new Console(undefined, 'kvm1');
    for (const line of ['virsh send-key web01 KEY_A', 'virsh screenshot web01', 'virsh blockcopy web01 vda --dest /x'])
      expect(c.run(line).err).toMatch(/^error: command '[a-z-]+' is not simulated by VirtLab\n$/);
  });
});
