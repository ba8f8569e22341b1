import type { Scenario } from '../scenario';
import { each, runs } from './build';

const fc = (parent: string, wwnn = '2000000000000001') =>
  `<device>${parent}<capability type="scsi_host"><capability type="fc_host"><wwnn>${wwnn}</wwnn><wwpn>2100000000000001</wwpn></capability></capability></device>\n`;
const files = {
  'vhba.xml': fc(''),
  'vhba-host2.xml': fc('<parent>scsi_host2</parent>'),
  'vhba-host11.xml': fc('<parent>scsi_host11</parent>'),
  'vhba-computer.xml': fc('<parent>computer</parent>'),
  'vhba-nosuch.xml': fc('<parent>nosuch</parent>'),
  'vhba-bad-wwn.xml': fc('', 'zz'),
  'no-wwnn.xml': '<device><capability type="scsi_host"><capability type="fc_host"/></capability></device>\n',
  'scsi-host.xml': '<device><name>x</name><capability type="scsi_host"/></device>\n',
  'net.xml': '<device><capability type="net"><interface>eth0</interface></capability></device>\n',
  'system.xml': '<device><name>x</name><capability type="system"/></device>\n',
  'pci.xml': '<device><name>x</name><capability type="pci"/></device>\n',
  'no-caps.xml': '<device><name>x</name></device>\n',
  'bad-cap.xml': '<device><name>x</name><capability type="bogus"/></device>\n',
  'not-device.xml': '<pool/>\n',
};

/** Node devices on the test driver: the computer, its FC SCSI hosts, and vHBAs made on them. */
export const nodedev: Scenario[] = [
  each('nodedev-list', 'nodedev-list: its option checks, then the flags the test driver refuses', [
    'nodedev-list',
    'nodedev-list --all',
    'nodedev-list --inactive',
    'nodedev-list --tree',
    'nodedev-list --cap system,scsi_host',
    "nodedev-list --cap ''",
    'nodedev-list --cap bogus',
    'nodedev-list --cap ,',
    'nodedev-list --tree --cap system',
    'nodedev-list --tree --inactive',
    'nodedev-list --all --inactive',
  ]),
  runs('nodedev-query', 'nodedev-dumpxml and nodedev-info by name and by wwnn,wwpn', [
    {
      args: [
        "nodedev-dumpxml computer; nodedev-dumpxml scsi_host1; nodedev-dumpxml scsi_host2; nodedev-dumpxml scsi_host11; nodedev-info computer; nodedev-info scsi_host11; nodedev-info nosuch; nodedev-dumpxml a,b; nodedev-dumpxml 2000000012341234,1000000012341234; nodedev-info 0x2000000012341234,1000000012341234; nodedev-info a,b,c; nodedev-info \"\"; nodedev-dumpxml scsi_host1 --xpath //wwnn --wrap; nodedev-dumpxml nosuch --xpath ''; nodedev-dumpxml computer --xpath '//vendor/text()'",
      ],
    },
  ]),
  runs(
    'nodedev-create-destroy',
    'vHBAs created on a vport-capable SCSI host, device files refused, devices destroyed',
    [
      {
        args: [
          'nodedev-create vhba.xml; nodedev-dumpxml scsi_host12; nodedev-info scsi_host12; nodedev-create vhba-host2.xml; nodedev-destroy scsi_host12; nodedev-info scsi_host12; nodedev-destroy scsi_host12; nodedev-info scsi_host12; nodedev-destroy scsi_host11; nodedev-info scsi_host11; nodedev-destroy computer; nodedev-info computer; nodedev-destroy scsi_host1; nodedev-dumpxml scsi_host1',
        ],
      },
      {
        args: [
          'nodedev-create vhba-host11.xml; nodedev-create vhba-computer.xml; nodedev-create vhba-nosuch.xml; nodedev-create vhba-bad-wwn.xml; nodedev-create no-wwnn.xml; nodedev-create scsi-host.xml; nodedev-create net.xml; nodedev-create system.xml; nodedev-create pci.xml; nodedev-create no-caps.xml; nodedev-create bad-cap.xml; nodedev-create not-device.xml; nodedev-create missing.xml; nodedev-define vhba.xml; nodedev-define missing.xml',
        ],
      },
      { args: ['-q', 'nodedev-create vhba.xml; nodedev-destroy scsi_host12'] },
      {
        args: [
          '-r',
          'nodedev-create vhba.xml; nodedev-define vhba.xml; nodedev-destroy scsi_host11; nodedev-detach computer; nodedev-dumpxml computer',
        ],
      },
    ],
    { files },
  ),
  each(
    'nodedev-unsupported',
    'what the test driver cannot do to a device: detach, reattach, reset, undefine, start, autostart',
    [
      'nodedev-detach computer; nodedev-detach computer --driver vfio; nodedev-detach nosuch; nodedev-detach a,b',
      'nodedev-reattach scsi_host1; nodedev-reattach nosuch',
      'nodedev-reset scsi_host2; nodedev-reset a,b',
      'nodedev-undefine computer; nodedev-undefine a,b; nodedev-undefine 2000000012341234,1000000012341234',
      'nodedev-start computer; nodedev-start nosuch',
      'nodedev-autostart computer; nodedev-autostart computer --disable; nodedev-autostart a,b',
    ],
  ),
];
