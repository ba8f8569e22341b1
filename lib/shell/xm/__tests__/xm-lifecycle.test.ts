import { describe, expect, it } from 'vitest';
import { Console, lab, withHost } from '../../xen/__tests__/lab';

const USAGE_DESTROY = 'Usage: xm destroy <Domain>\n\nTerminate a domain immediately.\n';

describe('xm: unknown subcommands, missing arguments, unknown domains', () => {
  it('has no autostart subcommand: "Subcommand not found" and the short help, status 1', () => {
    const r = new Console().run('xm autostart pv-web');
    expect(r.err).toBe('Error: Subcommand autostart not found!\n');
    expect(r.out).toMatch(
      /^Usage: xm <subcommand> \[args\]\n\nControl, list, and manipulate Xen guest instances\.\n\nCommon 'xm' commands:\n\n console {14}/,
    );
    expect(r.out).toMatch(/For a complete list of subcommands run 'xm help'\.\n$/);
    expect(r.status).toBe(1);
  });

  it('arg_check: the message, the usage, and the SystemExit that _run_cmd prints', () => {
    expect(new Console().run('xm destroy')).toEqual({
      out: USAGE_DESTROY,
      err: "Error: 'xm destroy' requires 1 argument.\n\n1\n",
      status: 1,
    });
    expect(new Console().run('xm rename pv-web').err).toBe("Error: 'xm rename' requires 2 arguments.\n\n1\n");
    expect(new Console().run('xm save').err).toBe("Error: 'xm save' requires between 2 and 3 arguments.\n\n1\n");
  });

  it('unknown domains: XendInvalidDomain, status 3', () => {
    for (const cmd of ['destroy', 'pause', 'unpause', 'shutdown', 'reboot', 'start', 'suspend', 'domid']) {
      expect(new Console().run(`xm ${cmd} ghost`)).toEqual({
        out: '',
        err: "Error: Domain 'ghost' does not exist.\n",
        status: 3,
      });
    }
  });

  it('prefixes and aliases select a command; help prints the full list', () => {
    const c = new Console();
    expect(c.run('xm li').out).toMatch(/^Name {4}/);
    const r = c.run('xm balloon pv-web 512');
    expect(r.err).toBe('Command balloon is deprecated.  Please use xm mem-set instead.\n');
    expect(c.run('xm help').out).toMatch(/xm full list of subcommands:\n\n console/);
    expect(c.run('xm help').status).toBe(0);
    expect(c.run('xm list --help')).toMatchObject({
      status: 1,
      out: expect.stringMatching(/^Usage: xm list \[options\] \[Domain, \.\.\.\]/),
    });
    expect(c.run('xm').status).toBe(1);
  });

  it('is not installed on the KVM hosts', () => {
    expect(new Console(undefined, 'kvm1').run('xm list')).toEqual({
      out: '',
      err: '-bash: xm: command not found\n',
      status: 127,
    });
  });
});

describe('xm pause / unpause / destroy / reset', () => {
  it('pauses and unpauses; refuses inactive domains and Domain-0 with the usage', () => {
    const c = new Console();
    expect(c.run('xm pause pv-web')).toEqual({ out: '', err: '', status: 0 });
    expect(c.domain('pv-web')!.state).toBe('paused');
    expect(c.run('xm pause pv-web').status).toBe(0);
    expect(c.run('xm unpause pv-web').status).toBe(0);
    expect(c.domain('pv-web')!.state).toBe('running');
    expect(c.run('xm pause pv-db')).toEqual({
      out: 'Usage: xm pause <Domain>\n\nPause execution of a domain.\n',
      err: "Error: Domain 'pv-db' is not started\n",
      status: 1,
    });
    expect(c.run('xm pause Domain-0').err).toBe('Error: Cannot pause privileged domain Domain-0\n');
    expect(c.run('xm unpause 0').err).toBe('Error: Cannot unpause privileged domain 0\n');
  });

  it('destroys by name or id; an inactive domain is left alone; Domain-0 is refused', () => {
    const c = new Console();
    expect(c.run('xm destroy 1')).toEqual({ out: '', err: '', status: 0 });
    expect(c.domain('pv-web')!.state).toBe('shut off');
    expect(c.run('xm destroy pv-db').status).toBe(0);
    expect(c.run('xm destroy Domain-0')).toEqual({
      out: USAGE_DESTROY,
      err: 'Error: Cannot destroy privileged domain Domain-0\n',
      status: 1,
    });
    expect(c.run('xm destroy 42').err).toBe("Error: (3, 'No such process')\n");
  });

  it('resets a running domain (Xen 4.4 xm has reset)', () => {
    const c = new Console();
    expect(c.run('xm reset hvm-win').status).toBe(0);
    expect(c.run('xm reset pv-db').err).toBe("Error: Domain 'pv-db' is not started\n");
  });
});

