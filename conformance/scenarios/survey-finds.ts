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

/** Divergences the session-8 surveys (decision 044) found, each kept as a recording. */
export const surveyFinds: Scenario[] = [
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
];
