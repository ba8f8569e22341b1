import type { Scenario } from '../scenario';
import { each, runs, script } from './build';

/** snapshot-info, -parent, -current, -dumpxml and -delete on the test driver. */
export const snapshots: Scenario[] = [
  script(
    'snapshot-queries',
    'a snapshot tree queried: info, parent, current, dumpxml',
    'snapshot-create-as test s1; snapshot-create-as test s2 --description hi; snapshot-current test; snapshot-current test --name; snapshot-info test s1; snapshot-info test --current; snapshot-parent test s2; snapshot-parent test s1; snapshot-parent test --current; snapshot-dumpxml test s2; snapshot-dumpxml test s1 --security-info; snapshot-current test --snapshotname s1; snapshot-current test --name; snapshot-info test s2',
  ),
  script(
    'snapshot-delete-tree',
    'snapshot-delete: children move up, --children, --children-only, and where current goes',
    'snapshot-create-as test a; snapshot-create-as test b; snapshot-create-as test c; snapshot-revert test a; snapshot-create-as test d; snapshot-delete test a; snapshot-list test --parent; snapshot-current test --name; snapshot-delete test b --children; snapshot-list test --tree; snapshot-current test --name; snapshot-delete test d --children-only; snapshot-delete test d --metadata; snapshot-list test; snapshot-create-as test e; snapshot-create-as test f; snapshot-delete test e --children; snapshot-current test --name; snapshot-create-as test g; snapshot-create-as test h; snapshot-current test --snapshotname d; snapshot-delete test --current --children-only; snapshot-current test --name; snapshot-list test --tree',
  ),
  script(
    'snapshot-shut-off',
    'a snapshot of a shut-off guest',
    'destroy test; snapshot-create-as test off; snapshot-info test off; snapshot-dumpxml test off; start test; snapshot-create-as test on; snapshot-parent test on; snapshot-delete test off; snapshot-info test on',
  ),
  each('snapshot-query-errors', 'snapshot queries without a snapshot, or asked twice', [
    'snapshot-info test',
    'snapshot-info test nosuch',
    'snapshot-info test --current',
    'snapshot-parent test --current',
    'snapshot-delete test --current',
    'snapshot-delete nosuch x',
    'snapshot-current nosuch',
    'snapshot-current test',
    'snapshot-current test --name',
    'snapshot-current test --snapshotname nosuch',
    'snapshot-dumpxml test nosuch',
    'snapshot-create-as test a; snapshot-info test a --current',
    'snapshot-create-as test a; snapshot-delete test a --children --children-only',
    'snapshot-create-as test a; snapshot-delete test a --current',
    'snapshot-create-as test a; snapshot-current test --name --snapshotname a',
  ]),
  runs('snapshot-readonly-quiet', 'snapshot changes on a read-only connection, and under -q', [
    { args: ['-r', 'snapshot-current test; snapshot-delete test --current'] },
    { args: ['-q', 'snapshot-create-as test a; snapshot-current test --snapshotname a; snapshot-delete test a'] },
  ]),
];
