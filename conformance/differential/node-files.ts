import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../paths';
import { domainDocs, networkBodies, poolDocs } from '../scenarios/node-objects';

// A fixed uuid: libvirt gives a domain without one a random uuid, which no two runs share.
let serial = 0;
const guest = (name: string, extra = '') =>
  `<domain type='test'><name>${name}</name><uuid>00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}</uuid><memory>1048576</memory><vcpu>1</vcpu><os><type>hvm</type></os>${extra}</domain>`;
const node = (body: string) => `<node>\n${body}\n</node>\n`;
const cpu = (arch: string, model: string, extra = '') =>
  `<cpu><arch>${arch}</arch><model>${model}</model>${extra}</cpu>\n`;

/** Host CPU descriptions for cpu-baseline and the cpu-compare family (vshExtractCPUDefXMLs reads them). */
export const cpuFiles: Record<string, string> = {
  'cpus-intel.xml':
    cpu('x86_64', 'Skylake-Client', '<vendor>Intel</vendor>') + cpu('x86_64', 'IvyBridge', "<feature name='vmx'/>"),
  'cpus-amd.xml': cpu('x86_64', 'EPYC-Milan', '<vendor>AMD</vendor>') + cpu('x86_64', 'Opteron_G3'),
  'cpus-mixed.xml': cpu('x86_64', 'Haswell', '<vendor>Intel</vendor>') + cpu('x86_64', 'EPYC', '<vendor>AMD</vendor>'),
  'cpus-features.xml':
    cpu('i686', 'qemu32', "<feature name='sse4.2'/><feature name='popcnt'/>") + cpu('x86_64', 'Westmere'),
  'cpus-caps.xml': `<capabilities><host>${cpu('x86_64', 'Cooperlake', "<vendor>Intel</vendor><feature name='invtsc'/>")}</host></capabilities>\n`,
  'cpus-domain.xml': `<domain type='kvm'><name>d</name>${cpu('x86_64', 'Nehalem-IBRS')}</domain>\n`,
  'cpus-ppc.xml': cpu('ppc64le', 'POWER9', '<vendor>IBM</vendor>') + cpu('ppc64le', 'POWER9'),
  'cpus-unknown.xml': cpu('x86_64', 'Haswell', "<feature name='warp'/>"),
  'cpus-noarch.xml': '<cpu><model>Haswell</model></cpu>\n',
  'cpus-broken.xml': '<cpu><arch>x86_64</arch>\n',
};

const fixed = (name: string, n: number, extra = '') =>
  `<domain type='test'><name>${name}</name><uuid>00000000-0000-4000-9000-00000000000${n}</uuid><memory>1024</memory><os><type>hvm</type></os>${extra}</domain>`;

/**
 * Test-driver node files broken the ways testOpenParse and the parsers it calls refuse (numbers out of
 * range or not numbers, a domain without its type, a uuid or a name given twice) and one domain given
 * twice, which virDomainObjListAdd takes as the same domain.
 */
const brokenNodes: Record<string, string> = {
  'bad-mhz.xml': node('<cpu><mhz>-5</mhz></cpu>'),
  'bad-sockets.xml': node('<cpu><sockets>x</sockets></cpu>'),
  'big-memory.xml': node('<memory>99999999999999999999</memory>'),
  'big-threads.xml': node('<cpu><threads>4294967296</threads></cpu>'),
  'domain-bad-memory.xml': node(
    "<domain type='test'><name>e</name><memory>x</memory><os><type>hvm</type></os></domain>",
  ),
  'domain-no-type.xml': node('<domain><name>f</name><memory>1024</memory></domain>'),
  'domain-bad-type.xml': node("<domain type='bogus'><name>f</name><memory>1024</memory></domain>"),
  'dup-domain.xml': node(fixed('d', 1) + fixed('d', 1) + fixed('z', 2)),
  'dup-uuid.xml': node(fixed('d', 1) + fixed('e', 1)),
  'dup-name.xml': node(fixed('d', 1) + fixed('d', 2)),
};

