import type { Scenario } from '../scenario';
import { each } from './build';

const files = {
  'cp.xml': '<domaincheckpoint><name>f1</name><description>d</description></domaincheckpoint>\n',
  'three.xml': "<domain type='test'><name>three</name><memory>1024</memory><os><type>hvm</type></os></domain>",
};

/** Checkpoints on the test driver: create, list, info, parent, dumpxml, delete, edit. */
export const checkpoints: Scenario[] = [
  each(
    'checkpoint-create',
    'checkpoint-create-as and checkpoint-create: names, disks, refusals, --print-xml',
    [
      'checkpoint-create-as test c1; checkpoint-list test; checkpoint-info test c1; checkpoint-dumpxml test c1',
      'checkpoint-create-as test c1 "my desc" --print-xml',
      'checkpoint-create-as test c1 --diskspec vda,checkpoint=bitmap,bitmap=b1 --print-xml',
      'checkpoint-create-as nosuch c1 --print-xml',
      'destroy test; checkpoint-create-as test c1',
      'checkpoint-create-as test c1; checkpoint-create-as test c1',
      'checkpoint-create-as test c1 --quiesce',
      'checkpoint-create-as test c1 --diskspec vdz',
      'checkpoint-create-as test c1 --diskspec vda,checkpoint=no; checkpoint-dumpxml test c1 --no-domain',
      'checkpoint-create-as test c1 --diskspec vda,checkpoint=foo',
      'checkpoint-create-as test c1 --diskspec vda,bogus=1',
      'checkpoint-create-as test c1 --diskspec vda --diskspec vda',
      'checkpoint-create-as test "a<b"; checkpoint-create-as test a.b; checkpoint-create-as test .x; checkpoint-list test --name',
      'checkpoint-create-as test c1 d --diskspec vda,bitmap=zz; checkpoint-create-as test c2; checkpoint-dumpxml test c2; checkpoint-dumpxml test c1 --no-domain',
      'create three.xml; checkpoint-create-as three c1',
      'checkpoint-create test cp.xml; checkpoint-dumpxml test f1 --no-domain --security-info',
      'checkpoint-create test nosuch.xml; checkpoint-create test cp.xml --redefine',
    ],
    { files },
  ),
  each('checkpoint-tree', 'checkpoint-list filters and tree, info, parent, delete and edit', [
    'checkpoint-info test; checkpoint-edit test; checkpoint-info test nosuch; checkpoint-parent test nosuch; checkpoint-dumpxml test nosuch; checkpoint-delete test nosuch',
    'checkpoint-create-as test c1; checkpoint-parent test c1; checkpoint-edit test c1',
    'checkpoint-create-as test c1; checkpoint-create-as test c2; checkpoint-list test --tree; checkpoint-list test --parent; checkpoint-parent test c2; checkpoint-list test --roots; checkpoint-list test --leaves; checkpoint-info test c2',
    'checkpoint-create-as test c1; checkpoint-create-as test c2; checkpoint-create-as test c3; checkpoint-delete test c2; checkpoint-list test --parent; checkpoint-delete test c1 --children; checkpoint-list test',
    'checkpoint-create-as test c1; checkpoint-create-as test c2; checkpoint-delete test c1 --children-only; checkpoint-list test; checkpoint-delete test c1 --metadata; checkpoint-list test',
    'checkpoint-create-as test c1; checkpoint-create-as test c2; checkpoint-create-as test c3; checkpoint-delete test c3; checkpoint-create-as test c4; checkpoint-list test --parent --topological; checkpoint-list test --from c1 --descendants; checkpoint-list test --from c1 --tree; checkpoint-list test --leaves; checkpoint-list test --no-leaves',
    'checkpoint-list test --tree --name',
    'checkpoint-list test --roots --tree',
    'checkpoint-list test --parent --roots',
    'checkpoint-list test --leaves --tree',
    'checkpoint-list test --no-leaves --tree',
    'checkpoint-list test --descendants',
    'checkpoint-list test --from x',
    'checkpoint-list test --parent --tree',
    'checkpoint-list test --roots --from x',
    'checkpoint-list nosuch',
  ]),
];
