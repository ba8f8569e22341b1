import type { Scenario } from '../scenario';
import { each, runs, script } from './build';
import { domainXml, saveImage, testSaveXml } from './files';

const corrupt = {
  'bad-magic.sav': `NotAGuestMagic\x00${saveImage(testSaveXml).slice(15)}`,
  'short.sav': 'TestGuestMagic\x00\x10',
  'tiny.sav': 'Test',
  'empty.sav': '',
  'too-long.sav': saveImage(testSaveXml, 0x7fffffff),
  'negative.sav': saveImage(testSaveXml, -1),
  'zero.sav': saveImage(testSaveXml, 0),
  'longer-than-file.sav': saveImage(testSaveXml, testSaveXml.length + 100),
  'bad-xml.sav': saveImage('<domain><name>x</name>'),
  'not-xml.sav': saveImage('hello world'),
  'no-name.sav': saveImage("<domain type='test'><memory>1024</memory><os><type>hvm</type></os></domain>"),
};

/** save, restore, managedsave, managedsave-remove, save-image-dumpxml. */
export const save: Scenario[] = [
  script(
    'save-restore',
    'save a running domain, then restore it in the same process',
    'save test t.sav; list --all; dominfo test; restore t.sav; domstate test --reason; list',
  ),
  script(
    'save-then-start',
    'after a plain save the domain is shut off (saved) and start boots it fresh',
    'save test t.sav; domstate test --reason; dominfo test; start test; domstate test --reason',
  ),
  script(
    'save-paused',
    'save a paused domain; restore yields running',
    'suspend test; save test p.sav; restore p.sav; domstate test --reason',
  ),
  script(
    'save-line-parse-error',
    'one command missing its file makes the whole line run nothing',
    'save nosuch x.sav; save test; destroy test',
  ),
  each('save-errors', 'save of a shut-off domain, to a bad path, of an unknown domain, without a file', [
    'save nosuch x.sav',
    'save test',
    'save test no/such/dir/x.sav; domstate test --reason',
    'destroy test; save test y.sav',
    'save test t.sav; save test t.sav',
    'suspend test; save test ""',
  ]),
  each('save-flags', 'save --running, --paused, --bypass-cache, --verbose', [
    'save test a.sav --running',
    'save test b.sav --paused',
    'save test c.sav --bypass-cache; domstate test',
    'save test d.sav --running --paused',
  ]),
  runs('restore-across-runs', 'save in one process, restore in fresh worlds', [
    { args: ['save test t.sav'] },
    { args: ['restore t.sav'] },
    { args: ['destroy test; restore t.sav; domstate test --reason; dominfo test'] },
    { args: ['destroy test; undefine test; restore t.sav; list --all --transient'] },
    { args: ['save-image-dumpxml t.sav'] },
  ]),
  script(
    'restore-twice',
    'a save image can be restored more than once',
    'save test t.sav; restore t.sav; restore t.sav; destroy test; restore t.sav; list',
  ),
  each(
    'restore-errors',
    'restore of missing and corrupt images',
    [
      'restore missing.sav',
      'restore',
      ...Object.keys(corrupt).map((file) => `destroy test; restore ${file}`),
      'restore . ',
    ],
    { files: corrupt },
  ),
  each(
    'restore-flags',
    'restore --running, --paused, --bypass-cache, --xml',
    [
      'destroy test; restore good.sav --running',
      'destroy test; restore good.sav --paused',
      'destroy test; restore good.sav --bypass-cache; domstate test --reason',
      'destroy test; restore good.sav --xml other.xml',
    ],
    { files: { 'good.sav': saveImage(testSaveXml), 'other.xml': domainXml('test') } },
  ),
  script(
    'restore-handmade-image',
    'restore of a hand-made image of a new domain',
    'restore new.sav; list --all; dominfo fresh',
    { files: { 'new.sav': saveImage(domainXml('fresh', { uuid: 'fefefefe-0000-0000-0000-000000000001' })) } },
  ),
  each(
    'save-image-dumpxml',
    'save-image-dumpxml of good, missing and corrupt images',
    [
      'save-image-dumpxml good.sav',
      'save-image-dumpxml good.sav --security-info',
      'save-image-dumpxml missing.sav',
      'save-image-dumpxml bad-magic.sav',
      'save-image-dumpxml short.sav',
      'save-image-dumpxml bad-xml.sav',
      'save-image-dumpxml',
    ],
    { files: { 'good.sav': saveImage(testSaveXml), ...corrupt } },
  ),
  script(
    'save-then-dumpxml-image',
    'save-image-dumpxml of an image virsh just wrote',
    'save test t.sav; save-image-dumpxml t.sav',
  ),
  script(
    'managedsave',
    'managedsave, shown by dominfo and list, then start boots fresh',
    'managedsave test; domstate test --reason; dominfo test; list --all --with-managed-save; list --all --without-managed-save; list --all --managed-save; start test; domstate test --reason; dominfo test',
  ),
  script(
    'managedsave-paused',
    'managedsave of a paused domain, then start',
    'suspend test; managedsave test; domstate test --reason; start test; domstate test --reason',
  ),
  script(
    'managedsave-errors',
    'managedsave of a shut-off domain, twice, unknown domain',
    'managedsave nosuch; destroy test; managedsave test; start test; managedsave test; managedsave test',
  ),
  each('managedsave-flags', 'managedsave --running, --paused, --bypass-cache', [
    'managedsave test --running; domstate test',
    'managedsave test --paused; domstate test',
    'managedsave test --bypass-cache; domstate test',
  ]),
  script(
    'managedsave-remove',
    'managedsave-remove with and without an image',
    'managedsave-remove test; managedsave test; managedsave-remove test; dominfo test; managedsave-remove test; managedsave-remove nosuch',
  ),
  script('managedsave-remove-running', 'managedsave-remove of a running domain', 'managedsave-remove test'),
  each('start-with-managed-save', 'start after managedsave: plain, --force-boot, --paused', [
    'managedsave test; start test --force-boot; domstate test --reason; dominfo test',
    'managedsave test; start test --paused',
    'managedsave test; start test --force-boot --paused',
  ]),
  script(
    'mixed-managed-save-fixture',
    'a preloaded managed save image',
    'dominfo saved; list --all --with-managed-save; start saved; domstate saved --reason; list --all --with-managed-save',
    { fixture: 'mixed.xml' },
  ),
  script(
    'mixed-managed-save-undefine',
    'undefine of a preloaded domain with a managed save image',
    'undefine saved; managedsave-remove saved; undefine saved; list --all',
    { fixture: 'mixed.xml' },
  ),
];
