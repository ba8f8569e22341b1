import type { Scenario } from '../scenario';
import { each } from './build';

/** The checks virsh makes before the calls unsupported-domain-data.ts refuses, in virsh's order. */
export const unsupportedDomain: Scenario[] = [
  each(
    'unsupported-domain-checks',
    'dompmsuspend, domxml-*-native, qemu-attach, setvcpu, dom-fd-associate, node-memory-tune, nodesuspend',
    [
      'dompmsuspend test foo --duration x',
      'dompmsuspend nosuch foo',
      'dompmsuspend test mem --duration -1',
      'dompmsuspend test hybrid --duration 4294967296',
      'domxml-to-native foo --domain test',
      'domxml-to-native foo --domain nosuch',
      'domxml-to-native qemu-argv',
      'domxml-to-native qemu-argv --xml x.xml',
      'domxml-to-native qemu-argv --xml two.xml --domain test',
      'domxml-to-native foo --xml two.xml',
      'domxml-from-native foo two.xml',
      'qemu-attach 4294967296',
      'qemu-attach -1',
      'setvcpu nosuch 1',
      'setvcpu test 1 --enable --disable',
      'setvcpu test 1 --live --current',
      'setvcpu test "" --enable',
      'setvcpu test x --enable --config',
      'dom-fd-associate test n 1,2 --seclabel-writable --seclabel-restore',
      'dom-fd-associate test n 1,x',
      'node-memory-tune --shm-pages-to-scan -1',
      'node-memory-tune --shm-merge-across-nodes 1',
      'nodesuspend foo x',
      'nodesuspend foo 60',
      'nodesuspend mem -1',
      'nodesuspend disk 60',
      // found by the differential batch (seeds 11 and 7)
      'dompmsuspend --domain 1 --target=',
      "nodesuspend --target '' --duration 0",
      "nodesuspend '' x",
      // found by the fixed-seed batch once the new commands shifted its draws
      'secret-set-value x --file=f --plain --base64 a --interactive',
      'secret-set-value x --file=f --base64 a --interactive',
      'secret-set-value x --file=f --plain --interactive',
      'domblkthreshold nosuch --dev= --threshold 1',
      'domblkthreshold test --dev= --threshold x',
      'domblkthreshold nosuch --dev=x --threshold x',
      'dompmsuspend test "" --duration x',
      'blockpull --domain=1 --path=kP --bandwidth=18446744073709551616',
      'blockpull test vda --bandwidth 99999999999999999999k',
    ],
    { files: { 'two.xml': "<domain type='test'><name>two</name><memory>1024</memory></domain>\n" } },
  ),
];
