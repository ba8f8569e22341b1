import type { NodeDevice } from '../types';

/** An FC SCSI host as the test driver formats it (vport counts read back as 0: there is no sysfs). */
export function fcHost(
  name: string,
  parent: string,
  host: number,
  fc: { wwnn: string; wwpn: string; fabric: string },
  vportOps: boolean,
): NodeDevice {
  const caps = [
    "  <capability type='scsi_host'>",
    `    <host>${host}</host>`,
    `    <unique_id>${host === 11 ? 10 : host - 1}</unique_id>`,
    "    <capability type='fc_host'>",
    `      <wwnn>${fc.wwnn}</wwnn>`,
    `      <wwpn>${fc.wwpn}</wwpn>`,
    `      <fabric_wwn>${fc.fabric}</fabric_wwn>`,
    '    </capability>',
  ];
  if (vportOps)
    caps.push(
      "    <capability type='vport_ops'>",
      '      <max_vports>0</max_vports>',
      '      <vports>0</vports>',
      '    </capability>',
    );
  caps.push('  </capability>');
  return { name, parent, caps, fc: { wwnn: fc.wwnn, wwpn: fc.wwpn }, vportOps };
}

/** The node devices of test:///default (defaultConnXML): the computer and three FC SCSI hosts. */
export const testDefaultNodeDevices: NodeDevice[] = [
  {
    name: 'computer',
    caps: [
      "  <capability type='system'>",
      '    <hardware>',
      '      <vendor>Libvirt</vendor>',
      '      <version>Test driver</version>',
      '      <serial>123456</serial>',
      '      <uuid>11111111-2222-3333-4444-555555555555</uuid>',
      '    </hardware>',
      '    <firmware>',
      '      <vendor>Libvirt</vendor>',
      '      <version>Test Driver</version>',
      '      <release_date>01/22/2007</release_date>',
      '    </firmware>',
      '  </capability>',
    ],
  },
  fcHost(
    'scsi_host1',
    'computer',
    1,
    { wwnn: '2000000012341234', wwpn: '1000000012341234', fabric: '2000000043214321' },
    true,
  ),
  fcHost(
    'scsi_host2',
    'computer',
    2,
    { wwnn: '2000000056785678', wwpn: '1000000056785678', fabric: '2000000087658765' },
    true,
  ),
  fcHost(
    'scsi_host11',
    'scsi_host1',
    11,
    { wwnn: '2000000034563456', wwpn: '1000000034563456', fabric: '2000000043214321' },
    false,
  ),
];
