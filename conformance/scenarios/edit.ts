import type { Scenario } from '../scenario';
import { each, runs } from './build';

const files = {
  'three.xml': "<domain type='test'><name>three</name><memory>1024</memory><os><type>hvm</type></os></domain>",
  'bad.xml': '<domain/>\n',
};

/** The *edit commands with an editor that changes nothing (EDITOR=true, VirtLab's default: decision 026). */
export const editing: Scenario[] = [
  each(
    'edit-unchanged',
    'edit, net-edit, snapshot-edit, save-image-edit, managedsave-edit/-define',
    [
      'edit test',
      'edit nosuch',
      'edit test --skip-validate',
      'create three.xml; edit three',
      'net-edit default',
      'net-edit nosuch',
      'snapshot-edit test',
      'snapshot-edit test --current; snapshot-edit test nosuch; snapshot-edit nosuch s1; snapshot-edit test --rename --clone --current',
      'snapshot-create-as test s1; snapshot-edit test s1; snapshot-edit test --current --rename',
      'snapshot-create-as test s1; snapshot-create-as test s2; snapshot-edit test s1 --current; snapshot-current test --name',
      'save-image-edit /x',
      'save-image-edit bad.xml; save-image-edit .; save-image-edit ""; save-image-edit /x --running --paused',
      'managedsave-edit test',
      'managedsave-edit nosuch; managedsave-edit test --running --paused',
      'managedsave-define test /x',
      'managedsave-define nosuch x.xml; managedsave-define test bad.xml --running --paused; managedsave-define test bad.xml',
    ],
    { files },
  ),
  runs('edit-readonly', 'the *edit commands on a read-only connection', [
    { args: ['-r', 'edit test'] },
    { args: ['-r', 'net-edit default'] },
    { args: ['-r', 'save-image-edit /x'] },
    { args: ['-r', 'managedsave-edit test'] },
  ]),
];
