import { describe, expect, it } from 'vitest';
import { Console, lab, withHost } from '../../xen/__tests__/lab';

describe('xl list', () => {
  it('shows running domains only, by id, with tabs in the header and six state letters', () => {
    expect(new Console().run('xl list')).toEqual({
      out: [
        'Name                                        ID   Mem VCPUs\tState\tTime(s)',
        'Domain-0                                     0  2048     2     r-----    5068.6',
        'pv-web                                       1  1024     2     r-----     144.0',
        'hvm-win                                      2  2048     2     r-----     144.0',
        '',
      ].join('\n'),
      err: '',
      status: 0,
    });
  });

  it('names a stopped domain an invalid identifier (xl keeps no definitions); a missing id is status 6', () => {
    const c = new Console();
    expect(c.run('xl list pv-db')).toEqual({
      out: '',
      err: 'pv-db is an invalid domain identifier (rc=-6)\n',
      status: 2,
    });
    expect(c.run('xl list 7')).toEqual({ out: '', err: "Error: Domain '7' does not exist.\n", status: 6 });
    expect(c.run('xl list pv-web').out.split('\n')[1]).toMatch(/^pv-web {39}1 {2}1024/);
    expect(c.run('xl list a b').status).toBe(2);
  });

  it('prints JSON with -l and UUIDs with -v', () => {
    const c = new Console();
    expect(JSON.parse(c.run('xl list -l pv-web').out)[0]).toMatchObject({
      domid: 1,
      config: { c_info: { name: 'pv-web', type: 'pv' } },
    });
    expect(c.run('xl list -v').out.split('\n')[2]).toContain(
      ' 7b1e2f3a-9c8d-4e5f-a6b7-000000000001        -                -',
    );
  });
});

describe('xl: unknown commands, help, arguments', () => {
  it('has no autostart: "command not implemented", status 1', () => {
    expect(new Console().run('xl autostart pv-web')).toEqual({ out: '', err: 'command not implemented\n', status: 1 });
  });

  it('too few arguments: the message, the usage, status 2; -h prints the usage, status 0', () => {
    const r = new Console().run('xl pause');
    expect(r).toEqual({
      out: 'Usage: xl [-vN] pause <Domain>\n\nPause execution of a domain.\n\n',
      err: "'xl pause' requires at least 1 argument.\n\n",
      status: 2,
    });
    expect(new Console().run('xl mem-set -h')).toEqual({
      out: "Usage: xl [-vN] mem-set <Domain> <MemMB['b'[bytes]|'k'[KB]|'m'[MB]|'g'[GB]|'t'[TB]]>\n\nSet the current memory usage for a domain.\n\n",
      err: '',
      status: 0,
    });
    expect(new Console().run('xl pause -x pv-web').err).toBe("option `x' not supported.\n");
    expect(new Console().run('xl').status).toBe(1);
    expect(new Console().run('xl help create').out).toMatch(
      /^Usage: xl \[-vfN\] create <ConfigFile> \[options\] \[vars\]\n\nCreate a domain from config file <filename>\.\n\nOptions:\n\n-h {22}Print this help\./,
    );
    expect(new Console().run('xl -x list')).toEqual({ out: '', err: 'unknown global option\n', status: 2 });
  });

  it('refuses commands that modify domains while xend runs, unless -f', () => {
    const world = withHost(lab(), 'xen1', (h) => ({ ...h, files: { ...h.files, '/var/lock/subsys/xend': '' } }));
    const c = new Console(world);
    expect(c.run('xl create /etc/xen/pv-db.cfg')).toEqual({
      out: '',
      err: 'xend is running, which may cause unpredictable results when using\nthis xl command.  Please shut down xend before continuing.\n\n(This check can be overridden with the -f option.)\n',
      status: 1,
    });
    expect(c.run('xl -f create /etc/xen/pv-db.cfg').status).toBe(0);
    expect(c.run('xl pause pv-web').status).toBe(0);
  });

  it('is not installed on the KVM hosts', () => {
    expect(new Console(undefined, 'kvm2').run('xl list').status).toBe(127);
  });
});

