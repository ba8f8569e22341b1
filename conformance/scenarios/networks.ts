import type { Scenario } from '../scenario';
import { each, runs, script } from './build';

const files = {
  'lab.xml':
    '<network>\n  <name>lab</name>\n  <uuid>11111111-2222-3333-4444-555555555555</uuid>\n  <bridge name="virbr5"/>\n  <ip address="10.0.5.1" netmask="255.255.255.0"/>\n</network>\n',
  'lab-other-uuid.xml': '<network><name>lab</name><uuid>22222222-2222-3333-4444-555555555555</uuid></network>\n',
  'lab2-same-uuid.xml': '<network><name>lab2</name><uuid>11111111-2222-3333-4444-555555555555</uuid></network>\n',
  'iso.xml': '<network><name>iso</name><uuid>33333333-2222-3333-4444-555555555555</uuid></network>\n',
  'routed.xml':
    '<network>\n<name>Routed</name><uuid>44444444-2222-3333-4444-55555555AAAA</uuid><forward dev="eth0" mode="route"/><ip family="ipv4" address="10.1.1.1" prefix="24"><dhcp><range start="10.1.1.2" end="10.1.1.9"/><host mac="52:54:00:00:00:01" name="h1" ip="10.1.1.5"/></dhcp></ip><mac address="52:54:00:AA:00:01"/><bridge name="br9" stp="off" delay="3"/><domain name="x"/></network>\n',
  'bridged.xml':
    '<network><name>bridged</name><uuid>55555555-2222-3333-4444-555555555555</uuid><forward mode="bridge"/><bridge name="br0"/></network>\n',
  'nat-no-ip.xml': '<network><name>c</name><forward/></network>\n',
  'no-name.xml': '<network>\n<uuid>11111111-2222-3333-4444-555555555555</uuid></network>\n',
  'bad-uuid.xml': '<network><name>a</name><uuid>zz</uuid></network>\n',
  'not-network.xml': '<foo/>\n',
  'garbage.xml': 'garbage',
};

/** Virtual networks on the test driver: its `default` network, and networks defined from files. */
export const networks: Scenario[] = [
  script(
    'net-default',
    'the test driver default network, listed and shown every way',
    'net-list; net-list --all; net-list --inactive; net-list --name; net-list --uuid --all; net-list --table; net-info default; net-dumpxml default; net-uuid default; net-name dd8fe884-6c02-601e-7551-cca97df1c5df; net-info dd8fe884-6c02-601e-7551-cca97df1c5df',
  ),
  each('net-lookup-errors', 'unknown networks and lookups by the wrong kind', [
    'net-info nosuch',
    'net-uuid nosuch',
    'net-name default',
    'net-name 11111111-2222-3333-4444-555555555555',
    'net-uuid dd8fe884-6c02-601e-7551-cca97df1c5df',
    'net-dumpxml default --inactive',
    'net-list --table --uuid',
    'net-list --name --uuid',
    'net-start nosuch',
  ]),
  script(
    'net-lifecycle',
    'destroy, start, autostart and undefine the default network',
    'net-destroy default; net-list; net-list --inactive; net-info default; net-destroy default; net-start default; net-start default; net-autostart default; net-list --all --autostart; net-list --all --no-autostart; net-autostart default --disable; net-undefine default; net-destroy default; net-undefine default; net-list --all; net-info default',
  ),
  runs(
    'net-define-create',
    'networks defined and created from files, and the files refused',
    [
      {
        args: [
          'net-define lab.xml; net-list --all; net-dumpxml lab; net-info lab; net-start lab; net-create iso.xml; net-list --all; net-list --transient; net-list --persistent; net-info iso; net-autostart iso; net-undefine iso; net-destroy iso; net-list --all; net-define lab.xml; net-create lab.xml; net-define lab-other-uuid.xml; net-create lab-other-uuid.xml; net-define lab2-same-uuid.xml; net-undefine lab; net-list --all',
        ],
      },
      {
        args: [
          'net-define routed.xml; net-dumpxml Routed; net-define bridged.xml; net-dumpxml bridged; net-info bridged; net-list --all',
        ],
      },
      { args: ['net-define lab.xml; net-create lab.xml; net-info lab; net-destroy lab; net-info lab'] },
      { args: ['net-define nat-no-ip.xml'] },
      { args: ['net-define no-name.xml'] },
      { args: ['net-define bad-uuid.xml'] },
      { args: ['net-create not-network.xml'] },
      { args: ['net-define garbage.xml'] },
      { args: ['net-define missing.xml'] },
      { args: ['-q', 'net-define lab.xml; net-start lab; net-destroy lab'] },
      { args: ['-r', 'net-define lab.xml'] },
      { args: ['-r', 'net-destroy default; net-autostart default; net-list'] },
    ],
    { files },
  ),
  script('net-node-file', 'a node file without networks', 'net-list --all; net-info default', { fixture: 'mixed.xml' }),
];
