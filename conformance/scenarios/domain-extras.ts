import type { Scenario } from '../scenario';
import { each, runs } from './build';
import { domainXml, saveImage, testSaveXml } from './files';

const keyFiles = { 'keys.pub': 'ssh-ed25519 AAAAC3Nza key1\n', 'empty.pub': '', 'blank.pub': '\n\n', 'hdr.bin': 'h' };

const snap = (body: string) => `<domainsnapshot>\n${body}</domainsnapshot>\n`;
/** A snapshot as snapshot-dumpxml prints it, to be put back with --redefine. */
const history = (name: string, parent = '') =>
  snap(
    `  <name>${name}</name>\n  <description>kept</description>\n  <state>shutoff</state>\n${parent}` +
      `  <creationTime>1000</creationTime>\n  <memory snapshot='no'/>\n${testSaveXml}`,
  );
const snapshotFiles = {
  's1.xml': snap('  <name>snap1</name>\n  <description>first one</description>\n'),
  'bare.xml': '<domainsnapshot/>\n',
  'foo.xml': '<foo/>\n',
  'broken.xml': '<domainsnapshot><name>x',
  'empty.xml': '',
  'disk-no.xml': snap("  <name>s2</name>\n  <disks>\n    <disk name='vda' snapshot='no'/>\n  </disks>\n"),
  'disk-bogus.xml': snap("  <disks>\n    <disk name='vda' snapshot='bogus'/>\n  </disks>\n"),
  'disk-unknown.xml': snap("  <disks>\n    <disk name='vdz'/>\n  </disks>\n"),
  'mem-external.xml': snap("  <memory snapshot='external'/>\n"),
  'old.xml': history('old'),
  'child.xml': history('child', '  <parent>\n    <name>a</name>\n  </parent>\n'),
  'no-time.xml': snap('  <name>old</name>\n  <state>shutoff</state>\n'),
  'no-state.xml': snap('  <name>old</name>\n  <creationTime>1000</creationTime>\n'),
};

const TEST_UUID = '6695eb01-f6a4-8304-79aa-97f2502e193f';
const imageFiles = {
  'good.sav': saveImage(testSaveXml),
  'same.xml': domainXml('test', { uuid: TEST_UUID, extra: '  <description>edited</description>\n' }),
  'bigger.xml': domainXml('test', { uuid: TEST_UUID, memoryKiB: 1048576 }),
  'other.xml': domainXml('other', { uuid: TEST_UUID }),
  'bad.xml': '<domain',
};

const metadataXml = domainXml('md', {
  extra:
    '  <description>hello &amp; world</description>\n  <metadata xmlns:z="http://z/">\n' +
    '    <app1:foo xmlns:app1="http://app1.org/app1/">fooish</app1:foo>\n' +
    '    <app2:bar xmlns:app2="http://app2.org/app2/">\n      <app2:x a=\'1\' b="t&quot;x"/>\n' +
    '      <y>  text &amp; more </y>\n      <!-- a comment -->\n    </app2:bar>\n' +
    '    <plain>no namespace</plain>\n    <app1:again xmlns:app1="http://app1.org/app1/">dup</app1:again>\n' +
    '    <z:zed>uses outer</z:zed>\n    <d xmlns="http://default/"><e/></d>\n    text in metadata\n  </metadata>\n',
});

