import type { Scenario } from '../scenario';
import { each, runs } from './build';

/** Documents whose attribute values carry blanks libxml2 keeps and libvirt compares as written. */
const blankAttrs: Record<string, string> = {
  'd1.xml': "<domain type='test '><name>f</name><memory>1024</memory><os><type>hvm</type></os></domain>\n",
  'p1.xml': "<pool type='dir '><name>p</name><target><path>/t</path></target></pool>\n",
  'p2.xml':
    "<pool type='fs'><name>p2</name><source><device path='/d'/><format type='ext4 '/></source><target><path>/t2</path></target></pool>\n",
  'v1.xml': "<volume><name>v</name><capacity unit='M '>10</capacity></volume>\n",
  'v2.xml': "<volume><name>v2</name><capacity unit='M'>10</capacity><target><format type='raw '/></target></volume>\n",
};

/** <network> bodies for net-define/net-create --validate: valid, and refused by network.rng each way libxml2 reports. */
export const networkDocs = [
  "<name>ok1</name><uuid>00000000-0000-4000-a000-000000000011</uuid><bridge name='virbr7' stp='on' delay='0'/><forward mode='nat'/><ip address='10.7.0.1' netmask='255.255.255.0'><dhcp><range start='10.7.0.2' end='10.7.0.9'/></dhcp></ip>",
  '<uuid>00000000-0000-4000-a000-000000000012</uuid>',
  '<bogus/><name>x</name>',
  "<name>x</name><bogus/><bridge name='b'/>",
  '<name>x</name> text',
  '<name>x</name><name>y</name>',
  '<name>x</name><uuid>zz</uuid>',
  "<name a='1'>x</name>",
  "<name a='1'>x</name><bogus/>",
  "<name>x</name><bridge name='br 0'/>",
  "<name>x</name><mac address='01:00:00:00:00:01'/>",
  "<name>x</name><domain name='a_b'/>",
  "<name>x</name><domain name='a' localOnly='x'/>",
  "<name>x</name><forward mode='bogus'/>",
  '<name>x</name><forward/><forward/>',
];
const T = '<target><path>/srv/p</path></target>';
/** <pool> documents for pool-define [--validate]: valid, and refused by storagepool.rng each way libxml2 reports (decision 066's subset). */
export const poolDocs = [
  `<pool type='dir'><name>pd</name><uuid>00000000-0000-4000-8000-0000000000e1</uuid>${T}</pool>`,
  `<pool type='dir'><name>pc</name><uuid>00000000-0000-4000-8000-0000000000e2</uuid><capacity unit='G'>1</capacity><features><cow state='yes'/></features>${T}</pool>`,
  `<pool type='fs'><name>pf</name><uuid>00000000-0000-4000-8000-0000000000e3</uuid><source><device path='/dev/sdb'/></source>${T}</pool>`,
  "<pool type='logical'><name>pl</name><uuid>00000000-0000-4000-8000-0000000000e4</uuid><source><name>vg</name></source><target/></pool>",
  `<pool type='dir'><uuid>00000000-0000-4000-8000-0000000000e5</uuid>${T}</pool>`,
  "<pool type='dir'><name>p</name></pool>",
  `<pool type='dir'><name>p</name>${T}<bogus/></pool>`,
  `<pool type='dir'><bogus/><name>p</name>${T}</pool>`,
  `<pool type='dir' foo='1'><name>p</name>${T}</pool>`,
  `<pool type='bogus'><name>p</name>${T}</pool>`,
  `<pool><name>p</name>${T}</pool>`,
  `<pool type='dir'><name>p</name><name>q</name>${T}</pool>`,
  `<pool type='dir'><name>p</name><uuid>zz</uuid>${T}</pool>`,
  `<pool type='dir'><name>p</name>${T} text</pool>`,
  `<pool type='fs'><name>p</name>${T}</pool>`,
  "<pool type='dir'><name>p</name><target><path>t</path></target></pool>",
  "<pool type='dir'><name>p</name><target/></pool>",
  `<pool type='dir'><name>p</name>${T}${T}</pool>`,
  `<pool type='dir'><name>p</name><capacity> 5 </capacity>${T}</pool>`,
  `<pool type='dir'><name>a/b</name>${T}</pool>`,
  `<pool type='dir'><name a='1'>p</name>${T}</pool>`,
  `<pool type='dir'><name>p</name><source><device path='/x'/></source>${T}</pool>`,
  `<pool type='dir'><name>p</name><features><cow state='maybe'/></features>${T}</pool>`,
  "<pool type='dir'><name>p</name><target><path>/t</path><bogus/></target></pool>",
  `<pool type='dir' xmlns='http://x'><name>p</name>${T}</pool>`,
];
const poolFiles = Object.fromEntries(poolDocs.map((d, i) => [`p${i}.xml`, `${d}\n`]));

