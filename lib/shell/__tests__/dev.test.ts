import { describe, expect, it } from 'vitest';
import type { World } from '../../sim/types';
import { labWorld } from '../../sim/worlds/lab';
import { Console } from '../xen/__tests__/lab';

/** A root shell on one lab host at 02:30 UTC on 6 December. */
function shell(host: string, world: World = labWorld()) {
  const c = new Console(world, host, Date.UTC(2026, 11, 6, 2, 30));
  return (line: string) => c.run(line);
}

describe("a lab host's /dev", () => {
  it('holds the nodes every host has, its disks, and /dev/kvm on a KVM host', () => {
    const run = shell('kvm1');
    expect(run('ls -1 /dev').out).toBe(
      [
        'console',
        'kvm',
        'loop0',
        'net',
        'null',
        'random',
        'sda',
        'sda1',
        'sda2',
        'sdb',
        'tty',
        'urandom',
        'zero',
        '',
      ].join('\n'),
    );
    expect(run('ls -1 /dev/net').out).toBe('tun\n');
    expect(run('ls -l /dev/null /dev/kvm /dev/sdb').out).toBe(
      [
        'crw-rw-rw- 1 root root  1,   3 Dec  6 02:30 /dev/null',
        'crw-rw---- 1 root kvm  10, 232 Dec  6 02:30 /dev/kvm',
        'brw-rw---- 1 root disk  8,  16 Dec  6 02:30 /dev/sdb',
        '',
      ].join('\n'),
    );
  });

  it('has xen/ and no kvm on a Xen host', () => {
    const run = shell('xen1');
    expect(run('ls -1 /dev').out).not.toContain('kvm\n');
    expect(run('ls -1 /dev/xen').out).toBe('evtchn\ngntdev\nprivcmd\nxenbus\nxenbus_backend\n');
  });

  it('has no /dev/kvm once the KVM modules are gone', () => {
    const world = labWorld();
    const noKvm = { ...world, hosts: world.hosts.map((h) => (h.name === 'kvm1' ? { ...h, kernelModules: [] } : h)) };
    expect(shell('kvm1', noKvm)('ls /dev/kvm').err).toBe("ls: cannot access '/dev/kvm': No such file or directory\n");
  });

  it('takes output into /dev/null and keeps nothing; nothing in /dev can be added or removed', () => {
    const run = shell('kvm1');
    expect(run('virsh list > /dev/null')).toEqual({ out: '', err: '', status: 0 });
    expect(run('cat /dev/null')).toEqual({ out: '', err: '', status: 0 });
    expect(run('echo x > /dev/foo').err).toBe('-bash: /dev/foo: Read-only file system\n');
    expect(run('rm /dev/null').err).toBe("rm: cannot remove '/dev/null': Read-only file system\n");
    expect(run('ls -1 /dev').out).toContain('null\n');
  });
});