describe('xm shutdown / reboot', () => {
  it('shuts down; -w reports as shutdown.py does', () => {
    const c = new Console();
    expect(c.run('xm shutdown -w pv-web')).toEqual({
      out: 'Domain pv-web terminated\nAll domains terminated\n',
      err: '',
      status: 0,
    });
    expect(c.domain('pv-web')!.state).toBe('shut off');
    expect(c.run('xm shutdown pv-web')).toMatchObject({ err: 'Error: Domain cannot be shutdown\n', status: 1 });
    expect(c.run('xm shutdown Domain-0').err).toBe('Error: Domain 0 cannot be shutdown\n');
  });

  it('-a shuts down every guest but Domain-0; reboot keeps it running', () => {
    const c = new Console();
    expect(c.run('xm reboot -w hvm-win').out).toBe('Domain hvm-win rebooted\nAll domains rebooted\n');
    expect(c.domain('hvm-win')!.state).toBe('running');
    c.run('xm shutdown -a');
    // xend shuts an HVM guest without PV drivers down itself; a PV guest takes a few seconds.
    expect(['pv-web', 'hvm-win'].map((n) => c.domain(n)!.state)).toEqual(['running', 'shut off']);
    expect(['pv-web', 'hvm-win'].map((n) => c.wait(5).domain(n)!.state)).toEqual(['shut off', 'shut off']);
    expect(c.run('xm shutdown -H -R pv-web').err).toBe("Error: Can't specify halt and reboot\n1\n");
  });
});

