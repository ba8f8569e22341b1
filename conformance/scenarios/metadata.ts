import type { Scenario } from '../scenario';
import { each, runs } from './build';

const files = {
  'two.xml': "<domain type='test'><name>two</name><memory>1024</memory><os><type>hvm</type></os></domain>",
};

/** desc: a domain's description and title, live and persistent, set, shown and edited. */
export const metadata: Scenario[] = [
  each(
    'desc',
    'desc: show, set, --title, --config/--live, --edit with an editor that changes nothing',
    [
      'desc test',
      'desc test --title',
      'desc test hello   world; desc test; desc test --title; dumpxml test',
      'desc test --title "My T"; desc test --title; list --title',
      'desc test a --new-desc b; desc test',
      'desc test "a<b&c"; dumpxml test',
      'desc test --config x; desc test; desc test --config; dumpxml test --inactive',
      'desc test x --title; desc test --title ""; desc test --title',
      'desc test --live --config x',
      'desc test --current --live',
      'desc nosuch',
      'desc test ""; desc test',
      'destroy test; desc test --live x',
      'desc test --title "a\nb"',
      'desc test --live --config',
      'desc test x --config; destroy test; desc test --live; desc test "" --live',
      'create two.xml; desc two --config',
      'create two.xml; desc two --config x',
      'create two.xml; desc two --live x; desc two',
      'desc test --title x --new-desc y z',
      'desc test "multi\nline"; desc test',
      'desc test --edit',
      'desc test x; desc test --edit',
      'desc test --edit --title',
      'desc test --edit abc; desc test',
    ],
    { files },
  ),
  runs('desc-readonly', 'desc on a read-only connection: shown, not set', [
    { args: ['-r', 'desc test'] },
    { args: ['-r', 'desc test x'] },
    { args: ['-q', 'desc test; desc test x; desc test'] },
  ]),
];
