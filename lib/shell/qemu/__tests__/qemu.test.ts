import { describe, expect, it } from 'vitest';
import { freeMemoryKiB } from '../../../sim/host-memory';
import { labWorld } from '../../../sim/worlds/lab';
import { domainByName, findHost } from '../../../sim/world';
import { runConsoleLine } from '../../console';

/** A root shell on a lab host; `at` says whether the line went to a QEMU monitor, `attached` whether one holds the console after it. */
function shell(host = 'kvm1') {
  let world = labWorld();
  let now = Date.UTC(2026, 11, 6, 2, 30);
  const run = (line: string) => {
    now += 1000;
    const r = runConsoleLine({ world, host, line, now, cwd: '/root' });
    world = r.world;
    return { out: r.stdout, err: r.stderr, status: r.status, at: r.at, attached: r.attached };
  };
  return { run, world: () => world, host: () => findHost(world, host)! };
}

describe('QEMU by hand at the console (qemu-system-x86_64, kvm, qemu-kvm)', () => {
  it('-monitor stdio makes the console its (qemu) monitor until quit; virsh list never sees the guest', () => {
    const sh = shell();
    sh.run('qemu-img create -f qcow2 /root/t.qcow2 1G');
    const start = sh.run(
      'qemu-kvm -m 512 -smp 2 -hda /root/t.qcow2 -net nic -net user -monitor stdio -display none -name demo',
    );
    expect(start).toMatchObject({
      out: "QEMU 7.2.0 monitor - type 'help' for more information\n",
      err: '',
      status: 0,
      attached: 'qemu',
    });
    expect(sh.run('info status')).toMatchObject({ out: 'VM status: running\n', at: 'qemu', attached: 'qemu' });
    expect(sh.run('info kvm').out).toBe('kvm support: enabled\n');
    expect(sh.run('info name').out).toBe('demo\n');
    expect(sh.run('info cpus').out).toMatch(/^\* CPU #0: thread_id=\d+\n {2}CPU #1: thread_id=\d+\n$/);
    expect(sh.run('virsh list').out).toBe("unknown command: 'virsh'\n");
    expect(sh.run('stop').out).toBe('');
    expect(sh.run('info status').out).toBe('VM status: paused\n');
    sh.run('c');
    expect(sh.run('info status').out).toBe('VM status: running\n');
    expect(sh.run('info bogus').out).toBe("unknown command: 'info bogus'\n");
    expect(sh.run('info snapshots').out).toBe('There is no snapshot available.\n');
    expect(sh.run('savevm snap1').out).toBe('');
    expect(sh.run('info snapshots').out).toMatch(
      /^List of snapshots present on all disks:\nID {8}TAG {15}VM SIZE {16}DATE {5}VM CLOCK {5}ICOUNT\n-- {8}snap1 {13}128 MiB 2026-12-06 02:30:1\d 00:00:\d\d\.\d{3} {11}\n$/,
    );
    expect(sh.run('loadvm nosuch').out).toBe("Error: Snapshot 'nosuch' does not exist in one or more devices\n");
    expect(sh.run('q')).toMatchObject({ out: '', at: 'qemu', attached: undefined });
    // Back at bash: the snapshot savevm took is in the image, as qemu-img sees it.
    const snap = sh.run('qemu-img snapshot -l /root/t.qcow2');
    expect(snap.at).toBeUndefined();
    expect(snap.out).toMatch(/^Snapshot list:\n.*\n1 {9}snap1 {13}128 MiB/);
    const list = sh.run('virsh list --all').out;
    expect(list).not.toContain('demo');
  });

  it('a daemonized QEMU holds memory and disks: ps shows it, virsh list does not, kill ends it', () => {
    const sh = shell();
    sh.run('qemu-img create -f qcow2 /root/d.qcow2 1G');
    const free = freeMemoryKiB(sh.host());
    expect(sh.run('kvm -m 1024 -hda /root/d.qcow2 -display none -daemonize')).toMatchObject({
      out: '',
      err: '',
      status: 0,
      attached: undefined,
    });
    expect(freeMemoryKiB(sh.host())).toBe(free - 1024 * 1024);
    const ps = sh.run('ps aux').out;
    expect(ps.split('\n')[0]).toBe('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    const line = ps.split('\n').find((l) => l.endsWith('kvm -m 1024 -hda /root/d.qcow2 -display none -daemonize'))!;
    expect(line).toMatch(/^root +\d+ /);
    expect(ps).toMatch(/^libvirt\+ +\d+ .* \/usr\/bin\/qemu-system-x86_64 -name guest=web01,debug-threads=on /m);
    expect(sh.run('virsh list --all').out).not.toContain('d.qcow2');
    // The image is locked while this QEMU runs.
    expect(sh.run('kvm -m 64 -hda /root/d.qcow2 -display none -daemonize').err).toBe(
      'kvm: -hda /root/d.qcow2: Failed to get "write" lock\nIs another process using the image [/root/d.qcow2]?\n',
    );
    const pid = line.trim().split(/\s+/)[1];
    expect(sh.run(`kill ${pid}`)).toMatchObject({ err: '', status: 0 });
    expect(sh.run('ps aux').out).not.toContain('/root/d.qcow2');
    expect(freeMemoryKiB(sh.host())).toBe(free);
    expect(sh.run(`kill ${pid}`).err).toBe(`-bash: kill: (${pid}) - No such process\n`);
  });

  it("kill -9 of a libvirt guest's QEMU: libvirt reports a crash", () => {
    const sh = shell();
    const ps = sh.run('ps -ef').out;
    expect(ps.split('\n')[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    const pid = ps
      .split('\n')
      .find((l) => l.includes('guest=web01,'))!
      .trim()
      .split(/\s+/)[1];
    expect(sh.run(`kill -9 ${pid}`).status).toBe(0);
    expect(sh.run('virsh domstate web01 --reason').out).toBe('shut off (crashed)\n\n');
    expect(domainByName(sh.host(), 'web01')!.state).toBe('shut off');
  });

  it('fails as QEMU 7.2 does: options, files, memory, display, stdio', () => {
    const sh = shell();
    expect(sh.run('qemu-system-x86_64 -m').err).toBe('qemu-system-x86_64: -m: requires an argument\n');
    expect(sh.run('qemu-system-x86_64 -bogus').err).toBe('qemu-system-x86_64: -bogus: invalid option\n');
    expect(sh.run('qemu-system-x86_64 -m 64x').err).toBe(
      "qemu-system-x86_64: -m 64x: Parameter 'size' expects a non-negative number below 2^64\n",
    );
    expect(sh.run('kvm -m 64 -hda nope.img -display none -daemonize').err).toBe(
      "kvm: -hda nope.img: Could not open 'nope.img': No such file or directory\n",
    );
    expect(sh.run('kvm -m 64 -monitor stdio -daemonize').err).toBe(
      'kvm: -monitor stdio: cannot use stdio with -daemonize\n',
    );
    expect(sh.run('kvm -m 64 -net user -monitor stdio')).toMatchObject({
      out: "QEMU 7.2.0 monitor - type 'help' for more information\n",
      err: 'kvm: warning: hub 0 with no nics\ngtk initialization failed\n',
      status: 1,
      attached: undefined,
    });
    expect(sh.run('kvm -m 999G -display none -monitor stdio').err).toBe(
      "kvm: cannot set up guest memory 'pc.ram': Cannot allocate memory\n",
    );
    expect(sh.host().qemu ?? []).toEqual([]);
  });

  it('is not there on a Xen host', () => {
    expect(shell('xen1').run('qemu-kvm -m 64').err).toBe('-bash: qemu-kvm: command not found\n');
  });
});