describe('xl create', () => {
  it('reads the file as given (no /etc/xen search in Xen 4.4) and prints "Parsing config from"', () => {
    const c = new Console();
    expect(c.run('xl create pv-db.cfg')).toEqual({
      out: '',
      err: 'Failed to read config file: pv-db.cfg: No such file or directory\n',
      status: 3,
    });
    expect(c.run('xl create /etc/xen/pv-db.cfg')).toEqual({
      out: 'Parsing config from /etc/xen/pv-db.cfg\n',
      err: '',
      status: 0,
    });
    expect(c.domain('pv-db')).toMatchObject({ state: 'running', id: 3 });
    expect(new Console().run('xl create -p -q /etc/xen/pv-db.cfg memory=256').out).toBe('');
  });

  it('refuses a name in use, a missing name, a syntax error, and HVM on xen2', () => {
    const c = new Console();
    expect(c.run('xl create /etc/xen/pv-web.cfg')).toEqual({
      out: 'Parsing config from /etc/xen/pv-web.cfg\n',
      err: 'libxl: error: libxl.c:325:libxl__domain_rename: domain with name "pv-web" already exists.\nlibxl: error: libxl_create.c:743:initiate_domain_create: cannot make domain: -6\n',
      status: 3,
    });
    const files = {
      '/root/noname.cfg': 'memory = 128\n',
      '/root/bad.cfg': 'name = "bad"\nmemory = = 3\n',
      '/root/win.cfg': 'name = "win"\nbuilder = "hvm"\n',
    };
    const x = new Console(
      withHost(lab(), 'xen2', (h) => ({ ...h, files: { ...h.files, ...files } })),
      'xen2',
    );
    expect(x.run('xl create noname.cfg').err).toBe('Domain name must be specified.\n');
    expect(x.run('xl create bad.cfg')).toMatchObject({
      err: "bad.cfg:2: config parsing error near `=': syntax error\nFailed to parse config: Invalid argument\n",
      status: 1,
    });
    const hvm = x.run('xl create win.cfg');
    expect(hvm.status).toBe(3);
    expect(hvm.err.split('\n')[0]).toBe('libxl: error: libxl_create.c:478:libxl__domain_make: domain creation fail');
    expect(hvm.err.split('\n')).toHaveLength(6);
  });
});

