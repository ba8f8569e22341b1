import { describe, expect, it } from 'vitest';
import { labWorld } from '../../sim/worlds/lab';
import { domainByName, findHost } from '../../sim/world';
import { runConsoleLine } from '../console';

/** A root shell on one lab host: each line sees what the last one left (world and working directory). */
function shell(host = 'kvm1') {
  let world = labWorld();
  let cwd = '/root';
  const run = (line: string) => {
    const r = runConsoleLine({ world, host, line, now: Date.UTC(2026, 11, 6, 2, 30), cwd });
    world = r.world;
    cwd = r.cwd;
    return { out: r.stdout, err: r.stderr, status: r.status };
  };
  return { run, world: () => world, cwd: () => cwd };
}

describe('the console as a root shell', () => {
  it('dumpxml > file, sed to rename and drop the uuid, define, start: a second guest', () => {
    const sh = shell();
    expect(sh.run('virsh dumpxml web01 > /root/web02.xml')).toEqual({ out: '', err: '', status: 0 });
    expect(sh.run("sed -i 's/web01/web02/g; /<uuid>/d' web02.xml")).toEqual({ out: '', err: '', status: 0 });
    expect(sh.run('grep -c uuid web02.xml').out).toBe('0\n');
    expect(sh.run('virsh define /root/web02.xml').out).toBe("Domain 'web02' defined from /root/web02.xml\n\n");
    // The copied definition names web02.qcow2, which nothing made: QEMU's user cannot open it (decision 074).
    expect(sh.run('virsh start web02')).toEqual({
      out: '\n',
      err: "error: Failed to start domain 'web02'\nerror: Cannot access storage file '/var/lib/libvirt/images/web02.qcow2' (as uid:64055, gid:108): No such file or directory\n",
      status: 1,
    });
    expect(domainByName(findHost(sh.world(), 'kvm1')!, 'web02')!.state).toBe('shut off');
    expect(sh.run('cp /var/lib/libvirt/images/web01.qcow2 /var/lib/libvirt/images/web02.qcow2').status).toBe(0);
    expect(sh.run('virsh start web02').out).toBe("Domain 'web02' started\n\n");
    const web02 = domainByName(findHost(sh.world(), 'kvm1')!, 'web02')!;
    expect(web02.state).toBe('running');
    expect(web02.uuid).not.toBe(domainByName(findHost(sh.world(), 'kvm1')!, 'web01')!.uuid);
  });

  it('keeps /etc/libvirt/qemu/<name>.xml in step with define and undefine, and read-only to the shell', () => {
    const sh = shell();
    expect(sh.run('ls -1 /etc/libvirt/qemu').out).toBe('autostart\nbuild01.xml\ndb01.xml\nweb01.xml\nwin10.xml\n');
    expect(sh.run('head -6 /etc/libvirt/qemu/build01.xml').out).toBe(
      '<!--\nWARNING: THIS IS AN AUTO-GENERATED FILE. CHANGES TO IT ARE LIKELY TO BE\nOVERWRITTEN AND LOST. Changes to this xml configuration should be made using:\n  virsh edit build01\nor other application using the libvirt API.\n-->\n',
    );
    expect(sh.run('virsh setmaxmem build01 3G --config').status).toBe(0);
    expect(sh.run('grep "<memory" /etc/libvirt/qemu/build01.xml').out).toBe("  <memory unit='KiB'>3145728</memory>\n");
    sh.run('virsh undefine build01');
    expect(sh.run('ls -1 /etc/libvirt/qemu/build01.xml')).toMatchObject({
      err: "ls: cannot access '/etc/libvirt/qemu/build01.xml': No such file or directory\n",
      status: 2,
    });
    expect(sh.run('echo x >> /etc/libvirt/qemu/web01.xml')).toEqual({
      out: '',
      err: '-bash: /etc/libvirt/qemu/web01.xml: Read-only file system\n',
      status: 1,
    });
    expect(sh.run('ls -1 /var/lib/libvirt/images').out).toContain('web01.qcow2\n');
  });

  it('redirects as bash does: > truncates, >> appends, < and here-documents feed stdin, 2>&1 follows stdout', () => {
    const sh = shell();
    sh.run('echo one > notes; echo two >> notes');
    expect(sh.run('cat < notes')).toEqual({ out: 'one\ntwo\n', err: '', status: 0 });
    expect(sh.run('cat <<EOF | wc -l\na\nb\nc\nEOF').out).toBe('3\n');
    sh.run('virsh start nosuch > out 2>&1');
    expect(sh.run('cat out').out).toBe("error: failed to get domain 'nosuch'\n\n");
    // 2>&1 first: stderr goes where stdout was (the terminal), only stdout (virsh's blank line) to the file.
    expect(sh.run('virsh start nosuch 2>&1 > out2').out).toBe("error: failed to get domain 'nosuch'\n");
    expect(sh.run('cat out2').out).toBe('\n');
    expect(sh.run('ls -l').out).toBe(
      'total 12\n-rw-r--r-- 1 root root  8 Dec  6 02:30 notes\n-rw-r--r-- 1 root root 38 Dec  6 02:30 out\n-rw-r--r-- 1 root root  1 Dec  6 02:30 out2\n',
    );
  });

  it('set -o vi and set -o emacs choose the console line editor; other options are bash errors', () => {
    const at = (line: string) => runConsoleLine({ world: labWorld(), host: 'kvm1', line, now: 0 });
    expect(at('set -o vi')).toMatchObject({ stdout: '', stderr: '', status: 0, editing: 'vi' });
    expect(at('set -o emacs; echo ok')).toMatchObject({ stdout: 'ok\n', editing: 'emacs' });
    expect(at('echo ok').editing).toBeUndefined();
    expect(at('set -o vim')).toMatchObject({ stderr: '-bash: set: vim: invalid option name\n', status: 1 });
    expect(at('set -o vim').editing).toBeUndefined();
  });

  it("virsh's readline reads ~/.inputrc (or $INPUTRC): `set editing-mode vi` gives vi's keys", () => {
    const sh = shell();
    const keys = "virsh -q <<'E'\necho abc\u001bhhxia\nE";
    const emacs = sh.run(keys).out;
    expect(sh.run("echo 'set editing-mode vi' > ~/.inputrc").status).toBe(0);
    // ESC, h h back over "bc", x deletes the "a", i inserts it again: as real virsh echoes it.
    const vi = 'virsh # echo abc\b\b\bbc \b\b\babc\b\b\nabcvirsh # \n';
    expect(sh.run(keys).out).toBe(vi);
    expect(sh.run('mv ~/.inputrc /root/vi.inputrc').status).toBe(0);
    expect(sh.run(keys).out).toBe(emacs);
    expect(sh.run(`INPUTRC=/root/vi.inputrc ${keys}`).out).toBe(vi);
  });

  it('a user inputrc replaces /etc/inputrc (Debian binds Home as \\e[1~); $INPUTRC missing means none at all', () => {
    const sh = shell();
    const home = "virsh -q <<'E'\necho abc\u001b[1~X\nE";
    // Debian's /etc/inputrc, read when there is no user file: \e[1~ goes to the line's start.
    expect(sh.run(home).out).toContain('Xecho abc');
    expect(sh.run("echo 'set bell-style audible' > ~/.inputrc").status).toBe(0);
    expect(sh.run(home).out).toBe('virsh # echo abcX\nabcXvirsh # \n');
    expect(sh.run("echo '$include /etc/inputrc' > ~/.inputrc").status).toBe(0);
    expect(sh.run(home).out).toContain('Xecho abc');
    // rl_read_init_file does not fall back from a missing $INPUTRC to ~/.inputrc or /etc/inputrc.
    expect(sh.run("echo 'set editing-mode vi' > ~/.inputrc").status).toBe(0);
    expect(sh.run(`INPUTRC=/root/none ${home}`).out).toBe('virsh # echo abcX\nabcXvirsh # \n');
  });

  it('pipes into grep, head, tail, wc and sort; && and || follow the status', () => {
    const sh = shell();
    expect(sh.run('virsh list --all --name | sort -r | head -n 2').out).toBe('win10\nweb01\n');
    expect(sh.run('virsh list --all | tail -n 2 | wc -l').out).toBe('2\n');
    expect(sh.run("virsh list --all | grep -v 'shut off' | grep -c running").out).toBe('2\n');
    // Each -e is a pattern of its own (GNU grep): a line matching any of them is printed.
    expect(sh.run('virsh dumpxml web01 | grep -c -e "<source file" -e "<uuid"').out).toBe('2\n');
    expect(sh.run('echo abc | grep -e x -e b').out).toBe('abc\n');
    // virsh prints its blank line on stdout even when the command fails.
    expect(sh.run('virsh domstate ghost && echo yes || echo no').out).toBe('\nno\n');
    expect(sh.run('false || echo fallback; true && echo ok').out).toBe('fallback\nok\n');
  });

  it('cp, mv, rm and cd with coreutils words; cd with no argument goes home', () => {
    const sh = shell();
    sh.run('echo x > a');
    expect(sh.run('cp a b && mv b c && ls').out).toBe('a  c\n');
    expect(sh.run('cp nope z').err).toBe("cp: cannot stat 'nope': No such file or directory\n");
    expect(sh.run('mv a /nodir/a').err).toBe("mv: cannot move 'a' to '/nodir/a': No such file or directory\n");
    expect(sh.run('cp a').err).toBe(
      "cp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\n",
    );
    expect(sh.run('cd /etc/libvirt/qemu && pwd').out).toBe('/etc/libvirt/qemu\n');
    expect(sh.run('cd nope')).toEqual({ out: '', err: '-bash: cd: nope: No such file or directory\n', status: 1 });
    sh.run('cd');
    expect(sh.cwd()).toBe('/root');
    expect(sh.run('rm c && ls').out).toBe('a\n');
  });

  it("refuses what bash refuses, in bash's words, and runs nothing of the line", () => {
    const sh = shell();
    expect(sh.run('virsh start build01; echo >')).toEqual({
      out: '',
      err: "-bash: syntax error near unexpected token `newline'\n",
      status: 2,
    });
    expect(domainByName(findHost(sh.world(), 'kvm1')!, 'build01')!.state).toBe('shut off');
    expect(sh.run('cat < /nope')).toEqual({ out: '', err: '-bash: /nope: No such file or directory\n', status: 1 });
    expect(sh.run('echo x > /etc')).toEqual({ out: '', err: '-bash: /etc: Is a directory\n', status: 1 });
    expect(sh.run('vi web02.xml')).toEqual({ out: '', err: '-bash: vi: command not found\n', status: 127 });
  });

  it("says which of bash's compound commands it does not run, and runs nothing of that line", () => {
    const sh = shell();
    // A line that is one for loop runs; inside a longer line bash's reserved words are not "commands not found".
    expect(sh.run('virsh start build01; for d in web01 db01; do virsh domstate $d; done')).toEqual({
      out: '',
      err: '-bash: for: VirtLab runs a for loop only as a command of its own (on one line or over several); other loops, if and case are not simulated\n',
      status: 2,
    });
    // `for NAME in WORDS` then anything but `do`: bash's syntax error at once (interactive bash 5.2's words).
    expect(sh.run('for d in web01 db01\necho $d')).toEqual({
      out: '',
      err: "-bash: syntax error near unexpected token `echo'\n",
      status: 2,
    });
    expect(sh.run('for d in web01 db01; virsh start build01').err).toBe(
      "-bash: syntax error near unexpected token `virsh'\n",
    );
    // A nested loop's `for` is checked the same: nothing of the line runs (bash 5.2, one line or several).
    expect(sh.run('for d in a; do for e in b; virsh start build01; done; done')).toEqual({
      out: '',
      err: "-bash: syntax error near unexpected token `virsh'\n",
      status: 2,
    });
    expect(sh.run('virsh start build01; for e in b; echo $e').err).toBe(
      "-bash: syntax error near unexpected token `echo'\n",
    );
    expect(domainByName(findHost(sh.world(), 'kvm1')!, 'build01')!.state).toBe('shut off');
    expect(sh.run('if virsh domstate web01; then echo up; fi').err).toMatch(/^-bash: if: VirtLab runs a for loop only/);
    expect(sh.run('for d in web01 db01; do virsh domstate $d; done').out).toBe('running\n\nrunning\n\n');
    // Words bash would make by running a command are not passed on as text.
    expect(sh.run('for d in $(virsh list --name); do virsh domstate $d; done')).toEqual({
      out: '',
      err: '-bash: $(…): command substitution is not simulated by VirtLab\n',
      status: 2,
    });
    expect(sh.run('echo "up since `uptime -s`"').err).toBe(
      '-bash: `…`: command substitution is not simulated by VirtLab\n',
    );
    expect(sh.run('echo $((1 + 2))').err).toBe('-bash: $((…)): arithmetic expansion is not simulated by VirtLab\n');
    expect(sh.run("echo '$(not run)' \\$(x)").out).toBe('$(not run) $(x)\n');
    expect(sh.run('for d in web01 db01; do virsh domstate $d; break; done').err).toBe(
      '-bash: break: not simulated by VirtLab in a for loop\n',
    );
  });
});

