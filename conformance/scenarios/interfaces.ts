import type { Scenario } from '../scenario';
import { each, runs, script } from './build';

const files = {
  'eth2.xml': '<interface type="ethernet" name="eth2"><mac address="52:54:00:AA:BB:CC"/></interface>\n',
  'br1.xml':
    '<interface type="bridge" name="br1"><start mode="onboot"/><protocol family="ipv4"><dhcp/></protocol><bridge stp="off" delay="0.01"><interface type="ethernet" name="eth2"><mac address="52:54:00:00:00:01"/></interface></bridge></interface>\n',
  'eth3.xml':
    '<interface type="ethernet" name="eth3"><start mode="hotplug"/><mtu size="9000"/><protocol family="ipv6"><ip address="fe80::1" prefix="64"/><autoconf/></protocol><link speed="1000" state="up"/><foo/></interface>\n',
  'bond0.xml':
    '<interface type="bond" name="bond0"><bond mode="active-backup"><interface type="ethernet" name="eth4"/></bond></interface>\n',
  'vlan.xml': '<interface type="vlan" name="v1"><vlan tag="42"><interface name="eth1"/></vlan></interface>\n',
  'eth1-bare.xml': '<interface type="ethernet" name="eth1"/>\n',
  'no-name.xml': '<interface type="ethernet"/>\n',
  'bad-type.xml': '<interface type="bogus" name="x"/>\n',
  'no-type.xml': '<interface name="x"/>\n',
  'not-iface.xml': '<network/>\n',
};

/** Host interfaces on the test driver: its eth1, interfaces defined from files, change transactions. */
export const interfaces: Scenario[] = [
  script(
    'iface-default',
    'the test driver eth1, listed, shown, stopped, started and undefined',
    'iface-list; iface-list --all; iface-list --inactive; iface-dumpxml eth1; iface-dumpxml aa:bb:cc:dd:ee:ff; iface-dumpxml AA:BB:CC:DD:EE:FF; iface-mac eth1; iface-name aa:bb:cc:dd:ee:ff; iface-destroy eth1; iface-list --all; iface-list --inactive; iface-destroy eth1; iface-start eth1; iface-start eth1; iface-undefine eth1; iface-undefine eth1; iface-list --all',
  ),
  each('iface-lookup-errors', 'unknown interfaces, lookups by the wrong kind, refused options', [
    'iface-dumpxml nosuch',
    'iface-dumpxml aa:bb:cc:dd:ee:00',
    'iface-dumpxml aa-bb-cc-dd-ee-ff',
    'iface-name eth1',
    'iface-mac aa:bb:cc:dd:ee:ff',
    'iface-dumpxml eth1 --inactive',
    "iface-dumpxml ''",
    'iface-list --all --inactive',
    'iface-dumpxml eth1 --xpath //@address',
    "iface-dumpxml eth1 --inactive --xpath ''",
  ]),
  script(
    'iface-transaction',
    'iface-begin, iface-commit and iface-rollback',
    'iface-commit; iface-rollback; iface-begin; iface-begin; iface-destroy eth1; iface-undefine eth1; iface-list --all; iface-rollback; iface-list --all; iface-begin; iface-start eth1; iface-commit; iface-commit; iface-list --all',
  ),
  script(
    'iface-bridge',
    'iface-bridge and iface-unbridge: checks, then the inactive XML the test driver refuses',
    'iface-bridge eth1 br0; iface-bridge eth1 eth1; iface-bridge nosuch br0; iface-bridge eth1 br0 --delay x; iface-bridge eth1 br0 --delay -1; iface-bridge eth1 br0 --no-stp --delay 5 --no-start; iface-unbridge nosuch; iface-unbridge eth1 --no-start; iface-list --all',
  ),
  runs(
    'iface-define',
    'interfaces defined from files, and the files refused',
    [
      {
        args: [
          'iface-define eth2.xml; iface-list --all; iface-dumpxml eth2; iface-start eth2; iface-list; iface-define br1.xml; iface-dumpxml br1; iface-define eth3.xml; iface-dumpxml eth3; iface-define bond0.xml; iface-dumpxml bond0; iface-define vlan.xml; iface-dumpxml v1; iface-define eth1-bare.xml; iface-dumpxml eth1; iface-list --all; iface-mac eth1',
        ],
      },
      {
        args: [
          'iface-define no-name.xml; iface-define bad-type.xml; iface-define no-type.xml; iface-define not-iface.xml; iface-define missing.xml',
        ],
      },
      { args: ['-q', 'iface-define eth2.xml; iface-start eth2; iface-begin; iface-rollback'] },
      {
        args: [
          '-r',
          'iface-define eth2.xml; iface-undefine eth1; iface-start eth1; iface-destroy eth1; iface-begin; iface-commit; iface-rollback; iface-bridge eth1 br0; iface-unbridge eth1; iface-list --all',
        ],
      },
    ],
    { files },
  ),
  script('iface-node-file', 'a node file without interfaces', 'iface-list --all; iface-dumpxml eth1', {
    fixture: 'mixed.xml',
  }),
];
