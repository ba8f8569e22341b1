import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';

describe('ln and rm: autostart on Xen is a link in /etc/xen/auto', () => {
  it('linking a config turns autostart on; removing the link turns it off', () => {
    const c = new Console();
    expect(c.domain('pv-db')!.autostart).toBe(false);
    expect(c.run('ln -s /etc/xen/pv-db.cfg /etc/xen/auto/')).toEqual({ out: '', err: '', status: 0 });
    expect(c.file('/etc/xen/auto/pv-db.cfg')).toBe('-> /etc/xen/pv-db.cfg');
    expect(c.domain('pv-db')!.autostart).toBe(true);
    expect(c.run('ls -1 /etc/xen/auto').out).toBe('pv-db.cfg\npv-web.cfg\n');
    expect(c.run('rm /etc/xen/auto/pv-web.cfg').status).toBe(0);
    expect(c.domain('pv-web')!.autostart).toBe(false);
  });

  it("gives coreutils' messages", () => {
    const c = new Console();
    expect(c.run('ln -s /etc/xen/pv-web.cfg /etc/xen/auto/pv-web.cfg')).toEqual({
      out: '',
      err: "ln: failed to create symbolic link '/etc/xen/auto/pv-web.cfg': File exists\n",
      status: 1,
    });
    expect(c.run('ln -sf /etc/xen/pv-web.cfg /etc/xen/auto/pv-web.cfg').status).toBe(0);
    expect(c.run('rm /etc/xen/auto/none.cfg')).toEqual({
      out: '',
      err: "rm: cannot remove '/etc/xen/auto/none.cfg': No such file or directory\n",
      status: 1,
    });
    expect(c.run('rm -f /etc/xen/auto/none.cfg').status).toBe(0);
    expect(c.run('rm /etc/xen').err).toBe("rm: cannot remove '/etc/xen': Is a directory\n");
    expect(c.run('ln /etc/xen/none.cfg /root/x').err).toBe(
      "ln: failed to access '/etc/xen/none.cfg': No such file or directory\n",
    );
  });

  it('xm autostart does not exist; the link is how it is done (xen2 has no /etc/xen/auto entries yet)', () => {
    const c = new Console(undefined, 'xen2');
    expect(c.run('xm autostart pv-app').err).toBe('Error: Subcommand autostart not found!\n');
    expect(c.run('ln -s /etc/xen/pv-app.cfg /etc/xen/auto').status).toBe(0);
    expect(c.domain('pv-app')!.autostart).toBe(true);
  });

  it('reads options as GNU getopt does (checked against coreutils 9.1): -- ends them, long spellings', () => {
    const c = new Console();
    c.run('printf a > ./-x');
    expect(c.run('rm -- -x')).toEqual({ out: '', err: '', status: 0 });
    expect(c.run('ls -1 /root').out).not.toContain('-x');
    expect(c.run('rm --force /etc/xen/auto/none.cfg')).toEqual({ out: '', err: '', status: 0 });
  });
});
