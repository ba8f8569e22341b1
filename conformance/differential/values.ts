import { checkpointFiles, cpuFiles, domainFiles, networkFiles, poolFiles, snapshotFiles } from './node-files';
import fc from 'fast-check';

/**
 * Option values from the edges of what virsh reads: scaled integers with every suffix in any
 * case, overflow and negatives; cpulists with blanks, `^` and `r`; names with `/`, unicode,
 * quotes, and the empty word. Each arbitrary is chosen by what the option holds (see grammar.ts).
 */
const anyCase = (s: string) =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));

const suffix = fc.oneof(
  fc.constantFrom(
    '',
    'b',
    'k',
    'KiB',
    'KB',
    'm',
    'MiB',
    'MB',
    'g',
    'GiB',
    'GB',
    't',
    'TiB',
    'p',
    'e',
    'EiB',
    'x',
    'kb',
  ),
  fc.constantFrom('k', 'kib', 'mib', 'gib', 'gb', 'tb', 'pib', 'eb', 'bib').chain(anyCase),
);

const bigNumbers = fc.constantFrom(
  '0',
  '1',
  '-1',
  '+5',
  '2147483647',
  '2147483648',
  '4294967295',
  '4294967296',
  '9223372036854775807',
  '18446744073709551615',
  '18446744073709551616',
  '99999999999999999999',
  '-2147483649',
  ' 7',
  '0x10',
  '010',
  '1.5',
  'abc',
);

export const numberValue = fc.oneof(fc.integer({ min: -3, max: 70000 }).map(String), bigNumbers);

export const scaledValue = fc.oneof(
  fc.tuple(fc.oneof(fc.integer({ min: 0, max: 5_000_000 }).map(String), bigNumbers), suffix).map(([n, s]) => n + s),
  numberValue,
);

