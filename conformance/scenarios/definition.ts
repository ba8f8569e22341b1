import type { Scenario } from '../scenario';
import { each, runs, script } from './build';
import { domainXml, guestXml } from './files';

const several = {
  'zeta.xml': domainXml('zeta'),
  'alpha.xml': domainXml('alpha'),
  'mid.xml': domainXml('mid'),
};

const guest = { 'guest.xml': guestXml };

/** define, undefine, create, domrename, autostart. */
export const definition: Scenario[] = [
  script(
    'define-start-guest',
    'define a domain from a file, inspect it, start it',
    'define guest.xml; list --all; dominfo guest; start guest; list --all; dumpxml guest',
    { files: guest },
  ),
  script(
    'define-redefine',
    'defining the same domain twice updates it',
    'define guest.xml; define guest.xml; list --all --name',
    { files: guest },
  ),
  each(
    'define-errors',
    'define with a missing file, malformed XML, no name, a clashing uuid and name',
    [
      'define missing.xml',
      'define broken.xml',
      'define noname.xml',
      'define clash-uuid.xml',
      'define clash-name.xml',
      'define empty.xml',
      'define',
      'define --file guest.xml --validate',
    ],
    {
      files: {
        ...guest,
        'broken.xml': "<domain type='test'><name>broken</name>\n",
        'noname.xml': "<domain type='test'><memory>1024</memory><os><type>hvm</type></os></domain>\n",
        'clash-uuid.xml': domainXml('other', { uuid: '6695eb01-f6a4-8304-79aa-97f2502e193f' }),
        'clash-name.xml': domainXml('test', { uuid: 'aaaaaaaa-bbbb-cccc-dddd-00000000beef' }),
        'empty.xml': '',
      },
    },
  ),
  script(
    'define-odd-guests',
    'the test driver accepts guests larger than the host',
    'define huge.xml; start huge; dominfo huge; vcpucount huge',
    {
      files: { 'huge.xml': domainXml('huge', { memoryKiB: 67108864, vcpus: 64 }).replace("type='test'", "type='kvm'") },
    },
  ),
  script(
    'undefine-shut-off',
    'undefine a shut-off domain, then again',
    'destroy test; undefine test; list --all; undefine test',
  ),
  script(
    'undefine-running',
    'undefine a running domain makes it transient; destroying it removes it',
    'undefine test; list --all --transient; dominfo test; destroy test; list --all',
  ),
  script(
    'undefine-managed-save',
    'undefine of a domain with a managed save image, with and without --managed-save',
    'managedsave test; undefine test; undefine test --managed-save; list --all',
  ),
  each('undefine-flags', 'undefine flags the test driver accepts or rejects', [
    'destroy test; undefine test --snapshots-metadata; list --all',
    'destroy test; undefine test --nvram',
    'destroy test; undefine test --keep-nvram',
    'destroy test; undefine test --remove-all-storage',
    'destroy test; undefine test --storage vda',
    'destroy test; undefine test --checkpoints-metadata',
    'destroy test; undefine test --nvram --keep-nvram',
    'destroy test; undefine test --managed-save; list --all',
    'undefine nosuch',
  ]),
  script(
    'create-transient',
    'create a transient domain from a file; destroying it removes it',
    'create guest.xml; list --all --transient; dominfo guest; destroy guest; list --all',
    { files: guest },
  ),
  each(
    'create-variants',
    'create --paused, --autodestroy, a duplicate, errors',
    [
      'create guest.xml --paused; domstate guest --reason',
      'create guest.xml --autodestroy; list',
      'create guest.xml; create guest.xml',
      'create missing.xml',
      'create broken.xml',
      'create clash.xml',
      'create',
    ],
    {
      files: {
        ...guest,
        'broken.xml': '<domain><name>x</name></domai>\n',
        'clash.xml': domainXml('test', { uuid: '6695eb01-f6a4-8304-79aa-97f2502e193f' }),
      },
    },
  ),
  script(
    'create-over-defined',
    'create of a defined, shut-off domain starts it',
    'define guest.xml; create guest.xml; list --all; dominfo guest',
    { files: guest },
  ),
  script(
    'transient-fixture',
    'a transient domain: undefine, autostart, dominfo, destroy removes it',
    'dominfo ephemeral; autostart ephemeral; dominfo ephemeral; undefine ephemeral; list --all; destroy ephemeral; list --all',
    { fixture: 'transient.xml' },
  ),
  script(
    'transient-fixture-save',
    'saving a transient domain removes it; restore brings it back',
    'save ephemeral e.sav; list --all; restore e.sav; list --all --transient; managedsave ephemeral',
    { fixture: 'transient.xml' },
  ),
  script(
    'domrename',
    'domrename of a shut-off domain and its errors',
    'domrename test renamed; destroy test; domrename test renamed; list --all; domrename renamed renamed; domrename nosuch x; domrename renamed ""; dominfo renamed',
  ),
  script(
    'domrename-clash',
    'domrename onto an existing name',
    'define guest.xml; destroy test; domrename test guest; domrename guest test',
    { files: guest },
  ),
  script(
    'autostart',
    'autostart on, shown by dominfo and list, then off',
    'autostart test; dominfo test; list --autostart; list --no-autostart --all; autostart test --disable; dominfo test; autostart nosuch',
  ),
  script(
    'autostart-shut-off',
    'autostart of shut-off domains in the mixed fixture',
    'autostart backup; autostart --disable saved; list --all --autostart; list --all --no-autostart',
    { fixture: 'mixed.xml' },
  ),
  script(
    'list-sorting',
    'list sorts running domains by id and shut-off ones by name',
    'define zeta.xml; define alpha.xml; define mid.xml; list --all; list --all --name; list --all --uuid; start zeta; start alpha; list --all; list --inactive --name',
    { files: several },
  ),
  runs(
    'define-persists-per-process',
    'each virsh process starts a fresh test:///default world',
    [{ args: ['define guest.xml; list --all --name'] }, { args: ['list --all --name'] }],
    { files: guest },
  ),
  runs(
    'define-validation',
    'domain XML the test driver refuses: memory values and units, lifecycle actions; and actions kept',
    [
      'define mem-abc.xml',
      'define mem-negative.xml',
      'define mem-fraction.xml',
      'define mem-zero.xml',
      'define mem-unit.xml',
      'define mem-unit-word.xml',
      'define cur-abc.xml',
      'define poweroff.xml',
      'define reboot.xml',
      'define crash.xml',
      'define actions.xml',
      'define actions.xml; dumpxml actions',
    ].map((l) => ({ args: [l] })),
    {
      files: {
        'mem-abc.xml': `<domain type='test'>\n  <name>mem-abc</name>\n  <uuid>00000000-0000-4000-8000-000000000000</uuid>\n  <memory>abc</memory>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'mem-negative.xml': `<domain type='test'>\n  <name>mem-negative</name>\n  <uuid>00000000-0000-4000-8000-000000000001</uuid>\n  <memory>-5</memory>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'mem-fraction.xml': `<domain type='test'>\n  <name>mem-fraction</name>\n  <uuid>00000000-0000-4000-8000-000000000002</uuid>\n  <memory unit='MiB'>1.5</memory>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'mem-zero.xml': `<domain type='test'>\n  <name>mem-zero</name>\n  <uuid>00000000-0000-4000-8000-000000000003</uuid>\n  <memory>0</memory>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'mem-unit.xml': `<domain type='test'>\n  <name>mem-unit</name>\n  <uuid>00000000-0000-4000-8000-000000000004</uuid>\n  <memory unit='XB'>1</memory>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'mem-unit-word.xml': `<domain type='test'>\n  <name>mem-unit-word</name>\n  <uuid>00000000-0000-4000-8000-000000000005</uuid>\n  <memory unit='bogus'>1</memory>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'cur-abc.xml': `<domain type='test'>\n  <name>cur-abc</name>\n  <uuid>00000000-0000-4000-8000-000000000006</uuid>\n  <memory>1024</memory><currentMemory>abc</currentMemory>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'poweroff.xml': `<domain type='test'>\n  <name>poweroff</name>\n  <uuid>00000000-0000-4000-8000-000000000007</uuid>\n  <memory>1024</memory><on_poweroff>explode</on_poweroff>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'reboot.xml': `<domain type='test'>\n  <name>reboot</name>\n  <uuid>00000000-0000-4000-8000-000000000008</uuid>\n  <memory>1024</memory><on_reboot>bad</on_reboot>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'crash.xml': `<domain type='test'>\n  <name>crash</name>\n  <uuid>00000000-0000-4000-8000-000000000009</uuid>\n  <memory>1024</memory><on_crash>bad</on_crash>\n  <os><type>hvm</type></os>\n</domain>\n`,
        'actions.xml': `<domain type='test'>\n  <name>actions</name>\n  <uuid>00000000-0000-4000-8000-000000000010</uuid>\n  <memory>1024</memory><on_poweroff>restart</on_poweroff><on_reboot>preserve</on_reboot><on_crash>coredump-restart</on_crash>\n  <os><type>hvm</type></os>\n</domain>\n`,
      },
    },
  ),
];
