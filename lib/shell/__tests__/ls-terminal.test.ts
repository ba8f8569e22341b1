import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../console';
import { labWorld } from '../../sim/worlds/lab';

/** ls at the console: columns on the terminal (its width), one per line into a pipe or a file (was: always one per line). */
describe('ls on a terminal, into a pipe, into a file', () => {
  const at = (line: string, columns?: number) =>
    runConsoleLine({ world: labWorld(), host: 'kvm1', line, now: 0, ...(columns ? { columns } : {}) });
  const qemuDir = 'autostart\nbuild01.xml\ndb01.xml\nweb01.xml\nwin10.xml\n';

  const down40 = 'autostart    db01.xml\twin10.xml\nbuild01.xml  web01.xml\n';
  it('on the terminal: columns for its width, 80 when the console says none', () => {
    expect(at('ls /etc/libvirt/qemu').stdout).toBe('autostart  build01.xml\tdb01.xml  web01.xml  win10.xml\n');
    // As `ls -C --width=80` / `--width=40` print these five names (checked with coreutils 9.1).
    expect(at('ls /etc/libvirt/qemu', 40).stdout).toBe(down40);
    expect(at('ls -x /etc/libvirt/qemu', 40).stdout).toBe('autostart  build01.xml\tdb01.xml\nweb01.xml  win10.xml\n');
    expect(at('ls /etc/libvirt/qemu >&2', 40).stderr).toBe(down40);
  });

  it('into a pipe or a file: one name per line; -C asks for columns anyway (80 wide)', () => {
    expect(at('ls /etc/libvirt/qemu | cat').stdout).toBe(qemuDir);
    expect(at('ls /etc/libvirt/qemu > /root/l; cat /root/l', 40).stdout).toBe(qemuDir);
    expect(at('ls -C /etc/libvirt/qemu | cat', 40).stdout).toBe(
      'autostart  build01.xml\tdb01.xml  web01.xml  win10.xml\n',
    );
    expect(at('ls -C -w 40 /etc/libvirt/qemu | cat').stdout).toBe(down40);
  });

  it('the last of -l, -1, -C, -x decides, but -1 after -l changes nothing', () => {
    expect(at('ls -1 /etc/libvirt/qemu').stdout).toBe(qemuDir);
    expect(at('ls -l -1 /etc/libvirt/qemu').stdout).toMatch(/^total \d+\ndrwxr-xr-x .* autostart\n-rw-r--r-- /);
    expect(at('ls -l -x /etc/libvirt/qemu', 40).stdout).toBe(
      'autostart  build01.xml\tdb01.xml\nweb01.xml  win10.xml\n',
    );
    expect(at('ls -x -1 /etc/libvirt/qemu').stdout).toBe(qemuDir);
  });

  it("a bad width or tab size: ls's words, status 2, nothing listed", () => {
    expect(at('ls -w abc /root')).toMatchObject({ stdout: '', stderr: 'ls: invalid line width: ‘abc’\n', status: 2 });
    expect(at('ls --tabsize=-1 /root')).toMatchObject({ stderr: 'ls: invalid tab size: ‘-1’\n', status: 2 });
    expect(at('ls -y')).toMatchObject({
      stderr: "ls: invalid option -- 'y'\nTry 'ls --help' for more information.\n",
      status: 2,
    });
  });
});
