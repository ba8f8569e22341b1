import type { Scenario } from '../scenario';
import { each, script } from './build';

/** dump, domjobinfo, domjobabort, snapshots, console. */
export const jobs: Scenario[] = [
  each('dump', 'dump of running, paused and shut-off domains and its flags', [
    'dump test core.img; domstate test --reason',
    'dump test core.img --crash; domstate test --reason',
    'dump test core.img --live; domstate test --reason',
    'dump test core.img --reset; domstate test --reason',
    'dump test core.img --memory-only',
    'dump test core.img --memory-only --format elf',
    'dump test core.img --format kdump-zlib',
    'dump test core.img --crash --reset',
    'suspend test; dump test core.img; domstate test --reason',
    'destroy test; dump test core.img',
    'dump test',
    'dump nosuch core.img',
    'dump test no/such/dir/core.img',
  ]),
  each('domjobinfo-abort', 'domjobinfo and domjobabort with no job', [
    'domjobinfo test',
    'domjobinfo test --completed',
    'domjobabort test',
    'destroy test; domjobinfo test',
    'domjobinfo nosuch',
  ]),
  script(
    'snapshot-create-list',
    'snapshot-create-as with names, snapshot-list',
    'snapshot-create-as test first; snapshot-create-as test second --description "after first"; snapshot-list test; snapshot-list test --name; snapshot-list test --tree; snapshot-list test --parent; list --all --with-snapshot',
  ),
  script(
    'snapshot-revert',
    'snapshot-revert to a running snapshot of a now shut-off domain',
    'snapshot-create-as test s1; destroy test; snapshot-revert test s1; domstate test --reason; snapshot-revert test --current; snapshot-revert test nosuch',
  ),
  script(
    'snapshot-revert-paused',
    'a snapshot of a paused domain reverts to paused',
    'suspend test; snapshot-create-as test p1; resume test; snapshot-revert test p1; domstate test --reason; snapshot-revert test p1 --running; domstate test --reason; snapshot-revert test p1 --paused; domstate test --reason',
  ),
  each('snapshot-errors', 'snapshot commands on unknown domains, duplicate names, empty lists', [
    'snapshot-list test',
    'snapshot-list nosuch',
    'snapshot-create-as nosuch s1',
    'snapshot-create-as test s1; snapshot-create-as test s1',
    'snapshot-revert test s1',
    'snapshot-revert test',
    'destroy test; snapshot-create-as test off; snapshot-list test',
    'snapshot-create-as test d --disk-only',
    'snapshot-create-as test q --quiesce',
  ]),
  each('console-no-tty', 'console without a terminal', [
    'console test',
    'console nosuch',
    'destroy test; console test',
    'console test --force',
  ]),
];
