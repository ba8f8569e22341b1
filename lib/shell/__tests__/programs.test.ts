import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';
import { consoleNames } from '../host-tools';

/** The programs `which` finds on a host, with their paths. */
function found(c: Console) {
  // Named by a path already (/etc/init.d/xend): not looked up on PATH.
  return consoleNames()
    .filter((n) => !n.includes('/'))
    .flatMap((n) => {
      const r = c.run(`which ${n}`);
      return r.status === 0 ? [[n, r.out.trim()] as const] : [];
    });
}

describe.each(['kvm1', 'xen1'])('the programs on %s are files where which says they are', (host) => {
  it('each is listed in its directory, mode 0755, and runs by its path as by its name', () => {
    const c = new Console(undefined, host);
    const programs = found(c);
    expect(programs.length).toBeGreaterThan(30);
    for (const [name, path] of programs) {
      const dir = path.slice(0, path.lastIndexOf('/'));
      expect(c.run(`ls -1 ${dir}`).out.split('\n'), path).toContain(name);
      const quoted = path.replace(/[[\]\\^$.*+?()|{}]/g, '\\$&');
      expect(c.run(`ls -l ${path}`).out, path).toMatch(new RegExp(`^-rwxr-xr-x 1 root root +\\d+ .* ${quoted}\\n$`));
      expect(c.run(`type ${path}`).out, path).toBe(`${path} is ${path}\n`);
    }
    const uname = programs.find(([n]) => n === 'uname')![1];
    expect(c.run(`${uname} -r`)).toEqual(c.run('uname -r'));
    expect(c.run(`cat ${uname}`)).toEqual({
      out: `VirtLab: ${uname} is a program; the lab runs it, and keeps none of its bytes.\n`,
      err: '',
      status: 0,
    });
  });
});

describe('running a file by its path', () => {
  it('virsh and xl by their paths', () => {
    const kvm = new Console(undefined, 'kvm1');
    expect(kvm.run('/usr/bin/virsh list')).toEqual(kvm.run('virsh list'));
    // Debian 12 merged /usr: /bin is /usr/bin.
    expect(kvm.run('/bin/virsh domstate web01')).toEqual({ out: 'running\n\n', err: '', status: 0 });
    expect(kvm.run('cd /usr/bin; ./virsh domstate web01').out).toBe('running\n\n');
    const xen = new Console(undefined, 'xen1');
    expect(xen.run('/usr/sbin/xl list')).toEqual(xen.run('xl list'));
    // Debian 8 keeps /bin and /usr/bin apart: ls is in /bin only, xl in /usr/sbin only.
    expect(xen.run('/bin/ls /etc/xen/auto').status).toBe(0);
    expect(xen.run('/usr/bin/ls')).toEqual({
      out: '',
      err: '-bash: /usr/bin/ls: No such file or directory\n',
      status: 127,
    });
    expect(xen.run('/usr/bin/xl list').status).toBe(127);
  });

  it("bash's refusals: a missing file, a file without x, a directory (as bash 5.2 words them)", () => {
    const c = new Console(undefined, 'kvm1');
    c.run('echo hi > /root/notes.txt');
    expect(c.run('/usr/bin/nosuch')).toEqual({
      out: '',
      err: '-bash: /usr/bin/nosuch: No such file or directory\n',
      status: 127,
    });
    expect(c.run('/root/notes.txt')).toEqual({
      out: '',
      err: '-bash: /root/notes.txt: Permission denied\n',
      status: 126,
    });
    expect(c.run('/usr/bin')).toEqual({ out: '', err: '-bash: /usr/bin: Is a directory\n', status: 126 });
    expect(c.run('echo x > /usr/bin/virsh')).toEqual({
      out: '',
      err: '-bash: /usr/bin/virsh: Read-only file system\n',
      status: 1,
    });
  });
});
