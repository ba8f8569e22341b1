import type { Scenario } from '../scenario';
import { each } from './build';

/** Divergences the session-12 surveys found (seeds 801–897 step 8), each fixed by libvirt's rule. */
export const surveyFinds12: Scenario[] = [
  each(
    'session-12-survey-finds',
    "send-process-signal reads --signame with vshCommandOptStringReq (seed 801); with the memory external, testDomainSnapshotAlignDisks makes disks external by default and virDomainSnapshotDefAssignExternalNames refuses a source that is not a regular file on the host, while an external disk with its own file passes (seed 817); create --console with no terminal prints the console's error and succeeds (seed 865)",
    [
      "send-process-signal test 1 --signame=''; send-process-signal test 1 --signame ''",
      'snapshot-create-as --name=a/b --description no --atomic --memspec /m 1',
      'snapshot-create-as test s1 --memspec /m,snapshot=external',
      'snapshot-create-as test s1 --memspec file=/m --diskspec vda,snapshot=internal; snapshot-list test --name',
      'snapshot-create-as test s1 --memspec /m --diskspec vda,snapshot=external,file=/x; snapshot-list test --name',
      'snapshot-create-as test s1 --memspec /m --diskspec vda,snapshot=no; snapshot-list test --name',
      'snapshot-create-as test s1 --diskspec vda,snapshot=no',
      'snapshot-create test mem.xml',
      'create g.xml --console; list --name',
      'create g.xml --console --paused',
    ],
    {
      files: {
        'g.xml':
          "<domain type='test'><name>g</name><uuid>00000000-0000-4000-8000-0000000000dd</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n",
        'mem.xml': "<domainsnapshot><name>m</name><memory snapshot='external' file='/m'/></domainsnapshot>\n",
      },
    },
  ),
  each(
    'session-12-libxml-context',
    "libvirt's catchXMLError prints the line around libxml2's position: a carriage return ends a line as a newline does (seed 833: a PNG read as a device document), a position on a line end counts as the line before, and the dashes stop at the line's end",
    ['nodedev-create --file shot.png', 'define cr.xml', 'define text.xml', 'define mismatch.xml', 'define open.xml'],
    {
      files: {
        'shot.png': '\x89PNG\r\n\x1a\n\0\0\0\rIHDR',
        'cr.xml': '<domain>\r\n<name>x\r\n</domain>\r\n',
        'text.xml': 'x\r\ny',
        'mismatch.xml': '<a></b>\n\n\n',
        'open.xml': '<a>\n\n',
      },
    },
  ),
];
