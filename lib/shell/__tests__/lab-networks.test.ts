import { describe, expect, it } from 'vitest';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';

function shell(host = 'kvm1') {
  let world = labWorld();
  return (line: string) => {
    const r = runConsoleLine({ world, host, line, now: Date.UTC(2026, 11, 6, 2, 30), cwd: '/root' });
    world = r.world;
    return { out: r.stdout, err: r.stderr, status: r.status };
  };
}

describe("libvirtd's default NAT network on the lab's KVM hosts", () => {
  it('is listed, active and autostarted, on virbr0', () => {
    const run = shell();
    expect(run('virsh net-list --all').out).toBe(
      ' Name      State    Autostart   Persistent\n' +
        '--------------------------------------------\n' +
        ' default   active   yes         yes\n\n',
    );
    expect(run('virsh net-info default').out).toContain('Bridge:         virbr0\n');
  });

  it("dumps the network driver's XML: NAT ports, and the running guests' interfaces as connections", () => {
    const run = shell();
    const xml = run('virsh net-dumpxml default').out;
    expect(xml).toMatch(/^<network connections='\d+'>\n {2}<name>default<\/name>/);
    expect(xml).toContain("  <forward mode='nat'>\n    <nat>\n      <port start='1024' end='65535'/>\n    </nat>\n");
    expect(xml).toContain("<ip address='192.168.122.1' netmask='255.255.255.0'>");
    expect(run('virsh net-dumpxml default --inactive').out).toMatch(/^<network>\n/);
    expect(run('virsh net-dumpxml default --xpath //range/@end').out).toBe(' end="192.168.122.254"\n\n');
  });

  it("checks as the network driver does, not as the test driver's leniency", () => {
    const run = shell();
    expect(run('virsh net-destroy default').out).toBe('Network default destroyed\n\n');
    expect(run('virsh net-destroy default').err).toBe(
      'error: Failed to destroy network default\nerror: Requested operation is not valid: network is not active\n',
    );
    expect(run('virsh net-start default').status).toBe(0);
    expect(run('virsh net-start default').err).toContain('Requested operation is not valid: network is already active');
    // Undefining a running network leaves it running, transient; a transient one cannot autostart.
    expect(run('virsh net-undefine default').out).toBe('Network default has been undefined\n\n');
    expect(run('virsh net-list --all').out).toContain(' default   active   no          no\n');
    expect(run('virsh net-autostart default').err).toContain('cannot set autostart for transient network');
  });

  it('net-update: a reservation in the live network, one kept for the next start, taken up on net-destroy', () => {
    const run = shell();
    const host = (name: string, ip: string) =>
      `"<host mac='52:54:00:00:00:0${ip.slice(-1)}' name='${name}' ip='${ip}'/>"`;
    expect(run(`virsh net-update default add ip-dhcp-host ${host('web', '192.168.122.11')}`).out).toBe(
      'Updated network default live state\n',
    );
    expect(run(`virsh net-update default add ip-dhcp-host ${host('db', '192.168.122.12')} --config`).out).toBe(
      'Updated network default persistent config\n',
    );
    const live = run('virsh net-dumpxml default --xpath //host/@name').out;
    expect(live).toBe(' name="web"\n\n');
    expect(run('virsh net-dumpxml default --inactive --xpath //host/@name').out).toBe(' name="db"\n\n');
    // libvirtd's network driver puts the persistent definition in place when the network stops.
    run('virsh net-destroy default');
    run('virsh net-start default');
    expect(run('virsh net-dumpxml default --xpath //host/@name').out).toBe(' name="db"\n\n');
    expect(run(`virsh net-update default delete ip-dhcp-host "<host name='web'/>"`).err).toBe(
      "error: Failed to update network default\nerror: Requested operation is not valid: couldn't locate a matching dhcp host entry in network 'default'\n",
    );
  });

  it('answers on a Xen host too, which keeps no libvirt network', () => {
    const run = shell('xen1');
    expect(run('virsh net-list --all')).toEqual({
      out: ' Name   State   Autostart   Persistent\n----------------------------------------\n\n',
      err: '',
      status: 0,
    });
  });
});