const net = (name: string, n: number, extra = '') =>
  `<network><name>${name}</name><uuid>00000000-0000-4000-a000-00000000000${n}</uuid>${extra}</network>`;
const pool = (name: string, n: number, path: string, extra = '') =>
  `<pool type='dir'><name>${name}</name><uuid>00000000-0000-4000-b000-00000000000${n}</uuid><target><path>${path}</path></target>${extra}</pool>`;
const vol = (name: string, extra = "<capacity unit='M'>8</capacity>") =>
  `<volume><name>${name}</name>${extra}</volume>`;

/** Files node files include with file= (testParseXMLDocFromFile): not node files themselves. */
const includedFiles: Record<string, string> = {
  'inc-net.xml': `${net('inet', 2, "<bridge name='virbr9'/>")}\n`,
  'inc-pool.xml': `${pool('ipool', 2, '/ipool', vol('iv'))}\n`,
  'inc-vol.xml': `${vol('incvol', "<capacity>4096</capacity><allocation>0</allocation><target><format type='qcow2'/></target>")}\n`,
  'inc-domain.xml': `${fixed('incd', 7)}\n`,
};

/**
 * Node files holding networks, interfaces and storage pools with volumes (testOpenParse reads them
 * after the domains), inline and included, and broken the ways their parsers and lists refuse.
 */
const objectNodes: Record<string, string> = {
  'objects.xml': node(
    `<domain file='inc-domain.xml'/>${net('onet', 1, "<forward/><ip address='10.9.0.1' netmask='255.255.255.0'/>")}<network file='inc-net.xml'/>` +
      "<interface type='ethernet' name='eth7'><start mode='onboot'/><mac address='52:54:00:00:00:07'/></interface>" +
      pool(
        'opool',
        1,
        '/opool',
        `${vol('ov1')}${vol('ov2', '<key>k2</key><capacity>2048</capacity><target><path>/else/ov2</path></target>')}<volume file='inc-vol.xml'/>`,
      ) +
      "<pool file='inc-pool.xml'/>",
  ),
  'objects-missing.xml': node("<network file='nowhere.xml'/>"),
  'objects-directory.xml': node("<pool file=''/>"),
  'objects-mismatch.xml': node("<pool file='inc-net.xml'/>"),
  'objects-broken.xml': node("<interface file='not-xml.xml'/>"),
  'objects-dup-net.xml': node(net('a', 1) + net('b', 1)),
  'objects-dup-pool.xml': node(pool('a', 1, '/a') + pool('b', 2, '/a')),
  'objects-vol-nocap.xml': node(pool('a', 1, '/a', '<volume><name>v</name></volume>')),
  'objects-net-noname.xml': node('<network><uuid>00000000-0000-4000-a000-000000000001</uuid></network>'),
  'objects-iface-notype.xml': node("<interface name='eth0'/>"),
};

/** <network> files for net-define/net-create: valid, refused by network.rng (with --validate), refused by the parser. */
/** pool-define's documents (decision 066): inside storagepool.rng's subset the lab checks. */
export const poolFiles: Record<string, string> = Object.fromEntries(poolDocs.map((d, i) => [`pool${i}.xml`, `${d}\n`]));
export const networkFiles: Record<string, string> = Object.fromEntries(
  networkBodies.map((body, i) => [`net${i}.xml`, `<network>${body}</network>\n`]),
);

/** <domain> files for define/create: valid, refused by domain.rng (with --validate), refused by the parser. */
export const domainFiles: Record<string, string> = Object.fromEntries(
  domainDocs.map((doc, i) => [`dom${i}.xml`, `${doc}\n`]),
);