describe('xm create / new / start / delete', () => {
  it('create: looks in /etc/xen, prints the file it used and the new id', () => {
    const c = new Console();
    const r = c.run('xm create pv-db.cfg');
    expect(r).toEqual({
      out: 'Using config file "/etc/xen/pv-db.cfg".\nStarted domain pv-db (id=3)\n',
      err: '',
      status: 0,
    });
    expect(c.domain('pv-db')).toMatchObject({ state: 'running', id: 3 });
    expect(c.domain('pv-db')!.config).not.toBeNull();
  });

  it('create -p leaves it paused; -q is quiet; vars override the file', () => {
    const c = new Console();
    expect(c.run('xm create -q -p pv-db.cfg memory=512').out).toBe('');
    expect(c.domain('pv-db')).toMatchObject({ state: 'paused' });
    expect(c.domain('pv-db')!.live!.currentMemoryKiB).toBe(512 * 1024);
  });

  it('create refuses a running name, a missing file and a syntax error', () => {
    const c = new Console();
    expect(c.run('xm create pv-web.cfg')).toMatchObject({
      err: "Error: Domain 'pv-web' already exists with ID '1'\n1\n",
      status: 1,
    });
    const missing = c.run('xm create nothere.cfg');
    expect(missing.err).toBe('Error: Unable to open config file: nothere.cfg\n');
    expect(missing.out).toMatch(
      /^Usage: xm create <ConfigFile> \[options\] \[vars\]\n\nCreate a domain based on <ConfigFile>\.\n\nOptions:\n\n-h, --help {11}Print this help\./,
    );
    expect(missing.out).toMatch(/\[options\] \[vars\]\n\nCreate a domain\.\n\nDomain creation parameters/);
    c.run('cat /dev/null');
    const world = withHost(c.world, 'xen1', (h) => ({
      ...h,
      files: { ...h.files, '/etc/xen/bad.cfg': 'name = "bad"\nmemory = = 5\n' },
    }));
    expect(new Console(world).run('xm create bad.cfg').err).toBe(
      'Error: Errors were found at line 2 while processing /etc/xen/bad.cfg:\n\tmemory = = 5\n\n1\n',
    );
  });

  it("an HVM guest cannot start on xen2 (no VT-x): xend's HVMRequired", () => {
    const hvmCfg =
      'name = "win2"\nbuilder = "hvm"\nmemory = 256\ndisk = [ "file:/var/lib/xen/images/win2.img,hda,w" ]\n';
    const c = new Console(
      withHost(lab(), 'xen2', (h) => ({ ...h, files: { ...h.files, '/etc/xen/win2.cfg': hvmCfg } })),
      'xen2',
    );
    expect(c.run('xm create win2.cfg')).toEqual({
      out: 'Using config file "/etc/xen/win2.cfg".\n',
      err: 'Error: HVM guest support is unavailable: is VT/AMD-V supported by your CPU and enabled in your BIOS?\n1\n',
      status: 1,
    });
    const ok = new Console(
      withHost(lab(), 'xen1', (h) => ({
        ...h,
        files: { ...h.files, '/etc/xen/win2.cfg': hvmCfg, '/var/lib/xen/images/win2.img': '' },
      })),
    );
    expect(ok.run('xm create win2.cfg').out).toContain('Started domain win2 (id=3)');
    expect(ok.domain('win2')!.live!.osType).toBe('hvm');
  });

  it('a failed xm new: new.py\'s err() exits, _run_cmd hands the SystemExit to sys.exit, and Python prints it: "1"', () => {
    // No uuid in the config: XendConfig makes a random one, so the managed extra is another VM (_checkName).
    const cfg = 'name = "extra"\nmemory = 256\nvcpus = 2\nkernel = "/boot/vmlinuz-3.16-xen"\n';
    const c = new Console(withHost(lab(), 'xen1', (h) => ({ ...h, files: { ...h.files, '/root/extra.cfg': cfg } })));
    expect(c.run('xm new extra.cfg').status).toBe(0);
    expect(c.run('xm new extra.cfg')).toEqual({
      out: 'Using config file "./extra.cfg".\n',
      err: "Error: VM name 'extra' already exists\n1\n",
      status: 1,
    });
    c.run('xm start extra');
    expect(c.run('xm new extra.cfg').err).toBe("Error: VM name 'extra' already exists as domain 3\n1\n");
    // xm create of the managed domain's name is refused the same way once it is halted: xm start boots it.
    c.run('xm destroy extra');
    expect(c.run('xm create extra.cfg')).toEqual({
      out: 'Using config file "./extra.cfg".\n',
      err: "Error: VM name 'extra' already exists\n1\n",
      status: 1,
    });
    expect(c.run('xm list extra').out).toContain('extra ');
  });

  it('new defines a managed domain, start boots it, delete needs it halted', () => {
    const cfg = 'name = "extra"\nmemory = 256\nvcpus = 2\nkernel = "/boot/vmlinuz-3.16-xen"\n';
    const c = new Console(withHost(lab(), 'xen1', (h) => ({ ...h, files: { ...h.files, '/root/extra.cfg': cfg } })));
    expect(c.run('xm new extra.cfg')).toEqual({ out: 'Using config file "./extra.cfg".\n', err: '', status: 0 });
    expect(c.run('xm list extra').out).toContain(
      'extra                                            256     2                 0.0',
    );
    expect(c.run('xm start extra')).toEqual({ out: '', err: '', status: 0 });
    const again = c.run('xm start extra');
    expect(again).toMatchObject({ err: 'Error: Domain is already running\n', status: 1 });
    expect(again.out.split('\n')).toEqual([
      'Usage: xm start <DomainName>',
      '',
      'Start a Xend managed domain',
      `  ${'-p, --paused'.padEnd(30)} ${'Do not unpause domain after starting it'.padEnd(43)}`,
      `  ${'-c, --console_autoconnect'.padEnd(30)} ${'Connect to the console after the domain'.padEnd(43)}`,
      `${' '.repeat(33)}is created`,
      `  ${'--vncviewer'.padEnd(30)} ${'Connect to display via VNC after the'.padEnd(43)}`,
      `${' '.repeat(33)}domain is created`,
      `  ${'--vncviewer-autopass'.padEnd(30)} ${'Pass VNC password to viewer via stdin and'.padEnd(43)}`,
      `${' '.repeat(33)}-autopass`,
      '',
      '',
    ]);
    expect(c.run('xm delete extra').err).toBe('Error: Domain is not halted.\n');
    c.run('xm destroy extra');
    expect(c.run('xm delete extra').status).toBe(0);
    expect(c.domain('extra')).toBeUndefined();
    expect(c.run('xm delete ghost').err).toBe("Error: <Fault 3: 'ghost'>\n");
  });
});

