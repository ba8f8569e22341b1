import type { Scenario } from '../scenario';
import { each, runs, script } from './build';

const filters = [
  'list',
  'list --all',
  'list --inactive',
  'list --state-running',
  'list --state-paused',
  'list --state-shutoff',
  'list --state-other',
  'list --state-running --state-paused',
  'list --persistent',
  'list --transient',
  'list --all --persistent',
  'list --all --transient',
  'list --autostart',
  'list --no-autostart',
  'list --all --with-managed-save',
  'list --all --without-managed-save',
  'list --all --managed-save',
  'list --all --with-snapshot',
  'list --all --without-snapshot',
  'list --all --with-checkpoint',
];

/** list with all its filters and output formats. */
export const list: Scenario[] = [
  each('list-filters-mixed', 'list filters on a node with every run state', filters, { fixture: 'mixed.xml' }),
  each(
    'list-formats-mixed',
    'list output formats on the mixed node',
    [
      'list --all --name',
      'list --all --uuid',
      'list --all --id',
      'list --all --table',
      'list --all --title',
      'list --all --name --uuid',
      'list --all --name --title',
      'list --all --uuid --title',
      'list --all --id --name',
      'list --all --table --name',
      'list --name',
      'list --inactive --name',
      'list --inactive --id',
    ],
    { fixture: 'mixed.xml' },
  ),
  each('list-default', 'list on test:///default', [
    'list',
    'list --all',
    'list --inactive',
    'list --name',
    'list --uuid',
    'list --title',
    'list --all --name --inactive',
  ]),
  script(
    'list-after-destroy',
    'list after destroy: empty tables',
    'destroy test; list; list --name; list --uuid; list --all --name',
  ),
  each(
    'list-transient-fixture',
    'list --persistent and --transient with a transient domain',
    ['list --all', 'list --transient', 'list --persistent --all', 'list --transient --name'],
    { fixture: 'transient.xml' },
  ),
  each('list-errors', 'list with bad and conflicting options', [
    'list --bogus',
    'list --all --inactive',
    'list --name --table',
    'list --uuid --table',
    'list --id --uuid',
    'list extra',
    'list --all=yes',
  ]),
  script(
    'list-title-define',
    'list --title with a defined domain that has a long title',
    'define titled.xml; list --all --title',
    {
      files: {
        'titled.xml':
          "<domain type='test'><name>titled</name><uuid>00000000-0000-4000-8000-7469746c6564</uuid><title>A rather long title for a guest that goes on</title><memory>1024</memory><os><type>hvm</type></os></domain>",
      },
    },
  ),
  script(
    'list-long-names',
    'list column widths grow with the longest name',
    'define long.xml; list --all; list --all --title',
    {
      files: {
        'long.xml':
          "<domain type='test'><name>a-very-long-domain-name-for-columns</name><uuid>00000000-0000-4000-8000-612d76657279</uuid><memory>1024</memory><os><type>hvm</type></os></domain>",
      },
    },
  ),
  runs(
    'list-argv-forms',
    'list given as argv words and with virsh options',
    [
      { args: ['list', '--all'] },
      { args: ['-q', 'list', '--all'] },
      { args: ['--quiet', 'list'] },
      { args: ['-q', 'list --all --name'] },
    ],
    { fixture: 'mixed.xml' },
  ),
];
