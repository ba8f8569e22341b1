import type { Scenario } from '../scenario';
import { each, runs } from './build';

const pool = (n: number, auth: string) =>
  `<pool type='iscsi'><name>p${n}</name><source><host name='h'/><device path='iqn.x'/>${auth}</source><target><path>/dev/disk/by-path</path></target></pool>\n`;
/** Pool sources whose <auth> virStorageAuthDefParse reads, each in its own file. */
const auths = [
  "<auth type='chap'><secret usage='u'/></auth>",
  "<auth username='u'/>",
  "<auth type='chap' username='u'/>",
  "<auth type='chap' username='u'><secret/></auth>",
  "<auth type='chap' username='u'><secret uuid='x' usage='y'/></auth>",
  "<auth type='chap' username='u'><secret uuid='x'/></auth>",
  "<auth type='bogus'/>",
  "<auth type='none' username='u'><secret usage='x'/></auth>",
  "<auth username=''><secret usage='x'/></auth>",
  "<auth type='' username='u'><secret usage='x'/></auth>",
  "<auth type='chap' username='u'><secret type='iscsi' uuid=' 6695EB01-f6a4 8304-79aa-97f2502e193f '/></auth>",
  "<auth type='chap' username='u'><secret uuid='6695eb01-f6a4-8304-79aa-97f2502e193'/></auth>",
  "<auth type='chap' username='u'><secret uuid='6-695eb01f6a4830479aa97f2502e193f'/></auth>",
  "<auth type='chap' username='u'><secret usage='a'/><secret uuid='x'/></auth><auth type='bogus'/>",
  "<auth type='ceph' username='u&amp;'><secret type='ceph' usage='a b'/></auth>",
];

/** Pool sources with hosts, devices and adapters virStoragePoolDefParseSource reads: [type, <source> body]. */
const sources: [string, string][] = [
  ['iscsi', "<host/><device path='iqn.x'/>"],
  ['iscsi', "<host name='h' port='x'/><device path='iqn.x'/>"],
  ['iscsi', "<host name='h' port='-1'/><device path='iqn.x'/>"],
  ['iscsi', "<host name='h'/><device/>"],
  ['netfs', "<host name='h'/><dir path=''/>"],
  ['netfs', "<host name='h'/><dir path='/a'/><protocol ver='x'/>"],
  ['netfs', "<host name='h'/><dir path='/a'/><format type='nfs'/><protocol ver='3'/>"],
  ['netfs', "<host name='h'/><dir path='/a'/><format type='bogus'/>"],
  ['iscsi-direct', "<host name='h'/><device path='iqn.x'/><initiator><iqn/></initiator>"],
  ['scsi', "<adapter type='bogus'/>"],
  ['scsi', "<adapter type='fc_host' wwnn='x' wwpn='y'/>"],
  ['scsi', "<adapter type='scsi_host'/>"],
  ['scsi', "<adapter name='host0' type='scsi_host' parent='x'/>"],
  ['logical', "<name>vg</name><format type='lvm2'/>"],
  ['logical', "<device path='/d'/><name>vg</name><vendor name='v'/><product name='p'/>"],
  ['disk', "<device path='/dev/sda' part_separator='maybe'/>"],
  ['fs', "<device path='/dev/sda'/><format type='xfs'/>"],
  ['iscsi', "<host name='h'/><host name='h2'/><device path='iqn.x'/>"],
  ['rbd', "<host name='h'/><name>r</name><auth type='ceph' username='u'><secret usage='x'/></auth>"],
  ['gluster', "<host name='h'/><name>g</name><dir path='/d'/>"],
  ['iscsi', "<host name='h' port='65536'/><device path='iqn.x'/>"],
  ['iscsi', "<host name=''/><device path='iqn.x'/>"],
  ['dir', "<device path='/dev/sda'/>"],
  ['scsi', "<adapter type='fc_host' wwnn='x'/>"],
  ['scsi', "<adapter type='fc_host' wwnn='0x2000000000000001' wwpn='y'/>"],
  ['scsi', "<adapter type='fc_host'/>"],
  ['scsi', "<adapter type=''/>"],
  ['scsi', '<adapter/>'],
  ['iscsi', "<host name='h' port='99999999999'/><device path='iqn.x'/>"],
  ['iscsi', "<host name='h' port=' 5'/><device path='iqn.x'/>"],
  ['disk', "<device path='/dev/sda' part_separator='yes'/>"],
  ['disk', "<device path='/dev/sda' part_separator=''/>"],
  ['scsi', "<adapter type='scsi_host' name='host0' parentaddr='x'/>"],
  ['iscsi', "<device path='iqn.x'/><host/>"],
  ['scsi', "<adapter type='fc_host' wwnn='2000000000000001' wwpn='2000000000000002'/>"],
  ['dir', '<host/>'],
  ['dir', '<device/>'],
  ['dir', "<adapter type='x'/>"],
  ['netfs', "<host name='h'/><dir path='/a'/><device/>"],
  ['logical', "<name>v</name><host port='x'/>"],
  ['dir', "<adapter type='scsi_host'/>"],
  ['dir', "<adapter type='fc_host'/>"],
  ['dir', "<adapter type='fc_host' wwnn='x' wwpn='y'/>"],
];
const sourcePool = (i: number, [type, body]: [string, string]) =>
  `<pool type='${type}'><name>q${i}</name><source>${body}</source><target><path>/x</path></target></pool>\n`;