/** Issue 9: blockcopy, set-user-sshkeys, domsetlaunchsecstate, ... as virsh 9.0 answers them on test:///default. */
export const domainExtras: Scenario[] = [
  each('blockcopy-options', "blockcopy's option checks, in virsh's order, before the domain", [
    'blockcopy test vda',
    'blockcopy test vda --dest /a --xml /b',
    'blockcopy test vda --dest /a --verbose; blockcopy test vda --dest /a --async',
    'blockcopy test vda --dest /a --pivot --finish',
    "blockcopy test '' --dest /a; blockcopy test vda --dest ''",
    'blockcopy test vda --dest /a --timeout 0; blockcopy test vda --dest /a --timeout 2147484',
    'blockcopy test vda --dest /a --bandwidth x; blockcopy test vda --dest /a --granularity -1',
    'blockcopy test vda --dest /a --buf-size x',
    'blockcopy nope vda --dest /a',
  ]),
  each(
    'blockcopy-calls',
    'blockcopy: --print-xml, then the old or the new API, neither in the test driver',
    [
      'blockcopy test vda --dest /a --print-xml',
      "blockcopy test vda --dest '/a<&' --print-xml --blockdev --format qcow2",
      'blockcopy test vda --dest /a --format raw; blockcopy test vda --dest /a --format qcow2',
      'blockcopy test vda --dest /a --granularity 0 --buf-size 0; blockcopy test vda --dest /a --granularity 512',
      'blockcopy test vda --dest /a --bandwidth 99999999999999 --print-xml',
      'blockcopy test vda --dest /a --bandwidth 99999999999999 --bytes --print-xml',
      'blockcopy test vda --dest /a --timeout 5 --verbose; dumpxml test --xpath //disk/source',
      'blockcopy test vda --xml nope.xml; blockcopy test vda --xml keys.pub --print-xml',
      'destroy test; blockcopy test vda --dest /a --wait',
    ],
    { files: keyFiles },
  ),
  runs('blockcopy-readonly', 'blockcopy on a read-only connection: --print-xml still prints', [
    { args: ['-r', 'blockcopy test vda --dest /a'] },
    { args: ['-r', 'blockcopy test vda --dest /a --format qcow2'] },
    { args: ['-r', 'blockcopy test vda --dest /a --print-xml'] },
  ]),
  each(
    'set-user-sshkeys',
    'set-user-sshkeys: options, the key file, then the missing API',
    [
      'set-user-sshkeys test root --reset --remove --file keys.pub',
      'set-user-sshkeys nope root --remove',
      "set-user-sshkeys nope '' --file keys.pub; set-user-sshkeys test '' --file keys.pub",
      "set-user-sshkeys test root --file ''; set-user-sshkeys test root",
      'set-user-sshkeys test root --file nope.pub; set-user-sshkeys test root --file .',
      'set-user-sshkeys test root --file empty.pub; set-user-sshkeys test root --file blank.pub',
      'set-user-sshkeys test root --file keys.pub --remove; set-user-sshkeys test root --reset',
    ],
    { files: keyFiles },
  ),
  runs(
    'set-user-sshkeys-readonly',
    'set-user-sshkeys -r: the key file is read before the refusal',
    [
      { args: ['-r', 'set-user-sshkeys test root --file keys.pub'] },
      { args: ['-r', 'set-user-sshkeys test root --file empty.pub'] },
    ],
    { files: keyFiles },
  ),
  each(
    'domsetlaunchsecstate',
    'domsetlaunchsecstate: both files, read before --set-address',
    [
      'domsetlaunchsecstate nope',
      "domsetlaunchsecstate test --secrethdr '' --secret hdr.bin",
      'domsetlaunchsecstate test --secret hdr.bin',
      'domsetlaunchsecstate test --secrethdr hdr.bin --secret nope.bin --set-address x',
      'domsetlaunchsecstate test --secrethdr hdr.bin --secret hdr.bin --set-address x',
      'domsetlaunchsecstate test --secrethdr . --secret hdr.bin',
      'domsetlaunchsecstate test --secrethdr empty.pub --secret hdr.bin --set-address 12',
      'destroy test; domsetlaunchsecstate test --secrethdr hdr.bin --secret hdr.bin',
    ],
    { files: keyFiles },
  ),
  runs(
    'domsetlaunchsecstate-readonly',
    'domsetlaunchsecstate -r',
    [{ args: ['-r', 'domsetlaunchsecstate test --secrethdr hdr.bin --secret hdr.bin'] }],
    { files: keyFiles },
  ),

  each('send-key', "send-key: names and numbers per codeset, the 16-key limit, the driver's table", [
    'send-key test KEY_LEFTCTRL KEY_LEFTALT KEY_DELETE; send-key test 30 0x1e 036 +30',
    'send-key test KEY_ALT',
    "send-key test 99999; send-key test -1; send-key test '30 '; send-key test 08",
    'send-key test 65535; send-key test 266',
    'send-key test 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; send-key test 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17',
    "send-key test --codeset xx 30; send-key test --codeset LINUX 30; send-key test --codeset '' 30",
    'send-key test --codeset win32 VK_A; send-key test --codeset os_x ANSI_A 254; send-key test --codeset xt_kbd KEY_A',
    'send-key test --codeset usb 30 4; send-key test --codeset atset2 2; send-key test --codeset rfb 30',
    'send-key test 30 --holdtime x; send-key test 30 --holdtime -5; send-key test 30 --holdtime 500',
    'send-key nope 30; send-key nope --codeset xx KEY_NOPE',
    'destroy test; send-key test 30; start test; suspend test; send-key test 30',
  ]),
  runs('send-key-readonly', 'send-key -r: virsh reads the codes, then libvirt refuses', [
    { args: ['-r', 'send-key test 30'] },
    { args: ['-r', 'send-key test KEY_NOPE'] },
  ]),
  each('screenshot', "screenshot writes the test driver's picture to --file, whatever the state", [
    'screenshot test --file a.png',
    'destroy test; screenshot test --file b.ppm --screen 1',
    'screenshot test --file c --screen 4294967295; screenshot test --file d --screen -1; screenshot test --file e --screen x',
    "screenshot test --file ''; screenshot nope --file f; screenshot nope --file g --screen 4294967296",
    'screenshot test --file no/such/dir.png; screenshot test --file .',
  ]),
  runs('screenshot-readonly', 'screenshot -r', [{ args: ['-r', 'screenshot test --file h.png'] }]),
  each(
    'snapshot-create',
    'snapshot-create from a file, from nothing, and what the test driver refuses',
    [
      'snapshot-create test s1.xml; snapshot-list test; snapshot-dumpxml test snap1',
      'snapshot-create test s1.xml --halt; domstate test --reason; snapshot-list test --name',
      'snapshot-create test s1.xml; snapshot-create test s1.xml',
      'snapshot-create test s1.xml --quiesce --atomic --live --validate; snapshot-current test --name',
      'snapshot-create test --xmlfile s1.xml --no-metadata; snapshot-create test s1.xml --disk-only; snapshot-create test s1.xml --reuse-external',
      'snapshot-create test s1.xml --current; snapshot-create test s1.xml --redefine --no-metadata',
      'snapshot-create test foo.xml; snapshot-create test broken.xml; snapshot-create test empty.xml',
      "snapshot-create test nope.xml; snapshot-create test ''; snapshot-create nope s1.xml",
      'snapshot-create test disk-no.xml; snapshot-create test disk-bogus.xml; snapshot-create test disk-unknown.xml',
      'snapshot-create test mem-external.xml',
      'snapshot-create-as test x --diskspec vda,snapshot=no; snapshot-create-as test y --diskspec vda,snapshot=internal',
    ],
    { files: snapshotFiles },
  ),
  each(
    'snapshot-create-redefine',
    'snapshot-create --redefine puts a snapshot back: its name, time, state, domain and parent',
    [
      'snapshot-create test old.xml --redefine; snapshot-list test; snapshot-current test --name',
      'snapshot-create test old.xml --redefine --current; snapshot-current test --name; snapshot-dumpxml test old',
      'snapshot-create-as test a; snapshot-create test child.xml --redefine; snapshot-list test --parent; snapshot-current test --name',
      'snapshot-create test child.xml --redefine',
      'snapshot-create test --redefine; snapshot-create test no-time.xml --redefine; snapshot-create test no-state.xml --redefine',
      'snapshot-create test s1.xml; snapshot-create test old.xml --redefine; snapshot-list test',
    ],
    { files: snapshotFiles },
  ),
  runs(
    'snapshot-create-readonly',
    'snapshot-create -r: the file is read first',
    [{ args: ['-r', 'snapshot-create test foo.xml --current'] }, { args: ['-r', 'snapshot-create test nope.xml'] }],
    { files: snapshotFiles },
  ),

  each(
    'save-image-define',
    'save-image-define rewrites a test-driver image with any definition; its errors in order',
    [
      'save-image-define good.sav same.xml; save-image-dumpxml good.sav',
      'save-image-define good.sav bigger.xml --running; restore good.sav; dominfo test',
      'save-image-define good.sav other.xml --paused; save-image-dumpxml good.sav --xpath //name',
      'save-image-define good.sav bad.xml; save-image-define good.sav nope.xml',
      'save-image-define nope.sav same.xml; save-image-define nope.sav same.xml --running --paused',
      "save-image-define '' same.xml; save-image-define good.sav ''",
      // Apart: a short image reports the errno a previous failure left behind ("Is a directory").
      'save-image-define . same.xml',
      'save-image-define bad.xml same.xml',
    ],
    { files: imageFiles },
  ),
  runs(
    'save-image-define-readonly',
    'save-image-define -r: the XML file is read first',
    [{ args: ['-r', 'save-image-define good.sav same.xml'] }, { args: ['-r', 'save-image-define good.sav nope.xml'] }],
    { files: imageFiles },
  ),

  each(
    'metadata-kept',
    'define and create keep <metadata> as libvirt does: one element per namespace, re-indented',
    [
      'define md.xml; dumpxml md; dumpxml md --xpath //metadata; desc md',
      'create md.xml; metadata md http://app2.org/app2/; metadata md http://z/; metadata md http://default/; metadata md http://app1.org/app1/',
      "define md.xml; dumpxml md --xpath '//metadata/*'; metadata md http://nope/",
    ],
    { files: { 'md.xml': metadataXml } },
  ),
  each('metadata-set', 'metadata --set, --remove, --key: the element stored under the key, shown without it', [
    'metadata test http://x/ --key a --set "<b>hi</b>"; metadata test http://x/ --key a --set \'<c q="1"><d/>t</c>\'; dumpxml test --xpath //metadata; metadata test http://x/',
    'metadata test http://x/ --key a --set "<b>1</b>"; metadata test http://y/ --key a --set "<c>2</c>"; dumpxml test',
    'metadata test http://x/ --key a --set "<b/>"; metadata test http://x/ --remove; dumpxml test --xpath //metadata; metadata test http://x/ --remove',
    'metadata test http://x/ --key a --set \'<b x="1&#10;2" y="a&gt;b">a&lt;b&quot;c</b>\'; metadata test http://x/',
    'metadata test http://x/ --key a --set \'<b xmlns:q="http://q/"><q:r/><c>  </c></b>\'; dumpxml test --xpath //metadata; metadata test http://x/',
    'metadata test http://x/ --key a --set "<b/>" --config; dumpxml test --inactive --xpath //metadata; metadata test http://x/; metadata test http://x/ --config',
    'destroy test; metadata test http://x/ --key a --set "<b/>" --live',
  ]),
  each('metadata-errors', "metadata's checks: options, the domain, the key, the XML", [
    'metadata test http://x/',
    'metadata test http://x/ --set "<b/>"; metadata test http://x/ --edit',
    'metadata test http://x/ --set x --remove; metadata test http://x/ --edit --set x; metadata test http://x/ --live --current',
    "metadata test '' --key a --set '<b/>'; metadata test http://x/ --key '' --set '<b/>'; metadata test http://x/ --key a --set ''",
    "metadata test http://x/ --key 1a --set '<b/>'; metadata test http://x/ --key a:b --set '<b/>'",
    "metadata test http://x/ --key a --set '<b>'; metadata test http://x/ --key a --set '<b/><c/>'; metadata test http://x/ --key a --set text",
    'metadata nope http://x/',
  ]),
  runs('metadata-readonly', 'metadata -r: reading works, changing is refused', [
    { args: ['-r', 'metadata test http://x/'] },
    { args: ['-r', 'metadata test http://x/ --key a --set "<b/>"'] },
    { args: ['-r', 'metadata test http://x/ --remove'] },
  ]),
];
