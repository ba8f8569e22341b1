import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';

describe("bash's type and Debian's which at a lab host's root shell (decision 074)", () => {
  it('type: builtins, keywords, files on PATH (Debian 12: merged /usr), and what is not found', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('type cd echo if virsh ls lsmod')).toEqual({
      out: 'cd is a shell builtin\necho is a shell builtin\nif is a shell keyword\nvirsh is /usr/bin/virsh\nls is /usr/bin/ls\nlsmod is /usr/sbin/lsmod\n',
      err: '',
      status: 0,
    });
    expect(c.run('type xl nope')).toEqual({
      out: '',
      err: '-bash: type: xl: not found\n-bash: type: nope: not found\n',
      status: 1,
    });
    expect(c.run('type -t cd virsh for nope')).toEqual({ out: 'builtin\nfile\nkeyword\n', err: '', status: 1 });
    expect(c.run('type -p virsh cd')).toEqual({ out: '/usr/bin/virsh\n', err: '', status: 0 });
    expect(c.run('type -x ls')).toEqual({
      out: '',
      err: '-bash: type: -x: invalid option\ntype: usage: type [-afptP] name [name ...]\n',
      status: 2,
    });
  });

  it('the Xen hosts run Debian 8 (before the merged /usr): /bin/ls, /sbin/lsmod, /usr/sbin/xl', () => {
    const c = new Console(undefined, 'xen1');
    expect(c.run('type ls xl xm').out).toBe('ls is /bin/ls\nxl is /usr/sbin/xl\nxm is /usr/sbin/xm\n');
    expect(c.run('which virsh xl lsmod')).toEqual({
      out: '/usr/bin/virsh\n/usr/sbin/xl\n/sbin/lsmod\n',
      err: '',
      status: 0,
    });
  });

  it('which: the paths found, nothing said of the others, status 1 when one is missing', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('which virsh qemu-img')).toEqual({ out: '/usr/bin/virsh\n/usr/bin/qemu-img\n', err: '', status: 0 });
    expect(c.run('which xl virsh')).toEqual({ out: '/usr/bin/virsh\n', err: '', status: 1 });
    // cd is only a builtin: no file to find.
    expect(c.run('which cd')).toEqual({ out: '', err: '', status: 1 });
  });
});