describe('connection URIs as on the lab hosts', () => {
  it('a local root shell reaches its own hypervisor: qemu:///system on KVM, xen:/// on Xen', () => {
    const kvm = shell('kvm1');
    expect(kvm.run('virsh uri').out).toBe('qemu:///system\n\n');
    expect(kvm.run('virsh -c qemu:///system list --name').out).toBe('web01\ndb01\nwin10\n\n');
    expect(kvm.run('virsh -c xen:///system list')).toEqual({
      out: '',
      err: 'error: failed to connect to the hypervisor\nerror: no connection driver available for xen:///system\n',
      status: 1,
    });
    const xen = shell('xen1');
    expect(xen.run('virsh uri').out).toBe('xen:///system\n\n');
    expect(xen.run('virsh -c xen:/// uri').out).toBe('xen:///\n\n');
    expect(xen.run('virsh -c xen:///system list --name').out).toContain('pv-web\n');
  });

  it('qemu+ssh://host/system reaches another lab host; an unknown host is ssh failing', () => {
    const sh = shell('kvm1');
    expect(sh.run('virsh -c qemu+ssh://kvm2.lab/system list --name').out).toBe('mail01\n\n');
    expect(sh.run('virsh -c qemu+ssh://root@kvm2.lab/system uri').out).toBe('qemu+ssh://root@kvm2.lab/system\n\n');
    expect(sh.run('virsh -c qemu+ssh://nohost/system list').err).toBe(
      'error: failed to connect to the hypervisor\nerror: Cannot recv data: ssh: Could not resolve hostname nohost: Name or service not known: Connection reset by peer\n',
    );
    expect(sh.run('virsh -c qemu:///session list').err).toContain("unexpected QEMU URI path '/session'");
  });
});