/** libvirt makes up a random uuid for a network without one: every drawn document names its own. */
const withUuid = (d: string) => (d.includes('<uuid>') ? d : `${d}<uuid>00000000-0000-4000-a000-0000000000aa</uuid>`);
export const networkBodies = networkDocs.map(withUuid);
const networkFiles = Object.fromEntries(networkBodies.map((d, i) => [`n${i}.xml`, `<network>${d}</network>\n`]));

const G = '<uuid>00000000-0000-4000-8000-0000000000bb</uuid><memory>1048576</memory><os><type>hvm</type></os>';
/** <domain> documents for define/create --validate: valid, refused by domain.rng, refused by the parser after it. */
export const domainDocs = [
  `<domain type='test'><name>ok</name>${G}<vcpu>2</vcpu></domain>`,
  `<domain type='test' foo='1'><name>e</name>${G}</domain>`,
  `<domain type='bogus'><name>e</name>${G}</domain>`,
  `<domain><name>e</name>${G}</domain>`,
  `<domain type='test'><name>e</name>${G}<bogus/></domain>`,
  `<domain type='test'><bogus/><name>e</name>${G}</domain>`,
  `<domain type='test'>hi<name>e</name>${G}</domain>`,
  `<domain type='test'><name>e</name>${G} text</domain>`,
  "<domain type='test'><name>e</name><uuid>00000000-0000-4000-8000-0000000000bb</uuid><memory>x</memory><os><type>hvm</type></os></domain>",
  `<domain type='test'><name>e</name>${G}<vcpu>0</vcpu></domain>`,
  `<domain type='test'><name>e</name><name>f</name>${G}</domain>`,
  `<domain type='test'><name>e</name><uuid>zz</uuid>${G}</domain>`,
  `<domain type='test' id='5'><name>e</name>${G}<title>t</title><description>d</description></domain>`,
  `<domain type='test'><name>a/b</name>${G}</domain>`,
  `<domain type='test' foo='1'><bogus/><name>e</name>${G}</domain>`,
  "<domain type='test'><name>e</name><uuid>00000000-0000-4000-8000-0000000000bb</uuid><memory>1024</memory></domain>",
  "<domain type='kvm'><name>k</name><uuid>00000000-0000-4000-8000-0000000000cc</uuid><memory>1024</memory><vcpu>x</vcpu><os><type>hvm</type></os></domain>",
  '<network><name>n</name></network>',
];
const domainFiles = Object.fromEntries(domainDocs.map((d, i) => [`d${i}.xml`, `${d}\n`]));