describe('xl pause / unpause / destroy / shutdown / reboot / trigger', () => {
  it('pauses, unpauses and destroys; Domain-0 cannot be destroyed', () => {
    const c = new Console();
    expect(c.run('xl pause pv-web')).toEqual({ out: '', err: '', status: 0 });
    expect(c.run('xl list pv-web').out).toContain('--p---');
    c.run('xl unpause 1');
    expect(c.domain('pv-web')!.state).toBe('running');
    expect(c.run('xl destroy 0')).toEqual({ out: '', err: 'Cannot destroy privileged domain 0.\n\n', status: 255 });
    expect(c.run('xl destroy pv-web').status).toBe(0);
    expect(c.run('xl destroy pv-web').err).toBe('pv-web is an invalid domain identifier (rc=-6)\n');
    expect(c.run('xl pause 9')).toEqual({
      out: '',
      err: 'libxl: error: libxl.c:809:libxl_domain_pause: pausing domain 9: No such process\n',
      status: 0,
    });
  });

  it('shutdown tells which domain; HVM guests without PV drivers need -F', () => {
    const c = new Console();
    expect(c.run('xl shutdown pv-web')).toEqual({ out: '', err: 'Shutting down domain 1\n', status: 0 });
    // xl returns at once; the guest powers off a few seconds later.
    expect(c.domain('pv-web')!.state).toBe('running');
    expect([c.wait(5).domain('pv-web')!.state, c.domain('pv-web')!.reason]).toEqual(['shut off', 'shutdown']);
    expect(c.run('xl shutdown hvm-win')).toEqual({
      out: '',
      status: 255,
      err: 'Shutting down domain 2\nPV control interface not available: external graceful shutdown not possible.\nUse "-F" to fallback to ACPI power event.\nshutdown failed (rc=-10)\n',
    });
    expect(c.run('xl shutdown -F -w hvm-win').err).toBe(
      'Shutting down domain 2\nPV control interface not available: sending ACPI power button event.\nWaiting for 1 domains\nDomain 2 has been shut down, reason code 0\n',
    );
    expect(c.run('xl shutdown')).toEqual({ out: '', err: 'You must specify -a or a domain id.\n\n', status: 255 });
  });

  it('a paused guest takes the request and acts once unpaused; -w on it would wait for ever', () => {
    const c = new Console();
    c.run('xl pause pv-web');
    expect(c.run('xl shutdown pv-web').status).toBe(0);
    expect(c.wait(30).domain('pv-web')!.state).toBe('paused');
    c.run('xl unpause pv-web');
    expect(c.wait(5).domain('pv-web')!.state).toBe('shut off');
    c.run('xl create /etc/xen/pv-web.cfg');
    c.run('xl pause pv-web');
    expect(c.run('xl shutdown -w pv-web').err).toBe(
      'Shutting down domain 3\nWaiting for 1 domains\nvirtlab: xl would wait here until Ctrl+C: pv-web is paused and acts on the request only once unpaused\n',
    );
  });

  it('shutdown -w waits for the guest: its events are Stopped Shutdown; reboot comes back with a new id', () => {
    const c = new Console();
    expect(c.run('xl shutdown -w pv-web').err).toBe(
      'Shutting down domain 1\nWaiting for 1 domains\nDomain 1 has been shut down, reason code 0\n',
    );
    expect(c.domain('pv-web')!.state).toBe('shut off');
    const events = c.world.events.filter((e) => e.domain === 'pv-web').map((e) => `${e.event} ${e.detail}`);
    expect(events).toEqual(['Stopped Shutdown']);
    c.run('xl create /etc/xen/pv-web.cfg');
    const id = c.domain('pv-web')!.id!;
    expect(c.run('xl reboot -w pv-web').err).toBe(
      `Rebooting domain ${id}\nWaiting for 1 domains\nDomain ${id} has been shut down, reason code 1\n`,
    );
    expect([c.domain('pv-web')!.state, c.domain('pv-web')!.id]).toEqual(['running', id + 1]);
  });

  it('reboot -F -w of an HVM guest: the reset raises no shutdown event, so xl would wait for ever', () => {
    const c = new Console();
    expect(c.run('xl reboot -F -w hvm-win').err).toBe(
      'Rebooting domain 2\nPV control interface not available: sending ACPI reset button event.\nWaiting for 1 domains\n' +
        'virtlab: xl would wait here until Ctrl+C: hvm-win was reset in place, which raises no shutdown event\n',
    );
  });

  it('reboot; trigger reset works on HVM guests only', () => {
    const c = new Console();
    expect(c.run('xl reboot pv-web').err).toBe('Rebooting domain 1\n');
    expect(c.run('xl trigger hvm-win reset')).toEqual({ out: '', err: '', status: 0 });
    expect(c.run('xl trigger pv-web reset').err).toBe(
      "libxl: error: libxl.c:5129:libxl_send_trigger: Send trigger 'reset' failed: Invalid argument\n",
    );
    expect(c.run('xl trigger pv-web kick')).toEqual({ out: '', err: 'Invalid trigger "kick"\n', status: 255 });
  });
});

describe('xl save / restore', () => {
  it("saves in xl's format and restores; xm cannot read it and xl cannot read xm's", () => {
    const c = new Console();
    const save = c.run('xl save pv-web /root/web.xl');
    expect(save.status).toBe(0);
    expect(save.err).toMatch(/^Saving to \/root\/web\.xl new xl format \(info 0x0\/0x0\/\d+\)\n$/);
    expect(c.file('/root/web.xl')!.startsWith('Xen saved domain, xl format\n \0 \r')).toBe(true);
    expect(c.domain('pv-web')!.state).toBe('shut off');
    expect(c.run('xm restore /root/web.xl').err).toBe(
      "Error: not a valid guest state file: found 'Xen saved domain'\n",
    );
    const r = c.run('xl restore /root/web.xl');
    expect(r.out).toBe('Parsing config from <saved>\n');
    expect(r.err).toMatch(
      /^Loading new save file \/root\/web\.xl \(new xl fmt info 0x0\/0x0\/\d+\)\n Savefile contains xl domain config\n$/,
    );
    expect(c.domain('pv-web')!.state).toBe('running');
    c.run('xm save hvm-win /root/hvm.xm');
    expect(c.run('xl restore /root/hvm.xm')).toMatchObject({
      err: 'File has wrong magic number - corrupt or for a different tool?\n',
      status: 6,
    });
    expect(c.run('xl restore /root/none').err).toBe("Can't open restore file: No such file or directory\n");
  });

  it('-c keeps the domain running; -p leaves it paused', () => {
    const c = new Console();
    c.run('xl save -p hvm-win /tmp/h.xl');
    expect(c.domain('hvm-win')!.state).toBe('paused');
    expect(c.run('xl save pv-web /nodir/x').err).toBe('Failed to open temp file /nodir/x for writing\n');
  });
});

