import { networkLeases } from '../../../sim/ops/leases';
import { pretty } from './monitor';
import { networkArg } from './network-lookup';
import type { VirshCommand } from './types';
import { unsupportedCommands } from './unsupported';

const none = { none: 'Xen networking is bridges set up on the host (brctl, /etc/xen/scripts)' };
/** The test driver has no virNetworkGetDHCPLeases: its row in the refusal table answers there. */
const refused = unsupportedCommands.find((x) => x.name === 'net-dhcp-leases');

/**
 * cmdNetworkDHCPLeases on libvirtd's network driver: --mac is read before the network is looked up;
 * the leases (lib/sim/ops/leases.ts) sorted by MAC address, a vshTable whose last column is the
 * client ID, "-" where a field is empty.
 */
export const netDhcpLeases: VirshCommand = {
  name: 'net-dhcp-leases',
  readOnly: true,
  xm: none,
  xl: none,
  before: (c) => refused?.before?.(c) ?? true,
  run(c) {
    if (c.host().driver === 'test' && refused) return refused.run(c);
    const mac = c.str('mac');
    if (mac === '') {
      c.error("Failed to get option 'mac': Option argument is empty");
      return false;
    }
    const net = networkArg(c);
    if (!net) return false;
    const leases = networkLeases(c.host(), net, c.op().now)
      .filter((l) => mac === undefined || l.mac === mac.toLowerCase())
      .sort((a, b) => (a.mac < b.mac ? -1 : a.mac > b.mac ? 1 : 0));
    c.print(
      c.table(
        ['Expiry Time', 'MAC address', 'Protocol', 'IP address', 'Hostname', 'Client ID or DUID'],
        leases.map((l) => [
          pretty(BigInt(l.expiry)),
          l.mac,
          'ipv4',
          `${l.ip}/${l.prefix}`,
          l.hostname || '-',
          l.clientId || '-',
        ]),
      ),
    );
    return true;
  },
};
