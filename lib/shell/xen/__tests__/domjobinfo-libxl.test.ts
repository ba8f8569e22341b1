import { describe, expect, it } from 'vitest';
import { Console } from './lab';

/** A virsh migrate of pv-web from xen1 to xen2, `s` seconds in (the console's job in the background). */
function migrating(s: number, line = 'virsh migrate --live pv-web xen+ssh://xen2/system &') {
  const c = new Console(undefined, 'xen1');
  c.run(line);
  return c.wait(s);
}

describe("domjobinfo on a Xen host: libvirt's libxl driver (libxlDomainGetJobStats, libvirt 9.0)", () => {
  it('a virsh migrate holds a libvirt job: Unbounded, no operation (virsh prints Unknown), the time elapsed only', () => {
    expect(migrating(2).run('virsh domjobinfo pv-web')).toEqual({
      out: 'Job type:         Unbounded   \nOperation:        Unknown     \nTime elapsed:     2000         ms\n\n',
      err: '',
      status: 0,
    });
  });

  it('--completed is a flag the driver does not take, during the job and after it: nothing is kept', () => {
    const during = migrating(2);
    // virsh's newline on stdout after a failed command, as real virsh prints it.
    expect(during.run('virsh domjobinfo pv-web --completed')).toEqual({
      out: '\n',
      err: 'error: unsupported flags (0x1) in function libxlDomainGetJobStats\n',
      status: 1,
    });
    const after = during.wait(120);
    after.run('true');
    expect(after.run('virsh domjobinfo pv-web --completed --keep-completed').err).toBe(
      'error: unsupported flags (0x3) in function libxlDomainGetJobStats\n',
    );
    expect(after.run('virsh domjobinfo pv-web').out).toBe('Job type:         None        \n\n');
  });

  it('xl migrate and xm migrate go around libvirtd: no libvirt job to report', () => {
    const c = migrating(2, 'xl migrate pv-web xen2 &');
    expect(c.run('virsh domjobinfo pv-web').out).toBe('Job type:         None        \n\n');
  });
});
