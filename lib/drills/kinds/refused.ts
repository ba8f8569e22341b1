import type { Rng } from '../rng';
import { lastError, runSteps } from '../run';
import { drillLab, kvmGuests } from '../start';
import type { DrillLab, Question } from '../types';
import { LIFECYCLE } from './domstate';

/** Commands besides the lifecycle ones that most states accept, so a question has enough that are not refused. */
const OTHERS = ['dominfo', 'dumpxml', 'autostart', 'setmem {} 512M --config', 'setvcpus {} 1 --config'];
const commandsFor = (name: string) => [
  ...LIFECYCLE.map((c) => `virsh ${c} ${name}`),
  ...OTHERS.map((c) => `virsh ${c.includes('{}') ? c.replace('{}', name) : `${c} ${name}`}`),
];

let errorsSeen: string[] | null = null;
/** The errors the simulator gives every guest of the built-in lab: the wrong errors offered with a refused command. */
const labErrors = () =>
  (errorsSeen ??= kvmGuests.flatMap((g) =>
    commandsFor(g.name).map((line) => lastError(runSteps(drillLab(g.host), [{ host: g.host, line }]).stderr)),
  ));

/** A choice is a command and the error it is said to get. */
export const refusedChoice = (line: string, error: string) => `${line}\n${error}`;

/** True when `choice`'s command is refused in `lab` with exactly `choice`'s error. */
export function refusedRight(lab: DrillLab, choice: string): boolean {
  const [line, error] = choice.split('\n');
  const ran = runSteps(lab, [{ host: lab.host, line }]);
  return ran.status !== 0 && lastError(ran.stderr) === error;
}

/** "Which of these commands is refused here, and with which error?" — one refused command, one right error. */
export function refusedQuestion(r: Rng, seed: number): Question {
  const { host, name } = r.pick(kvmGuests);
  const given = Array.from({ length: r.int(3) }, () => ({ host, line: `virsh ${r.pick(LIFECYCLE)} ${name}` }));
  const lab: DrillLab = { ...drillLab(host), world: runSteps(drillLab(host), given).world };
  const tried = commandsFor(name).map((line) => ({ line, ran: runSteps(lab, [{ host, line }]) }));
  const refused = r.shuffle(tried.filter((t) => t.ran.status !== 0));
  const accepted = r.shuffle(tried.filter((t) => t.ran.status === 0));
  const errors = [...new Set([...tried.map((t) => lastError(t.ran.stderr)), ...labErrors()])].filter(
    (e) => e !== '' && !kvmGuests.some((g) => g.name !== name && e.includes(g.name)),
  );
  const one = refused[0];
  const error = lastError(one.ran.stderr);
  const right = refusedChoice(one.line, error);
  const wrongErrors = r.shuffle(errors.filter((e) => e !== error));
  const wrong = [
    ...accepted.slice(0, 2).map((t, i) => refusedChoice(t.line, wrongErrors[i] ?? error)),
    ...wrongErrors.slice(2, 5 - Math.min(2, accepted.length)).map((e) => refusedChoice(one.line, e)),
  ];
  const choices = r.shuffle([right, ...wrong]);
  return {
    id: `refused-${seed}`,
    kind: 'refused',
    seed,
    tags: ['351.4', 'libvirt'],
    difficulty: given.length === 0 ? 1 : given.length === 1 ? 2 : 3,
    values: {
      host,
      domain: name,
      state: runSteps(lab, [{ host, line: `virsh domstate ${name} --reason` }]).stdout.trim(),
    },
    given,
    choices,
    answer: choices.indexOf(right),
    typed: null,
    explanation: { values: { command: one.line, error }, reproduce: [{ host, line: one.line }], shows: error },
    start: lab,
    tryIt: { lab },
  };
}