describe('xl mem-set / mem-max / vcpu-set / vcpu-pin', () => {
  it('mem-set defaults to MiB and takes b, k, m, g, t suffixes', () => {
    const c = new Console();
    c.run('xl mem-set pv-web 512');
    expect(c.domain('pv-web')!.live!.currentMemoryKiB).toBe(512 * 1024);
    c.run('xl mem-set pv-web 786432k');
    expect(c.domain('pv-web')!.live!.currentMemoryKiB).toBe(768 * 1024);
    c.run('xl mem-set pv-web 1g');
    expect(c.domain('pv-web')!.live!.currentMemoryKiB).toBe(1024 * 1024);
    expect(c.run('xl mem-set pv-web 2g')).toEqual({
      out: '',
      status: 0,
      err: 'libxl: error: libxl.c:4102:libxl_set_memory_target: memory_dynamic_max must be less than or equal to memory_static_max\n\n',
    });
    expect(c.run('xl mem-set pv-web 1x')).toEqual({ out: '', err: 'invalid memory size: 1x\n', status: 3 });
  });

  it('mem-max below the current target is refused', () => {
    const c = new Console();
    expect(c.run('xl mem-max pv-web 2g').status).toBe(0);
    expect(c.domain('pv-web')!.live!.memoryKiB).toBe(2048 * 1024);
    expect(c.run('xl mem-max pv-web 256')).toEqual({
      out: '',
      status: 1,
      err: 'libxl: error: libxl.c:3916:libxl_domain_setmaxmem: memory_static_max must be greater than or or equal to memory_dynamic_max\n: Success\ncannot set domid 1 static max memory to : 256\n',
    });
  });

  it("vcpu-set: up to the maximum, not past the host's CPUs without -i", () => {
    const c = new Console();
    expect(c.run('xl vcpu-set pv-web 1').status).toBe(0);
    expect(c.domain('pv-web')!.live!.vcpus).toBe(1);
    expect(c.run('xl vcpu-set pv-web 3').err).toBe(
      'libxl: error: libxl.c:4707:libxl_set_vcpuonline: Requested 3 VCPUs, however maxcpus is 2!: Success\nlibxl_set_vcpuonline failed domid=1 max_vcpus=3\n',
    );
    expect(c.run('xl vcpu-set pv-web 8').err).toBe(
      'You are overcommmitting! You have 4 physical  CPUs and want 8 vCPUs! Aborting, use --ignore-host to  continue\n',
    );
    expect(c.run('xl vcpu-set pv-web x').err).toBe('Error: Invalid argument.\n');
  });

  it('vcpu-pin and vcpu-list show the affinity ("all" when unpinned)', () => {
    const c = new Console();
    expect(c.run('xl vcpu-pin pv-web 0 2-3,^3').status).toBe(0);
    expect(c.run('xl vcpu-list pv-web').out).toBe(
      [
        'Name                                ID  VCPU   CPU State   Time(s) CPU Affinity',
        'pv-web                               1     0    2   r--      72.0  2',
        'pv-web                               1     1    2   r--      72.0  all',
        '',
      ].join('\n'),
    );
    expect(c.run('xl vcpu-pin pv-web 0 x').err).toBe('Invalid pcpu range: x.\n');
    expect(c.run('xl vcpu-pin pv-web 7 1')).toEqual({
      out: '',
      status: 255,
      err: "libxl: error: libxl.c:4606:libxl_set_vcpuaffinity: setting vcpu affinity: Invalid argument\nCould not set affinity for vcpu `7'.\n",
    });
  });
});