export const nodeObjects: Scenario[] = [
  each(
    'attribute-values-kept',
    "libxml2 hands libvirt an attribute value as written: a pool type, a source format, a size unit or a domain type with a blank is refused (seed 465's `--source-format 'test '`)",
    [
      'define d1.xml',
      'pool-define p1.xml',
      'pool-define p2.xml',
      "pool-define-as p3 fs --source-dev /d --source-format 'ext4 ' --target /t3",
      'vol-create default-pool v1.xml',
      'vol-create default-pool v2.xml',
    ],
    { files: blankAttrs },
  ),
  each(
    'network-schema',
    "net-define and net-create --validate check the document against network.rng as libxml2's Relax-NG reports it (the groups in the schema's order, a missing <name>, extra content, then the root's attributes); without --validate the parser's own errors (an unknown forward mode, a multicast bridge MAC, <domain localOnly>) and the first <name>",
    [
      ...networkDocs.map((_, i) => `net-define n${i}.xml --validate; net-list --all --name`),
      'net-create n3.xml --validate',
      'net-define r1.xml --validate',
      'net-define r2.xml --validate',
      'net-define r3.xml --validate',
      'net-define n13.xml',
      'net-define n3.xml; net-list --all --name',
      'net-define n10.xml; net-define n12.xml; net-define n5.xml; net-dumpxml x',
    ],
    {
      files: {
        ...networkFiles,
        'r1.xml': `<network foo='1'>${withUuid('<name>x</name>')}</network>\n`,
        'r2.xml': `<network ipv6='yes' trustGuestRxFilters='no' connections='3'>${withUuid('<name>x</name>')}</network>\n`,
        'r3.xml': `<network connections='x'>${withUuid("<name a='1'>x</name>")}</network>\n`,
      },
    },
  ),
  each(
    'domain-schema',
    "define and create --validate check the document against domain.rng as libxml2's Relax-NG reports it (the type first, the groups in the schema's order, a missing <name> two interleaves deep, extra content, then the root's attributes); then the parser: the root's name, the first <name>, no vCPU failing the NUMA check, a '/' in the name after the parse",
    [
      ...domainDocs.map((_, i) => `define d${i}.xml --validate; list --all --name`),
      ...domainDocs.map((_, i) => `create d${i}.xml --validate`),
      ...domainDocs.map((_, i) => `define d${i}.xml; list --all --name`),
    ],
    { files: domainFiles },
  ),
  each(
    'node-file-objects',
    "a node file's networks, interfaces and storage pools with their volumes, inline or included with file= (testOpenParse: testParseNetworks, testParseInterfaces, testParseStorage, testOpenVolumesForPool): all active, a volume's own path and key kept, a domain included too",
    [
      'list --all',
      'net-list --all; net-dumpxml net1; net-dumpxml net2; net-info net2',
      'iface-list --all; iface-dumpxml br0',
      'pool-list --all --details; pool-dumpxml p1; pool-info p2',
      'vol-list p1 --details; vol-list p2; vol-dumpxml --pool p1 v2; vol-dumpxml --pool p1 v3',
      'vol-key --pool p1 v2; vol-path k2; vol-info k2; vol-info /p1/v1; vol-name /elsewhere/v2; vol-pool /p2/w1',
      'vol-create-as p1 big 200G; pool-destroy p1; pool-start p1; vol-list p1',
      'net-destroy net1; net-undefine net2; net-list --all',
    ],
    { fixture: 'objects.xml' },
  ),
  ...(
    [
      ['missing', 'a file= naming no file: libxml2\'s warning, then "failed to parse xml document"'],
      ['mismatch', "an included file whose root is not the element's kind"],
      ['duplicate', 'two networks with one uuid (virNetworkObjAssignDef)'],
      ['volume-error', "a volume's parser refuses it (no capacity)"],
      ['directory', "an empty file= names the node file's directory: libxml2 reads it as an empty document"],
    ] as const
  ).map(([name, what]) =>
    each(`node-file-objects-${name}`, `a node file refused while its objects are read: ${what}`, ['list'], {
      fixture: `objects-${name}.xml`,
    }),
  ),
  each(
    'node-file-devices',
    "a node file's <device>s (testParseNodedevs: virNodeDeviceDefParseXML as an existing device, then virNodeDeviceObjListAssignDef, which replaces a device of the same name in place): each capability formatted as virNodeDeviceDefFormat writes it — system, pci, net, usb_device and usb, scsi_host with fc_host and vport_ops, storage fixed and removable, scsi, drm, an included ap_queue; nodedev-list is still refused by the test driver's flags",
    [
      'nodedev-dumpxml computer; nodedev-dumpxml pci_0000_00_02_0; nodedev-info pci_0000_00_02_0',
      'nodedev-dumpxml net_eth0_52_54_00_11_22_33; nodedev-dumpxml usb_1_1',
      'nodedev-dumpxml scsi_host5; nodedev-dumpxml block_sda; nodedev-dumpxml block_sr0',
      'nodedev-dumpxml scsi_0_0_0_0; nodedev-dumpxml drm_card0; nodedev-dumpxml ap_queue_03_0010',
      'nodedev-dumpxml --xpath //capability/@type usb_1_1; nodedev-info block_sr0; nodedev-list',
      'nodedev-destroy scsi_host5; nodedev-dumpxml scsi_host1',
    ],
    { fixture: 'nodedevs.xml' },
  ),
  ...(
    [
      ['no-caps', 'a device without capabilities'],
      ['bad-type', "a capability type virNodeDevCapType does not name (virXMLPropEnum's words)"],
      ['parser-refuses', 'scsi_generic: a type the parser has no reader for (its number in the error)'],
      ['usb-bus', 'a USB bus number that is not an unsigned int (virXPathUInt → invalid)'],
      ['link-speed', 'a net link speed virXMLPropUInt refuses'],
      ['no-wwnn', 'an fc_host without its WWNN: the test driver gives no virt type to make one up'],
      ['parent-wwnn', "a parent's wwnn without its wwpn"],
      ['wrong-root', 'an included file whose root is not a <device>'],
    ] as const
  ).map(([name, what]) =>
    each(`node-file-device-${name}`, `a node file refused while its devices are read: ${what}`, ['list'], {
      fixture: `nodedev-${name}.xml`,
    }),
  ),
  runs(
    'node-file-auth',
    "a node file's <auth> users (testParseAuthUsers, testConnectAuthenticate): virsh's auth callback with no terminal prompts on stdout and reads each answer as a line of standard input — a name, then a password for a name unknown or with one; an empty input is an empty name; what stdio read is gone for the script that follows",
    [
      { args: ['uri'] },
      { args: ['uri; list --name'], stdin: 'alice\npw\n' },
      { args: ['uri'], stdin: 'alice\npw' },
      { args: ['uri'], stdin: 'alice\n' },
      { args: ['uri'], stdin: 'alice\npw \n' },
      { args: ['uri'], stdin: 'alice\r\npw\n' },
      { args: ['uri'], stdin: 'bob\nnot read\n' },
      { args: ['uri'], stdin: 'bob \n\n' },
      { args: ['uri'], stdin: 'carol\npw\n' },
      { args: ['-r', 'uri'], stdin: 'bob\n' },
      { args: [], stdin: 'alice\npw\nuri\n' },
      { args: [], stdin: `bob\n${'uri\n'.repeat(1030)}` },
      { args: ['connect test:///default; uri'], stdin: 'x\n' },
    ],
    { fixture: 'auth.xml', covers: ['uri', 'list', 'connect'] },
  ),
  each('node-file-auth-no-name', 'a node file refused while its auth users are read: a user without a name', ['uri'], {
    fixture: 'auth-no-name.xml',
  }),
  each(
    'pool-schema',
    "pool-define --validate checks the document against storagepool.rng as libxml2's Relax-NG reports it: the branch the type names (an unknown one failing alone), name/uuid and the sizes one interleave deeper, features, source and target, extra content, the root's attributes last, a namespace refused; without --validate the parser's own errors",
    [
      ...poolDocs.map((_, i) => `pool-define p${i}.xml --validate; pool-list --all --name`),
      ...poolDocs.map((_, i) => `pool-define p${i}.xml; pool-list --all --name`),
      'pool-create p0.xml; pool-create p5.xml; pool-list --all --name',
    ],
    { files: poolFiles },
  ),
];