/** <domainsnapshot> files for snapshot-create: valid, refused by domainsnapshot.rng, refused by the parser. */
export const snapshotFiles: Record<string, string> = Object.fromEntries(
  [
    '<name>s1</name><description>d</description>',
    '<name>s2</name><bogus/>',
    '<name>s3</name><state>weird</state>',
    "<name>s4</name><memory snapshot='no'/>",
    "<name>s5</name><memory file='rel'/>",
    "<name>s6</name><memory snapshot='manual'/>",
    "<name>s7</name><disks><disk name='vda' snapshot='internal'/></disks>",
    "<name>s8</name><disks><disk name='vda'><driver type='qcow2'/></disk></disks>",
    "<name>s9</name><disks><disk name='vdz' snapshot='manual'/></disks>",
    "<name>s10</name><disks><disk name='nope'/></disks>",
    '<name>s11</name><name>s12</name>',
    'text<name>s13</name>',
    "<name> s14 </name><memory snapshot=' no '/>",
  ].map((body, i) => [`snap${i}.xml`, `<domainsnapshot>${body}</domainsnapshot>\n`]),
);

/** <domaincheckpoint> files for checkpoint-create (always validated against domaincheckpoint.rng). */
export const checkpointFiles: Record<string, string> = Object.fromEntries(
  [
    '<name>c1</name><description>d</description>',
    '<name>c 2</name>',
    '<name>c3</name><bogus/>',
    "<name>c4</name><disks><disk name='vda' checkpoint='bitmap' bitmap='b'/></disks>",
    "<name>c5</name><disks><disk name='vda' checkpoint='no' bitmap='b'/></disks>",
    '<name>c6</name><disks/>',
  ].map((body, i) => [`cp${i}.xml`, `<domaincheckpoint>${body}</domaincheckpoint>\n`]),
);

/**
 * Files a differential run's working dir holds: test-driver node files (valid, and broken in the
 * ways testOpenParse checks: bad XML, a domain without a name, numbers out of range), and
 * domain XML for define/create. Contents are byte strings (UTF-8 names as their bytes).
 */
export const workFiles: Record<string, string> = {
  'mixed.xml': readFileSync(join(fixturesDir, 'mixed.xml'), 'latin1'),
  'two-cpu.xml': readFileSync(join(fixturesDir, 'two-cpu.xml'), 'latin1'),
  'empty-node.xml': node(''),
  'not-xml.xml': '<node><cpu>\n',
  'wrong-root.xml': '<host/>\n',
  'nameless.xml': node(`<domain type='test'><memory>1024</memory><os><type>hvm</type></os></domain>`),
  'bad-cpus.xml': node('<cpu><active>-2</active></cpu>'),
  'bad-memory.xml': node('<memory>lots</memory>'),
  'unicode-node.xml': node(guest(Buffer.from('gäst-ゲスト', 'utf8').toString('latin1'))),
  'guest.xml': guest('new'),
  'slash.xml': guest('a/b'),
  'unicode.xml': guest(Buffer.from('ゲスト', 'utf8').toString('latin1')),
  'no-name.xml': `<domain type='test'><memory>1024</memory></domain>`,
  'bad-vcpu.xml': guest('v', '<vcpu>0</vcpu>').replace('<vcpu>1</vcpu>', ''),
  'not-domain.xml': '<network><name>x</name></network>',
  ...cpuFiles,
  ...brokenNodes,
  ...includedFiles,
  ...networkFiles,
  ...poolFiles,
  ...domainFiles,
  ...objectNodes,
  ...snapshotFiles,
  ...checkpointFiles,
};

/** The node files among workFiles, for `test://<workdir>/<file>` URIs. */
export const nodeFiles = [
  'mixed.xml',
  'two-cpu.xml',
  'empty-node.xml',
  'not-xml.xml',
  'wrong-root.xml',
  'nameless.xml',
  'bad-cpus.xml',
  'bad-memory.xml',
  'unicode-node.xml',
  'missing.xml',
  ...Object.keys(brokenNodes),
  ...Object.keys(objectNodes),
];