describe('xl info, dmesg, uptime, domid, domname, rename, console, top', () => {
  it("info: xl's order, virt_caps without a trailing blank when HVM is unavailable", () => {
    const one = new Console().run('xl info').out;
    expect(one).toContain('max_cpu_id             : 3\n');
    expect(one).toContain('virt_caps              : hvm hvm_directio\n');
    expect(one).toContain('xen_version            : 4.4.4\n');
    expect(new Console(undefined, 'xen2').run('xl info').out).toContain('virt_caps              :\n');
  });

  it('dmesg, uptime, domid, domname', () => {
    const c = new Console();
    expect(c.run('xl dmesg').out).toContain('(XEN) HVM: VMX enabled\n');
    expect(c.run('xl uptime').out.split('\n').slice(0, 3)).toEqual([
      `${'Name'.padEnd(33)}   ID Uptime`,
      'Domain-0                             0  1:10:00',
      'pv-web                               1  1:00:00',
    ]);
    expect(c.run('xl domid hvm-win').out).toBe('2\n');
    expect(c.run('xl domid pv-db')).toEqual({
      out: '',
      err: "Can't get domid of domain name 'pv-db', maybe this domain does not exist.\n",
      status: 1,
    });
    expect(c.run('xl domname 0').out).toBe('Domain-0\n');
    expect(c.run('xl domname x')).toEqual({ out: '', err: 'Invalid domain id.\n\n', status: 1 });
  });

  it('rename refuses a running name', () => {
    const c = new Console();
    expect(c.run('xl rename pv-web web').status).toBe(0);
    expect(c.run('xl rename web hvm-win')).toEqual({
      out: '',
      status: 1,
      err: "libxl: error: libxl.c:325:libxl__domain_rename: domain with name \"hvm-win\" already exists.\nCan't rename domain 'web'.\n",
    });
  });

  it('console returns at once without a terminal; top needs one', () => {
    const c = new Console();
    expect(c.run('xl console pv-web')).toEqual({ out: '', err: '', status: 0 });
    expect(c.run('xl console -t vga pv-web')).toEqual({
      out: '',
      err: 'console type supported are: pv, serial\n',
      status: 2,
    });
    expect(c.run('xl top').out).toBe(c.run('xentop').out);
  });
});

describe('xl migrate (ssh; xend-config.sxp plays no part)', () => {
  it("migrates live to xen2 although xen2's xend relocation server is off", () => {
    const c = new Console();
    const r = c.run('xl migrate pv-web xen2');
    expect(r.status).toBe(0);
    expect(r.err.split('\n').slice(-2)).toEqual(['Migration successful.', '']);
    expect(r.err).toContain('migration sender: Target reports successful startup.\n');
    expect(c.domain('pv-web', 'xen2')).toMatchObject({ state: 'running' });
    expect(c.run('xl list').out).not.toContain('pv-web');
  });

  it('fails through ssh for unknown hosts and hosts without xl', () => {
    const r = new Console().run('xl migrate pv-web nohost');
    expect(r).toEqual({
      out: '',
      status: 3,
      err: 'ssh: Could not resolve hostname nohost: Name or service not known\nlibxl: error: libxl_utils.c:396:libxl_read_exactly: file/stream truncated reading banner from migration receiver stream\nlibxl: info: libxl_exec.c:117:libxl_report_child_exitstatus: migration target process [4001] exited with error status 255\n',
    });
    expect(new Console().run('xl migrate pv-web kvm1').err.split('\n')[0]).toBe('bash: xl: command not found');
  });

  it('an HVM guest cannot start on xen2: the target fails, the sender resumes it', () => {
    const c = new Console();
    const r = c.run('xl migrate hvm-win xen2');
    expect(r.status).toBe(3);
    expect(r.err).toContain('migration target: Domain creation failed (code -3).\n');
    expect(r.err.trimEnd().split('\n').pop()).toBe('Migration failed, resuming at sender.');
    expect(c.domain('hvm-win')!.state).toBe('running');
  });

  it('requires two arguments; there is no -l', () => {
    expect(new Console().run('xl migrate pv-web').err).toBe("'xl migrate' requires at least 2 arguments.\n\n");
    expect(new Console().run('xl migrate -l pv-web xen2').err.split('\n')[0]).toBe("option `l' not supported.");
  });
});
