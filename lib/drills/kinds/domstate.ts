import type { Rng } from '../rng';
import { runSteps } from '../run';
import { distinctOthers, drillLab, kvmGuests } from '../start';
import type { Difficulty, DrillStep, Question } from '../types';

/** The lifecycle commands a learner meets first; some are refused in some states, which is part of the question. */
export const LIFECYCLE = ['start', 'suspend', 'resume', 'destroy', 'shutdown', 'managedsave', 'reboot'] as const;

const domstate = (host: string, name: string, atS?: number): DrillStep => ({
  host,
  line: `virsh domstate ${name} --reason`,
  ...(atS !== undefined && { atS }),
});

/**
 * The lines as a learner types them, a few seconds apart: a QEMU guest answers `virsh shutdown` or
 * `reboot` seconds after the command returns (decision 033), and the question is about a guest that has.
 */
const GAP_S = 10;
const typedApart = (host: string, lines: string[]): DrillStep[] =>
  lines.map((line, i) => ({ host, line, atS: GAP_S * (i + 1) }));

/** "After these lines, what does `virsh domstate X --reason` print?" — the answer is what it prints. */
export function domstateQuestion(r: Rng, seed: number): Question {
  const { host, name } = r.pick(kvmGuests);
  const start = drillLab(host);
  const count = 1 + r.int(4);
  const given = typedApart(
    host,
    Array.from({ length: count }, () => `virsh ${r.pick(LIFECYCLE)} ${name}`),
  );
  const reproduce = [...given, domstate(host, name, GAP_S * (count + 1))];
  const right = runSteps(start, reproduce).stdout.trim();
  // Wrong answers are what the same question prints after other lines: real virsh output, never invented.
  const pool = r.shuffle(
    Array.from({ length: 12 }, (_, i) =>
      runSteps(start, [
        ...typedApart(
          host,
          Array.from({ length: 1 + (i % 3) }, () => `virsh ${r.pick(LIFECYCLE)} ${name}`),
        ),
        domstate(host, name, GAP_S * (2 + (i % 3))),
      ]).stdout.trim(),
    ).concat(kvmGuests.map((g) => runSteps(start, [domstate(g.host, g.name)]).stdout.trim())),
  );
  const choices = r.shuffle([right, ...distinctOthers(right, pool, 3)]);
  return {
    id: `domstate-${seed}`,
    kind: 'domstate',
    seed,
    tags: ['351.4', 'libvirt', 'kvm'],
    difficulty: (count === 1 ? 1 : count < 4 ? 2 : 3) as Difficulty,
    values: { host, domain: name, command: domstate(host, name).line },
    given,
    choices,
    answer: choices.indexOf(right),
    typed: 'output',
    explanation: { values: { output: right, command: domstate(host, name).line }, reproduce, shows: right },
    start,
    tryIt: { lab: { world: runSteps(start, given).world, now: start.now + GAP_S * (count + 1) * 1000, host } },
  };
}
