import type { Scenario } from '../scenario';
import { each } from './build';

/** Divergences the session-11 surveys found (seeds 561–697 step 8), each fixed by libvirt's rule. */
export const surveyFinds11: Scenario[] = [
  each(
    'session-11-survey-finds',
    'console reads --devname with vshCommandOptStringReq after the domain and before the state check (seed 609); set-user-sshkeys reads --user before --file (seed 769)',
    [
      "console --domain 6695eb01-f6a4-8304-79aa-97f2502e193f --devname '' --safe",
      "console nosuch --devname ''",
      "destroy test; console test --devname ''",
      'destroy test; console test --devname x',
      "set-user-sshkeys --domain=test --file '' --remove ''",
      "set-user-sshkeys test u --file ''; set-user-sshkeys test '' --file x",
    ],
  ),
  each(
    'session-11-create-flags',
    'testDomainCreateXML refuses --paused, --autodestroy and --reset-nvram before it parses the document, and after virsh reads --pass-fds (the fixed seed and seed 769, once create drew real documents)',
    [
      'create g.xml --paused',
      'create g.xml --autodestroy --paused',
      'create bad.xml --reset-nvram --validate',
      'create bad.xml --validate',
      'create nonexistent.xml --reset-nvram',
      'connect test:///default --readonly; create g.xml --paused',
      'create g.xml --autodestroy --pass-fds=hda --reset-nvram',
      "create g.xml --pass-fds 1,2 --paused; create g.xml --pass-fds '' --paused; create g.xml --pass-fds 3",
      'create nonexistent.xml --pass-fds x',
    ],
    {
      files: {
        'g.xml':
          "<domain type='test'><name>g</name><uuid>00000000-0000-4000-8000-0000000000dd</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n",
        'bad.xml': "<domain type='test'><name>a/b</name><memory>1024</memory><os><type>hvm</type></os></domain>\n",
      },
    },
  ),
];
