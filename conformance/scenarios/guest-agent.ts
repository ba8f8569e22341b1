import type { Scenario } from '../scenario';
import { each, runs } from './build';

const files = {
  'net2.xml':
    "<network><name>net2</name><bridge name='virbr9'/><ip address='10.1.2.1' netmask='255.255.0.0'><dhcp><range start='10.1.2.50' end='10.1.2.99'/></dhcp></ip></network>",
  'n2.xml':
    "<domain type='test'><name>n2</name><memory>1024</memory><os><type>hvm</type></os><devices>" +
    "<interface type='network'><mac address='52:54:00:00:00:09'/><source network='net2'/></interface></devices></domain>",
  'n2bad.xml':
    "<domain type='test'><name>n2</name><memory>1024</memory><os><type>hvm</type></os><devices>" +
    "<interface type='network'><mac address='52:54:00:00:00:0a'/><source network='nonet'/></interface></devices></domain>",
  'three.xml':
    "<domain type='test'><name>three</name><memory>1024</memory><os><type>hvm</type></os><devices>" +
    "<interface type='network'><mac address='52:54:00:00:00:01'/><source network='default'/></interface>" +
    "<interface type='bridge'><mac address='52:54:00:00:00:02'/><source bridge='br0'/><target dev='vnet7'/></interface>" +
    "<interface type='network'><mac address='52:54:00:00:00:03'/><source network='default'/></interface></devices></domain>",
  'four.xml':
    "<domain type='test'><name>four</name><memory>1024</memory><os><type>hvm</type></os><devices>" +
    "<interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br1'/></interface>" +
    "<interface type='bridge'><mac address='52:54:00:00:00:02'/><source bridge='br0'/><target dev='vnet7'/></interface></devices></domain>",
  'sda.xml':
    "<domain type='test'><name>sdadom</name><memory>1024</memory><os><type>hvm</type></os><devices>" +
    "<disk type='file' device='disk'><source file='/x.img'/><target dev='sda' bus='scsi'/></disk></devices></domain>",
};

/** What the test driver's pretend guest agent answers: filesystems, freeze/thaw/trim, interface addresses. */
export const guestAgent: Scenario[] = [
  each(
    'domfs',
    'domfsinfo, domfsfreeze, domfsthaw, domfstrim',
    [
      'domfsinfo test; domfsfreeze test; domfsfreeze test --mountpoint /boot; domfsthaw test; domfsthaw test --mountpoint / --mountpoint /boot; domfstrim test; domfstrim test --minimum 10 --mountpoint /',
      'destroy test; domfsinfo test; domfsfreeze test; domfsthaw test; domfstrim test',
      'domfstrim test --minimum x',
      'domfstrim nosuch --minimum x',
      'domfstrim test --minimum -1; domfstrim test --mountpoint ""',
      'domfsfreeze test; domfsfreeze test',
      'domfsfreeze test --mountpoint /x; domfsthaw test --mountpoint /x; domfstrim test --mountpoint /x',
      'domfsfreeze test --mountpoint ""',
      'domfsfreeze test --mountpoint / --mountpoint /',
      'create three.xml; domfsinfo three; domfsfreeze three',
      'create sda.xml; domfsinfo sdadom; domfsfreeze sdadom',
      'domfsfreeze test; destroy test; start test; domfsfreeze test',
      'domfsfreeze test --mountpoint /boot; domfsthaw test; suspend test; domfsfreeze test',
    ],
    { files },
  ),
  each(
    'domifaddr',
    'domifaddr: addresses per interface type and domain id, --interface, --source',
    [
      'domifaddr test',
      'domifaddr test --full --source lease',
      'domifaddr test --interface testnet0 --source arp',
      'domifaddr test --interface foo',
      'domifaddr nosuch',
      'domifaddr nosuch --source foo',
      'domifaddr test --source ""',
      'domifaddr test --interface ""',
      'domifaddr nosuch --interface "" --source foo',
      'domifaddr nosuch --source ""',
      'destroy test; domifaddr test',
      'destroy test; start test; domifaddr test',
      'create three.xml; domifaddr three; domifaddr three --interface testnet2; domifaddr three --interface 52:54:00:00:00:03',
      'create three.xml; create four.xml; domifaddr four; domid four',
      // found by the differential batch (seed 11): the address comes from the network's DHCP range
      'net-create net2.xml; create n2.xml; domifaddr n2',
      'net-create net2.xml; create n2bad.xml; domifaddr n2',
    ],
    { files },
  ),
  runs(
    'guest-agent-quiet',
    'the guest agent commands under -q and -r',
    [
      {
        args: [
          '-q',
          'domfsinfo test; domfsfreeze test; domfsthaw test; create three.xml; domfsinfo three; domifaddr test',
        ],
      },
      { args: ['-r', 'domfsinfo test; domifaddr test'] },
      { args: ['-r', 'domfsfreeze test'] },
      { args: ['-r', 'domfstrim test'] },
    ],
    { files },
  ),
];
