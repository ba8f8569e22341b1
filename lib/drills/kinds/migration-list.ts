import type { Rng } from '../rng';
import { runSteps } from '../run';
import { distinctOthers, drillLab } from '../start';
import type { DrillLab, DrillStep, Question } from '../types';

const GUESTS = [
  { host: 'kvm1', name: 'web01', target: 'kvm2' },
  { host: 'kvm1', name: 'db01', target: 'kvm2' },
  { host: 'kvm2', name: 'mail01', target: 'kvm1' },
] as const;
const FLAGS = ['--live', '', '--live --persistent', '--live --persistent --undefinesource'] as const;

const migrate = (name: string, target: string, flags: string) =>
  `virsh migrate ${flags ? `${flags} ` : ''}${name} qemu+ssh://${target}/system`;

/** How long the job runs: the plan the simulator made when the migration started. */
function jobSeconds(lab: DrillLab, name: string): number {
  const d = lab.world.hosts.flatMap((h) => h.domains).find((x) => x.live?.name === name && x.job?.kind === 'migration');
  return d?.job?.kind === 'migration' ? d.job.plan.total_time_s : 0;
}

/** `virsh list --all` on `target` `atS` seconds after `line` ran on `host`. */
function listAfter(host: string, target: string, line: string, atS: number | null): string {
  const start = drillLab(host);
  const steps: DrillStep[] = atS === null ? [] : [{ host, line }];
  return runSteps(start, [...steps, { host: target, line: 'virsh list --all', atS: atS ?? 0 }]).stdout;
}

/** "What does `virsh list --all` show on the target while this migration runs / after it?" */
export function migrationListQuestion(r: Rng, seed: number): Question {
  const { host, name, target } = r.pick(GUESTS);
  const flags = r.pick(FLAGS);
  const line = migrate(name, target, flags);
  const start = drillLab(host);
  const started = { ...start, world: runSteps(start, [{ host, line }]).world };
  const total = jobSeconds(started, name);
  const during = r.next() < 0.5;
  const atS = during ? Math.max(1, Math.floor(total / 2)) : Math.ceil(total) + 5;
  const reproduce = [
    { host, line },
    { host: target, line: 'virsh list --all', atS },
  ];
  const right = runSteps(start, reproduce).stdout;
  // The same list at other moments and after other flags: what a learner who mixed them up would expect.
  const pool = r.shuffle([
    listAfter(host, target, line, null),
    ...FLAGS.flatMap((f) => [
      listAfter(host, target, migrate(name, target, f), atS),
      listAfter(
        host,
        target,
        migrate(name, target, f),
        during ? Math.ceil(total) + 5 : Math.max(1, Math.floor(total / 2)),
      ),
    ]),
    listAfter(host, host, line, atS),
  ]);
  const choices = r.shuffle([right, ...distinctOthers(right, pool, 3)]);
  return {
    id: `migration-list-${seed}`,
    kind: 'migration-list',
    seed,
    tags: ['351.1', '351.4', 'kvm', 'libvirt'],
    difficulty: flags.includes('persistent') ? 3 : flags === '' ? 2 : 1,
    values: { host, target, domain: name, command: line, when: during ? 'during' : 'after', seconds: String(atS) },
    given: [{ host, line }],
    choices,
    answer: choices.indexOf(right),
    typed: null,
    explanation: { values: { seconds: String(atS), total: total.toFixed(1) }, reproduce, shows: right },
    start,
    tryIt: { lab: { ...started, host: target } },
  };
}
