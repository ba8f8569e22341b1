import type { Scenario } from '../scenario';
import { each } from './build';

/** Documents whose attribute values carry blanks libxml2 keeps and libvirt compares as written. */
const blankAttrs: Record<string, string> = {
  'd1.xml': "<domain type='test '><name>f</name><memory>1024</memory><os><type>hvm</type></os></domain>\n",
  'p1.xml': "<pool type='dir '><name>p</name><target><path>/t</path></target></pool>\n",
  'p2.xml':
    "<pool type='fs'><name>p2</name><source><device path='/d'/><format type='ext4 '/></source><target><path>/t2</path></target></pool>\n",
  'v1.xml': "<volume><name>v</name><capacity unit='M '>10</capacity></volume>\n",
  'v2.xml': "<volume><name>v2</name><capacity unit='M'>10</capacity><target><format type='raw '/></target></volume>\n",
};

export const nodeObjects: Scenario[] = [
  each(
    'attribute-values-kept',
    "libxml2 hands libvirt an attribute value as written: a pool type, a source format, a size unit or a domain type with a blank is refused (seed 465's `--source-format 'test '`)",
    [
      'define d1.xml',
      'pool-define p1.xml',
      'pool-define p2.xml',
      "pool-define-as p3 fs --source-dev /d --source-format 'ext4 ' --target /t3",
      'vol-create default-pool v1.xml',
      'vol-create default-pool v2.xml',
    ],
    { files: blankAttrs },
  ),
];