describe('xm suspend / resume (xend-managed save to disk)', () => {
  it('suspends a running managed domain; start then says it is running; resume brings it back', () => {
    const c = new Console();
    expect(c.run('xm suspend pv-web').status).toBe(0);
    expect(c.domain('pv-web')).toMatchObject({ state: 'shut off' });
    expect(c.domain('pv-web')!.managedSave).not.toBeNull();
    expect(c.run('xm start pv-web').err).toBe('Error: Domain is already running\n');
    expect(c.run('xm resume pv-web').status).toBe(0);
    expect(c.domain('pv-web')).toMatchObject({ state: 'running', reason: 'restored' });
    expect(c.run('xm resume pv-web').err).toBe(
      'Error: Error occurred when resuming: Cannot resume domain that is not suspended.\n',
    );
    expect(c.run('xm suspend pv-db').err).toBe('Error: Domain is not running\n');
  });
});

describe('xm save / restore', () => {
  it("saves to a file in xend's format and restores it", () => {
    const c = new Console();
    expect(c.run('xm save pv-web /root/web.save')).toEqual({ out: '', err: '', status: 0 });
    expect(c.domain('pv-web')!.state).toBe('shut off');
    expect(c.file('/root/web.save')!.startsWith('LinuxGuestRecord')).toBe(true);
    expect(c.run('xm restore /root/web.save')).toEqual({ out: '', err: '', status: 0 });
    expect(c.domain('pv-web')!.state).toBe('running');
    expect(c.run('xm restore /root/web.save').err).toBe("Error: Domain 'pv-web' already exists with ID '3'\n");
  });

  it('-c keeps the domain running; restore -p leaves it paused', () => {
    const c = new Console();
    c.run('xm save -c hvm-win /tmp/hvm.save');
    expect(c.domain('hvm-win')).toMatchObject({ state: 'running', id: 2 });
    c.run('xm destroy hvm-win');
    c.run('xm restore -p /tmp/hvm.save');
    expect(c.domain('hvm-win')!.state).toBe('paused');
  });

  it('refuses paused domains, missing files, foreign files and unwritable places', () => {
    const c = new Console();
    c.run('xm pause pv-web');
    expect(c.run('xm save pv-web /root/x').err).toBe('Error: Domain is not running\n');
    expect(c.run('xm restore /root/none')).toEqual({
      out: '',
      err: 'Error: xm restore: Unable to read file /root/none\n1\n',
      status: 1,
    });
    expect(c.run('xm restore /etc/xen/pv-web.cfg').err).toBe(
      'Error: not a valid guest state file: found \'name = "pv-web"\n\'\n',
    );
    expect(c.run('xm save hvm-win /nodir/x.save').err).toBe('Error: xm save: Unable to create file /nodir/x.save\n1\n');
  });
});