/** Divergences the session-8 surveys (decision 044) found, each kept as a recording. */
/** <uuid> texts virUUIDParse reads (hyphens or spaces between any pairs, blanks around, any case) or refuses. */
const uuids = [
  '00112233-4455-6677-8899-AABBCCDDEEFF',
  '0011 2233-44556677-8899-aabbccddeeff',
  ' 00-11-22-33-44-55-66-77-88-99-aa-bb-cc-dd-ee-ff ',
  '  ',
  '',
  '0-0112233445566778899aabbccddeeff',
  '00112233445566778899aabbccddeeff00',
  '00112233445566778899aabbccddeef',
  '\n00112233445566778899aabbccddeeff\t',
  '00112233445566778899aabbccddeeff</uuid><uuid>x',
  'x</uuid><uuid>00112233445566778899aabbccddeeff',
];
const uuidNet = (i: number) => `<network><name>n${i}</name><uuid>${uuids[i]}</uuid></network>\n`;
const uuidDomain = (i: number) =>
  `<domain type='test'><name>d${i}</name><uuid>${uuids[i]}</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n`;
const uuidPool = (i: number) =>
  `<pool type='dir'><name>p${i}</name><uuid>${uuids[i]}</uuid><target><path>/tmp</path></target></pool>\n`;

