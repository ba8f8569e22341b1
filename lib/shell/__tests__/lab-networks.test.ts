import { describe, expect, it } from 'vitest';
import { bootedAnHourAgo } from '../../sim/worlds/builders';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';
import { virshForEnv } from '../l10n/ja';

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

describe("the default network's DHCP leases on a lab KVM host (net-dhcp-leases, domifaddr)", () => {
  const booted = () => {
    let world = bootedAnHourAgo(labWorld(), Date.UTC(2026, 11, 6, 2, 30));
    let now = Date.UTC(2026, 11, 6, 2, 30);
    return (line: string, minutes = 0) => {
      now += minutes * 60_000;
      const r = runConsoleLine({ world, host: 'kvm1', line, now, cwd: '/root' });
      world = r.world;
      return { out: r.stdout, err: r.stderr, status: r.status };
    };
  };
  const HEAD =
    ' Expiry Time           MAC address         Protocol   IP address           Hostname   Client ID or DUID\n' +
    '------------------------------------------------------------------------------------------------------------\n';
  const row = (expiry: string, n: number, ip: number, name: string) =>
    ` 2026-12-06 ${expiry}   52:54:00:12:34:0${n}   ipv4       192.168.122.${ip}/24   ${name.padEnd(8)}   01:52:54:00:12:34:0${n}\n`;

  it("lists the running guests' leases, sorted by MAC; --mac picks one", () => {
    const run = booted();
    expect(run('virsh net-dhcp-leases default').out).toBe(
      `${HEAD}${row('03:30:00', 1, 244, 'web01')}${row('03:30:00', 2, 245, 'db01')}${row('03:30:00', 3, 246, 'win10')}\n`,
    );
    expect(run('virsh net-dhcp-leases default --mac 52:54:00:12:34:02').out).toBe(
      `${HEAD}${row('03:30:00', 2, 245, 'db01')}\n`,
    );
    expect(run('virsh domifaddr db01').out).toContain(
      ' vnet1      52:54:00:12:34:02    ipv4         192.168.122.245/24\n',
    );
    expect(run('virsh domifaddr db01 --source arp').out).toContain('192.168.122.245/0\n');
    expect(run('virsh domifaddr db01 --source agent').err).toBe(
      'error: Failed to query for interfaces addresses\nerror: Guest agent is not responding: QEMU guest agent is not connected\n',
    );
  });

  it('keeps a stopped guest’s lease until it expires; started again, the guest gets its address back', () => {
    const run = booted();
    expect(run('virsh destroy web01').status).toBe(0);
    expect(run('virsh net-dhcp-leases default', 10).out).toContain(row('03:30:00', 1, 244, 'web01'));
    expect(run('virsh domifaddr web01').err).toContain('domain is not running');
    expect(run('virsh start web01', 5).status).toBe(0);
    expect(run('virsh net-dhcp-leases default').out).toContain(row('03:45:00', 1, 244, 'web01'));
    run('virsh destroy web01');
    // Past 03:45 the kept lease has expired: only the two running guests remain.
    expect(run('virsh net-dhcp-leases default', 90).out.match(/^ 2026-/gm)).toHaveLength(2);
  });

  it('a running guest keeps the address it was given when the lease that pushed it aside expires', () => {
    const run = booted();
    // web01 stops and keeps .244; a new guest whose MAC seeds .244 too is given the next free address.
    run('virsh destroy web01');
    run(
      "virsh dumpxml build01 | sed -e 's#<name>build01</name>#<name>x</name>#' -e '/<uuid>/d' -e \"s#mac address='[^']*'#mac address='52:54:00:ab:00:ca'#\" > /root/x.xml",
    );
    expect(run('virsh define /root/x.xml').status).toBe(0);
    expect(run('virsh start x').status).toBe(0);
    const x = / 52:54:00:ab:00:ca +ipv4 +(\S+)/;
    expect(run('virsh net-dhcp-leases default').out.match(x)?.[1]).toBe('192.168.122.247/24');
    // An hour and a half later web01's lease has expired; x renews what it has, as dnsmasq does.
    const later = run('virsh net-dhcp-leases default', 90).out;
    expect(later).not.toContain('52:54:00:12:34:01');
    expect(later.match(x)?.[1]).toBe('192.168.122.247/24');
  });

  it('net-destroy kills dnsmasq: its status file keeps the leases, no longer renewed; a guest on it cannot start', () => {
    const run = booted();
    expect(run('virsh net-destroy default', 20).status).toBe(0);
    // At 02:50 the last renewal was 02:30: the leases run out at 03:30 and stay listed until then.
    expect(run('virsh net-dhcp-leases default', 30).out).toBe(
      `${HEAD}${row('03:30:00', 1, 244, 'web01')}${row('03:30:00', 2, 245, 'db01')}${row('03:30:00', 3, 246, 'win10')}\n`,
    );
    expect(run('virsh domhostname web01 --source lease').out).toBe('web01\n\n');
    expect(run('virsh domifaddr web01').out).toContain('192.168.122.244/24');
    expect(run('virsh domifaddr web01 --source arp').out).not.toContain('192.168.122');
    // qemuProcessPrepareDomain asks the network for a port before anything else.
    expect(run('virsh start build01').err).toBe(
      "error: Failed to start domain 'build01'\nerror: Requested operation is not valid: network 'default' is not active\n",
    );
    expect(run('virsh list --all').out).toMatch(/ -\s+build01\s+shut off/);
    // A new bridge: the running guests' taps are not on it; what they held runs out at 03:30.
    expect(run('virsh net-start default', 20).status).toBe(0);
    expect(run('virsh net-dhcp-leases default', 30).out).not.toMatch(/^ 2026-/m);
    expect(run('virsh domifaddr web01').out).not.toContain('192.168.122');
    expect(run('virsh domhostname web01 --source lease').err).toBe(
      'error: failed to get hostname\nerror: no hostname found: no hostname found for domain web01\n',
    );
    // A guest started on the new bridge asks at once.
    expect(run('virsh destroy web01').status).toBe(0);
    expect(run('virsh start web01').status).toBe(0);
    expect(run('virsh net-dhcp-leases default').out).toContain(row('05:10:00', 1, 244, 'web01'));
  });

  it('a missing network fails the start by its name', () => {
    const run = booted();
    run("virsh dumpxml build01 | sed -e \"s#<source network='default'/>#<source network='lan'/>#\" > /root/b.xml");
    expect(run('virsh define /root/b.xml').status).toBe(0);
    expect(run('virsh start build01').err).toBe(
      "error: Failed to start domain 'build01'\nerror: Network not found: no network with matching name 'lan'\n",
    );
  });

  it('a migrated guest keeps its lease on the source; the target grants it at its next renewal', () => {
    const run = booted();
    const there = (line: string, minutes = 0) => run(`virsh -c qemu+ssh://kvm2/system ${line}`, minutes);
    expect(run('virsh migrate --live web01 qemu+ssh://kvm2/system').status).toBe(0);
    expect(run('virsh list').out).not.toContain('web01');
    expect(there('list', 1).out).toContain('web01');
    // At 02:31 the source's file still holds web01 until 03:30; kvm2's dnsmasq has not heard of it.
    expect(run('virsh net-dhcp-leases default').out).toContain(row('03:30:00', 1, 244, 'web01'));
    expect(there('net-dhcp-leases default').out).not.toContain('52:54:00:12:34:01');
    expect(there('domhostname web01 --source lease').err).toContain('no hostname found for domain web01');
    // Its client renews at 03:00 (T1 of the lease it took at 01:30 and renewed at 02:30): kvm2 grants its address.
    expect(there('net-dhcp-leases default', 30).out).toContain(row('04:00:00', 1, 244, 'web01'));
    expect(there('domhostname web01 --source lease').out).toBe('web01\n\n');
  });

  it('is refused by the test driver as real virsh is, and a missing network is named', () => {
    const run = booted();
    expect(run('virsh -c test:///default net-dhcp-leases default').err).toBe(
      'error: Failed to get leases info for default\nerror: this function is not supported by the connection driver: virNetworkGetDHCPLeases\n',
    );
    expect(run('virsh net-dhcp-leases nope').err).toBe(
      "error: failed to get network 'nope'\nerror: Network not found: no network with matching name 'nope'\n",
    );
  });

  it("speaks Japanese where libvirt-l10n has the header's words", () => {
    const world = bootedAnHourAgo(labWorld(), Date.UTC(2026, 11, 6, 2, 30));
    const r = runConsoleLine({
      world,
      host: 'kvm1',
      line: 'virsh net-dhcp-leases default --mac 52:54:00:12:34:01',
      now: Date.UTC(2026, 11, 6, 2, 30),
      lang: 'ja',
      l10n: virshForEnv,
    });
    expect(r.stdout.split('\n')[0]).toMatch(
      /^ 有効期限 +MAC アドレス +プロトコル +IP アドレス +ホスト名 +クライアント ID または DUID$/,
    );
    expect(r.stdout).toContain('192.168.122.244/24');
  });
});