const cpuItem = fc.oneof(
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a}-${b}`),
  fc.integer({ min: 0, max: 9 }).map((n) => `^${n}`),
  fc.constantFrom(' 1', '1 ', ' 0-1 ', '0-99999999', '4294967296', '-1', '', 'x', '1-', '^1-2'),
);
export const cpulistValue = fc.oneof(
  fc.array(cpuItem, { minLength: 1, maxLength: 4 }).map((a) => a.join(',')),
  fc.constantFrom('r', 'r0', '0,', ',0', '0-1 ,1', '0 - 1', ''),
);

/** Names as the test driver's default node has them, and names no driver has. */
export const domainValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('test', '1', '6695eb01-f6a4-8304-79aa-97f2502e193f') },
  {
    weight: 4,
    arbitrary: fc.constantFrom('nosuch', '', '0', '-1', '2', 'a/b', 'дом', 'ゲスト', "it's", 'a"b', 'a b', 'test '),
  },
);

export const nameValue = fc.oneof(
  domainValue,
  fc.constantFrom('new', 'web01', 'a/b', '/', 'gäst', 'ゲスト1', 'snap1', "q'u", 'x'.repeat(300)),
);

/** A file of host CPUs (node-files.ts), a domain, a missing file or none. */
export const cpuFileValue = fc.constantFrom(...Object.keys(cpuFiles), 'guest.xml', 'nonexistent.xml', '');

export const stringValue = fc.oneof(
  nameValue,
  fc.constantFrom('--', '-', 'yes', 'no', 'live', 'config', 'enable', 'up', 'down', 'vda', 'hda', 'default'),
  fc.string({ maxLength: 6 }),
);

/** XPath expressions for --xpath: node-sets, other results, libxml2's compile and run errors. */
const xpathAtoms = ['/', '.', '..', '*', '@*', 'text()', 'node()', 'name', 'uuid', 'devices', 'disk', '@type', 'é'];
export const xpathValue = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '/domain/name',
      '//@*',
      '//disk/@type',
      '//name/text()',
      '//nomatch',
      '//ip',
      '//range/@start',
      '/network/name',
      '/domainsnapshot/name',
      'count(//*)',
      '1',
      '""',
      'string(.)',
      '//disk[',
      '"x',
      'f()',
      'x:y',
      '$v',
      '@@',
      'last()',
      'name |',
      '/é',
      ' ',
      '',
    ),
  },
  fc
    .tuple(
      fc.constantFrom('', '/', '//', './/'),
      fc.array(fc.constantFrom(...xpathAtoms), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('', '[1]', '[last()]', '[@type]', ' | //name', '[', ')', '|'),
    )
    .map(([start, steps, end]) => `${start}${steps.join('/')}${end}`),
);

/** Storage pools and volumes as test:///default has them (after a vol-create-as), and names no pool has. */
export const poolValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('default-pool', 'dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566', 'p1') },
  { weight: 3, arbitrary: nameValue },
);
export const volValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('v1', '/default-pool/v1', 'v2', '/default-pool/v2') },
  { weight: 3, arbitrary: nameValue },
);
export const poolTypeValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('dir', 'fs', 'netfs', 'logical', 'disk', 'iscsi', 'rbd', 'zfs', 'scsi') },
  { weight: 2, arbitrary: fc.constantFrom('mpath', 'gluster', 'sheepdog', 'vstorage', 'iscsi-direct', 'dir,fs') },
  { weight: 1, arbitrary: stringValue },
);

/** Node devices and host interfaces of test:///default, and names none has. */
export const nodeDeviceValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('computer', 'scsi_host1', 'scsi_host11', 'scsi_host12') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('2000000012341234,1000000012341234', 'a,b', 'a,b,c', '0x2000000012341234,x'),
  },
  { weight: 2, arbitrary: nameValue },
);
export const interfaceValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('eth1', 'aa:bb:cc:dd:ee:ff', 'AA:BB:CC:DD:EE:FF', 'br0') },
  { weight: 3, arbitrary: nameValue },
);

/** net-update's words: its commands and sections (and names virsh refuses), and update XML. */
export const netUpdateCommandValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('add', 'add-first', 'add-last', 'delete', 'modify') },
  { weight: 1, arbitrary: fc.constantFrom('none', 'Add', '') },
);
export const netUpdateSectionValue = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('ip-dhcp-host', 'ip-dhcp-range', 'dns-host', 'dns-txt', 'dns-srv', 'portgroup'),
  },
  { weight: 2, arbitrary: fc.constantFrom('forward-interface', 'bridge', 'domain', 'ip', 'forward', 'forward-pf') },
  { weight: 1, arbitrary: fc.constantFrom('none', 'dns', '') },
);
const updateAttrs: Record<string, string[]> = {
  host: [
    "mac='52:54:00:00:00:01'",
    "mac='01:00:00:00:00:01'",
    "mac='zz'",
    "name='h1'",
    "name='-x'",
    "ip='192.168.122.10'",
    "ip='10.0.0.1'",
    "ip='fd00::1'",
    "ip='x'",
  ],
  range: [
    "start='192.168.122.2'",
    "start='192.168.122.100'",
    "end='192.168.122.254'",
    "end='192.168.122.50'",
    "start='10.0.0.1'",
    "end='x'",
  ],
  txt: ["name='t1'", "name='a b'", "value='v'", "value=''"],
  srv: [
    "service='ldap'",
    "service='a.b'",
    "protocol='tcp'",
    "target='s.example'",
    "port='389'",
    "port='0'",
    "priority='70000'",
    "weight='5'",
  ],
  portgroup: ["name='pg1'", "name='pg2'", "default='yes'", "default='no'"],
  interface: ["dev='eth0'", "dev='eth1'", "dev=''"],
};
export const netUpdateXmlValue = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .constantFrom(...Object.keys(updateAttrs))
      .chain((el) =>
        fc.tuple(
          fc.constant(el),
          fc.subarray(updateAttrs[el], { maxLength: Math.min(4, updateAttrs[el].length) }),
          fc.constantFrom('', '<hostname>a</hostname>', '<hostname></hostname>', '<vlan><tag id="42"/></vlan>'),
        ),
      )
      .map(([el, attrs, inner]) => {
        const open = `<${el}${attrs.map((a) => ` ${a}`).join('')}`;
        return inner === '' ? `${open}/>` : `${open}>${inner}</${el}>`;
      }),
  },
  { weight: 1, arbitrary: fc.constantFrom('<host', '<x/>', '<', 'nonexistent.xml', '') },
);

/** The test driver's network, by name and UUID, and names no network has. */
export const networkValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('default', 'dd8fe884-6c02-601e-7551-cca97df1c5df') },
  { weight: 2, arbitrary: nameValue },
);

/** snapshot-create's file: a <domainsnapshot> (node-files.ts), another document, a missing file. */
export const snapshotFileValue = fc.constantFrom(
  ...Object.keys(snapshotFiles),
  'cp0.xml',
  'guest.xml',
  'nonexistent.xml',
);
/** define's and create's file: a <domain> (node-files.ts), another document, a missing file. */
export const domainFileValue = fc.constantFrom(
  ...Object.keys(domainFiles),
  'guest.xml',
  'slash.xml',
  'unicode.xml',
  'no-name.xml',
  'bad-vcpu.xml',
  'not-domain.xml',
  'nonexistent.xml',
);
/** net-define's and net-create's file: a <network> (node-files.ts), another document, a missing file. */
export const networkFileValue = fc.constantFrom(...Object.keys(networkFiles), 'guest.xml', 'nonexistent.xml');
/** pool-define's and pool-create's file: a <pool> (node-files.ts), another document, a missing file. */
export const poolFileValue = fc.constantFrom(...Object.keys(poolFiles), 'guest.xml', 'nonexistent.xml');
/** checkpoint-create's file, always given (without one the checkpoint is named by the clock). */
export const checkpointFileValue = fc.constantFrom(...Object.keys(checkpointFiles), 'snap0.xml', 'nonexistent.xml');

/** snapshot-create-as's --memspec and --diskspec: what virsh builds from them, valid and refused by the schema. */
export const memspecValue = fc.constantFrom(
  'file=/m',
  'snapshot=no',
  'snapshot=internal',
  'file=rel',
  'snapshot=manual',
  'snapshot=bogus',
  '/m',
  'x=y',
  '',
);
export const snapshotDiskspecValue = fc.constantFrom(
  'vda',
  'vda,snapshot=internal',
  'vda,snapshot=external,file=/d',
  'vda,driver=qcow2',
  'vda,snapshot=bogus',
  'vdz',
  'nope',
  '/abs,snapshot=manual',
  'vda,stype=block,file=/dev/x',
  'vda,x=y',
  '',
);
export const checkpointDiskspecValue = fc.constantFrom(
  'vda',
  'vda,checkpoint=no',
  'vda,checkpoint=bitmap,bitmap=b',
  'vda,bitmap=b',
  'vdz',
  'nope',
  'vda,x=y',
  '',
);