export const surveyFinds: Scenario[] = [
  each(
    'definition-uuid-parse',
    "a domain's, a network's and a pool's <uuid> read by virUUIDParse (the first <uuid>; blanks kept, empty is none; the domain's right after its name)",
    [
      ...uuids.map(
        (_, i) =>
          `define d${i}.xml; domuuid d${i}; net-define n${i}.xml; net-uuid n${i}; pool-define p${i}.xml; pool-uuid p${i}`,
      ),
      'define bad-os.xml',
    ],
    {
      files: {
        ...Object.fromEntries(
          uuids.flatMap((_, i) => [
            [`d${i}.xml`, uuidDomain(i)],
            [`n${i}.xml`, uuidNet(i)],
            [`p${i}.xml`, uuidPool(i)],
          ]),
        ),
        'bad-os.xml': "<domain type='test'><name>x</name><uuid>zz</uuid><memory>1024</memory></domain>\n",
      },
    },
  ),
  each('qmp-wrap-json-errors', "qemu-monitor-command's QMP wrap: yajl's errors before the driver is asked", [
    'qemu-monitor-command test query-status',
    `qemu-monitor-command test '{"execute":"query-status"}'`,
    `qemu-monitor-command test '{"execute":' '"x"}'`,
    'qemu-monitor-command test query-status a=1 b=x',
    `qemu-monitor-command test x '"a":1' '"b":[1,{"c":null}]' '"d":true' '"e":-0.5e-3'`,
    `qemu-monitor-command test x '"a":1' '"\\u0061":2'`,
    `qemu-monitor-command test x '"a" 1'`,
    'qemu-monitor-command test x 1:2',
    `qemu-monitor-command test x '"a":1}'`,
    `qemu-monitor-command test x '"a":[1'`,
    `qemu-monitor-command test x '"a":-'`,
    `qemu-monitor-command test x '"a":1.e'`,
    `qemu-monitor-command test x '"a":1e+'`,
    `qemu-monitor-command test x '"a":"\\q"'`,
    `qemu-monitor-command test x '"a":"\\u12g4"'`,
    `qemu-monitor-command test x '/*c*/"a":1'`,
    `qemu-monitor-command test x '"a":"x'`,
    `qemu-monitor-command test x '"a":tru'`,
    `qemu-monitor-command test x '"a":{'`,
    `qemu-monitor-command test x '"a":1}x'`,
    `qemu-monitor-command test x '"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa":1 "b"'`,
    `qemu-monitor-command test x '"a":[1 "xyz"]'`,
    `qemu-monitor-command test x '"k":"日本語",1'`,
    'qemu-monitor-command test --pass-fds a x y',
    'qemu-monitor-command test --hmp x y',
    'qemu-monitor-command nosuch x y',
  ]),
  runs('qmp-wrap-read-only', 'the QMP wrap fails before libvirt refuses a read-only connection', [
    { args: ['-r', 'qemu-monitor-command test x y'] },
    { args: ['-r', `qemu-monitor-command test x '"a":1'`] },
  ]),
  each(
    'pool-auth-username-and-secret',
    "a pool source's <auth> as virStorageAuthDefParse reads it: username first, the type by name, the <secret> by uuid or usage",
    [
      ...auths.map((_, i) => `pool-define a${i}.xml`),
      'pool-create a3.xml',
      'pool-define a10.xml; pool-dumpxml p10',
      'pool-define a13.xml; pool-dumpxml p13',
      'pool-define a14.xml; pool-dumpxml p14',
    ],
    { files: Object.fromEntries(auths.map((a, i) => [`a${i}.xml`, pool(i, a)])) },
  ),
  each(
    'xpath-from-user-text',
    'virsh builds an XPath expression around a name: a quote breaks it (libxml2 prints its error) or widens it',
    [
      "detach-interface --domain=1 '--type=q'\\''u' --persistent --live",
      `detach-interface test --type "a'["`,
      `detach-interface test --type "x' or 'y" --print-xml`,
      `detach-interface test --type "x' or @type='network" --mac aa:bb:cc:dd:ee:ff --config`,
      `detach-interface test --type "x' or foo() or 'a"`,
      `domif-getlink test "x' or 'a"`,
      `domif-getlink test "a'b"`,
      'domif-getlink test AA:BB:CC:DD:EE:FF',
    ],
  ),
  each(
    'guestvcpus-cpulist-read-before-its-check',
    'guestvcpus reads --cpulist before asking for --enable or --disable',
    [
      "guestvcpus test --cpulist=''",
      "guestvcpus test --cpulist='' --enable",
      'guestvcpus test --cpulist 1',
      "guestvcpus test --disable --cpulist ''",
    ],
  ),
  each('pass-fds-list', 'virshFetchPassFdsList: "" passes no descriptor, each part an int (seed 127)', [
    "dom-fd-associate test --name x --pass-fds ''",
    "dom-fd-associate test --name x --pass-fds '2147483648'",
    "dom-fd-associate test --name x --pass-fds '-2147483648'",
    "dom-fd-associate test --name x --pass-fds '1,,2'",
    "qemu-monitor-command test --pass-fds '' x",
    "qemu-monitor-command test --pass-fds ' -1' x",
    "qemu-monitor-command test --pass-fds '99999999999' x",
  ]),
  runs('pass-fds-read-only', 'virDomainFDAssociate checks its count before the read-only connection', [
    { args: ['-r', "dom-fd-associate test --name x --pass-fds ''"] },
    { args: ['-r', "dom-fd-associate test --name x --pass-fds '1'"] },
  ]),
  each(
    'empty-string-options-after-lookup',
    'options read with vshCommandOptStringReq after the lookup: "" refused (seeds 127, 131, 139)',
    [
      "qemu-monitor-event --event ''",
      "qemu-monitor-event --domain nosuch --event ''",
      "qemu-monitor-event --timeout x --event ''",
      'detach-disk test --target=',
      'detach-disk nosuch --target=',
      "checkpoint-list test --no-leaves --from '' --descendants",
      "checkpoint-list nosuch --from ''",
      "checkpoint-list test --roots --from ''",
    ],
  ),
  each(
    'pool-source-hosts-devices-adapter',
    "a pool source's hosts, devices and adapter as virStoragePoolDefParseSource reads them, for any pool type",
    [...sources.map((_, i) => `pool-define b${i}.xml`), 'pool-create b1.xml', 'pool-create b10.xml'],
    { files: Object.fromEntries(sources.map((x, i) => [`b${i}.xml`, sourcePool(i, x)])) },
  ),
  each(
    'number-kinds-nodesuspend-memory-device',
    "nodesuspend's duration is a long long, update-memory-device's node an unsigned int (seeds 151, 163)",
    [
      'nodesuspend x --duration 9223372036854775808',
      'nodesuspend x --duration -9223372036854775809',
      'nodesuspend mem --duration 18446744073709551615',
      'nodesuspend mem --duration -5',
      'update-memory-device test --config --print-xml --node -1',
      'update-memory-device test --node 4294967295',
    ],
  ),
  each(
    'metadata-live-config-and-setvcpu-order',
    "virDomainGetMetadata refuses --live with --config; setvcpu's --enable/--disable come before --current's pairs (seed 223)",
    [
      'metadata test --uri i8 --live --config --key hda',
      "metadata test --uri http://x --key k --set '<a/>'; metadata test --uri http://x --live --config",
      'metadata test --uri http://x --live --config --remove',
      'setvcpu test 1 --enable --disable --config --current',
      'setvcpu test 1 --config --current --enable',
    ],
  ),
  each(
    'setvcpu-list-and-net-port-order',
    'setvcpu reads --vcpulist before its domain; net-port-* look the network up before reading their strings (seed 249)',
    [
      "setvcpu nosuch --vcpulist ''",
      "setvcpu nosuch --vcpulist '' --enable",
      'setvcpu nosuch --vcpulist 1 --enable',
      "net-port-create web01 ''",
      "net-port-create default ''",
      "net-port-dumpxml nosuch ''",
      "net-port-delete default ''",
      "net-port-list ''",
    ],
  ),
  each(
    'memtune-strtoll-screenshot-change-media-blockcommit-order',
    "memtune's virStrToLong_ll before virScaleInteger; screenshot's --file and change-media's --source read first; blockcommit's numbers before --async; vshCommandOptTimeoutToMs prints the value read (seeds 257, 273, 281)",
    [
      'memtune test --hard-limit 18446744073709551615kb',
      'memtune test --hard-limit 9223372036854775807kb',
      "memtune test --hard-limit ' +0100000000000000000kb'",
      'memtune test --hard-limit -0; memtune test',
      'memtune test --hard-limit 9223372036854775807; memtune test',
      'memtune test --hard-limit -9223372036854775809',
      'memtune test --hard-limit 1x',
      "screenshot nosuch --file ''",
      "screenshot nosuch --file '' --screen y",
      "change-media nosuch vda --source ''",
      "change-media nosuch '' --source '' --live --current",
      "change-media nosuch vda --source '' --eject --insert",
      'blockcommit nosuch --path x --bandwidth 99999999999999999999 --async',
      'blockcommit nosuch --path x --timeout 0 --async',
      "blockcommit nosuch --path x --timeout ' 0' --async",
      'blockpull nosuch --path x --timeout 2147484',
      "event --timeout ' +0'",
      "blockcopy nosuch --path x --dest y --timeout ' 0'",
    ],
  ),
];