describe('xm mem-set / mem-max / vcpu-set / vcpu-pin', () => {
  it('mem-set takes MiB by default: 512 is 512 MiB (virsh setmem 512 would be 512 KiB)', () => {
    const c = new Console();
    expect(c.run('xm mem-set pv-web 512')).toEqual({ out: '', err: '', status: 0 });
    expect(c.domain('pv-web')!.live!.currentMemoryKiB).toBe(512 * 1024);
    expect(c.domain('pv-web')!.config!.currentMemoryKiB).toBe(512 * 1024);
    c.run('xm mem-set pv-web 1g');
    expect(c.domain('pv-web')!.live!.currentMemoryKiB).toBe(1024 * 1024);
    c.run('xm mem-set pv-web 786432k');
    expect(c.domain('pv-web')!.live!.currentMemoryKiB).toBe(768 * 1024);
  });

  it('mem-set refuses more than the maximum, zero and non-numbers', () => {
    const c = new Console();
    const over = c.run('xm mem-set pv-web 2048');
    expect(over.err).toBe('Error: memory_dynamic_max must be less than or equal to memory_static_max\n');
    expect(over.out).toBe('Usage: xm mem-set <Domain> <Mem>\n\nSet the current memory usage for a domain.\n');
    expect(c.run('xm mem-set pv-web 0').err).toBe('Error: memory_dynamic_max must be greater than zero\n');
    expect(c.run('xm mem-set pv-web lots').err).toBe('Error: Invalid argument.\n');
    expect(c.run('xm mem-set pv-web 512x')).toMatchObject({
      out: expect.stringMatching(/^ignoring unknown unit\n/),
      err: 'Error: memory_dynamic_max must be greater than zero\n',
    });
  });

  it('mem-max raises the maximum, live on a running domain; then mem-set can grow', () => {
    const c = new Console();
    expect(c.run('xm mem-max pv-web 2048').status).toBe(0);
    expect(c.domain('pv-web')!.live!.memoryKiB).toBe(2048 * 1024);
    expect(c.run('xm mem-set pv-web 2048').status).toBe(0);
    expect(c.run('xm mem-max pv-web 512').err).toBe(
      'Error: memory_dynamic_max must be less than or equal to memory_static_max\n',
    );
    c.run('xm mem-max pv-db 4g');
    expect(c.domain('pv-db')!.config!.memoryKiB).toBe(4096 * 1024);
  });

  it('Domain-0 balloons within dom0-min-mem', () => {
    const c = new Console();
    expect(c.run('xm mem-set Domain-0 1024').status).toBe(0);
    expect(c.run('xm list Domain-0').out).toContain('Domain-0                                     0  1024');
    expect(c.run('xm mem-set Domain-0 100').err).toBe('Error: memory_dynamic_max too small\n');
  });

  it('vcpu-set cannot exceed the boot-time maximum of a running domain; an inactive one gets a new maximum', () => {
    const c = new Console();
    expect(c.run('xm vcpu-set pv-web 1').status).toBe(0);
    expect(c.domain('pv-web')!.live!.vcpus).toBe(1);
    expect(c.run('xm vcpu-set pv-web 4').err).toBe(
      'Error: Cannot set vcpus greater than max vcpus on running domain\n',
    );
    expect(c.run('xm vcpu-set pv-web 0').err).toBe('Error: Zero or less VCPUs is invalid\n');
    expect(c.run('xm vcpu-set pv-web two').err).toBe('Error: Invalid argument.\n');
    expect(c.run('xm vcpu-set pv-db 4').status).toBe(0);
    expect(c.domain('pv-db')!.config).toMatchObject({ vcpus: 4, vcpuMax: 4 });
  });

  it('vcpu-pin pins one or all vCPUs; all means any CPU', () => {
    const c = new Console();
    expect(c.run('xm vcpu-pin pv-web 1 3').status).toBe(0);
    expect(c.domain('pv-web')!.live!.vcpupin[1]).toEqual([3]);
    c.run('xm vcpu-pin pv-web all 0-1,^0');
    expect(c.domain('pv-web')!.live!.vcpupin).toMatchObject({ 0: [1], 1: [1] });
    c.run('xm vcpu-pin pv-web all all');
    expect(c.run('xm vcpu-list pv-web').out).toContain('any cpu');
    expect(c.run('xm vcpu-pin pv-web 5 0').err).toBe(
      "Error: Cannot pin vcpu: 5 to cpu: [0] - (22, 'Invalid argument')\n",
    );
    expect(c.run('xm vcpu-pin pv-web 0 a-b').err).toBe('Error: Invalid argument.\n');
  });
});

describe('xm rename, console, top', () => {
  it('renames a running domain; refuses a taken or invalid name', () => {
    const c = new Console();
    expect(c.run('xm rename pv-web web').status).toBe(0);
    expect(c.domain('web')!.state).toBe('running');
    expect(c.run('xm rename web pv-db').err).toBe("Error: VM name 'pv-db' already exists\n");
    expect(c.run('xm rename web hvm-win').err).toBe("Error: VM name 'hvm-win' already exists as domain 2\n");
    expect(c.run('xm rename web "bad name"').err).toBe('Error: Invalid VM Name\n');
  });

  it('console: no terminal, so xenconsole returns at once; refusals as xm gives them', () => {
    const c = new Console();
    expect(c.run('xm console pv-web')).toEqual({ out: '', err: '', status: 0 });
    expect(c.run('xm console pv-db').err).toBe("Error: Domain 'pv-db' is not started\n");
    expect(c.run('xm console Domain-0')).toEqual({ out: '', err: "Can't specify Domain-0\n", status: 22 });
    expect(c.run('xm console -q ghost')).toEqual({ out: '', err: '1\n', status: 1 });
  });

  it('top runs xentop: one frame of its screen, with the running domains', () => {
    const r = new Console().run('xm top');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^xentop - \d\d:\d\d:\d\d {3}Xen 4\.4\.4\n3 domains: 3 running, 0 blocked/);
    expect(r.out).toContain('\n  Domain-0 -----r       5068    0.0    2097152');
    expect(r.out).not.toContain('pv-db');
  });
});
