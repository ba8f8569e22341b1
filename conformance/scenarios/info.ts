import type { Scenario } from '../scenario';
import { each, runs, script } from './build';

/** dominfo, domstate, domid, domname, domuuid, dumpxml: lookups by id, uuid and name. */
export const info: Scenario[] = [
  script(
    'dominfo-lookups',
    'dominfo by name, id and uuid, and with --domain',
    'dominfo test; dominfo 1; dominfo 6695eb01-f6a4-8304-79aa-97f2502e193f; dominfo --domain test; dominfo --domain=1',
  ),
  each('dominfo-unknown', 'dominfo of unknown names, ids and uuids', [
    'dominfo nosuch',
    'dominfo 2',
    'dominfo 0',
    'dominfo -1',
    'dominfo 6695eb01-f6a4-8304-79aa-97f2502e193e',
    'dominfo 6695eb01f6a4830479aa97f2502e193f',
    'dominfo 6695EB01-F6A4-8304-79AA-97F2502E193F',
    'dominfo ""',
    'dominfo',
  ]),
  script(
    'dominfo-states',
    'dominfo after suspend, managedsave and destroy',
    'suspend test; dominfo test; destroy test; dominfo test',
  ),
  script(
    'dominfo-mixed',
    'dominfo of every preloaded domain',
    'dominfo web; dominfo db; dominfo backup; dominfo crashy; dominfo saved',
    { fixture: 'mixed.xml' },
  ),
  script(
    'dominfo-xen',
    'dominfo of Xen-looking domains, one transient',
    'dominfo pv-guest; dominfo hvm-guest; domstate pv-guest --reason',
    { fixture: 'xen.xml' },
  ),
  script(
    'domid-domname-domuuid',
    'domid, domname, domuuid and their lookups',
    'domid test; domid 1; domname 1; domname test; domname 6695eb01-f6a4-8304-79aa-97f2502e193f; domuuid test; domuuid 1; destroy test; domid test; domname 1; domuuid test',
  ),
  each('domid-errors', 'domid, domname, domuuid of unknown domains', [
    'domid nosuch',
    'domname 7',
    'domname nosuch',
    'domuuid nosuch',
    'domid',
  ]),
  script(
    'domid-mixed',
    'domid of preloaded domains in every state',
    'domid web; domid db; domid backup; domid crashy; domname 3; domuuid backup',
    { fixture: 'mixed.xml' },
  ),
  script(
    'domstate-reasons',
    'domstate --reason through a lifecycle',
    'domstate test; domstate test --reason; suspend test; domstate test --reason; resume test; domstate test --reason; shutdown test; domstate test --reason; start test; domstate test --reason; destroy test; domstate test --reason',
  ),
  each('domstate-errors', 'domstate of unknown domains and bad options', [
    'domstate nosuch',
    'domstate',
    'domstate test --bogus',
    'domstate test --reason --reason',
  ]),
  each('dumpxml', 'dumpxml of running and shut-off domains and its flags', [
    'dumpxml test',
    'dumpxml test --inactive',
    'dumpxml test --security-info',
    'dumpxml test --update-cpu',
    'dumpxml test --migratable',
    'dumpxml --domain 1',
    'destroy test; dumpxml test',
    'dumpxml nosuch',
  ]),
  script(
    'dumpxml-after-changes',
    'dumpxml --inactive differs after live changes',
    'setmem test 1G; setvcpus test 1; dumpxml test; dumpxml test --inactive',
  ),
  script('dumpxml-mixed', 'dumpxml of preloaded domains with a title and description', 'dumpxml web; dumpxml backup', {
    fixture: 'mixed.xml',
  }),
  script('dumpxml-xen', 'dumpxml of Xen-looking domains', 'dumpxml hvm-guest; dumpxml pv-guest --inactive', {
    fixture: 'xen.xml',
  }),
  runs('dominfo-argv', 'dominfo given as separate argv words', [
    { args: ['dominfo', 'test'] },
    { args: ['dominfo', '--domain', 'test'] },
    { args: ['dominfo', 'nosuch'] },
    { args: ['domstate', 'test', '--reason'] },
  ]),
];
