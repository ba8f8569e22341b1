import { equivalents } from '../../shell/equivalents';
import type { Rng } from '../rng';
import { runSteps, stateSignature } from '../run';
import { drillLab } from '../start';
import type { DrillLab, Question } from '../types';

const XEN_GUESTS = [
  { host: 'xen1', name: 'pv-web' },
  { host: 'xen1', name: 'hvm-win' },
  { host: 'xen2', name: 'pv-app' },
] as const;
/** virsh lines (after the domain) with an xl and an xm equivalent in the command registry. */
const VIRSH = [
  ['shutdown'],
  ['destroy'],
  ['suspend'],
  ['reboot'],
  ['setmem', '512M', '--live'],
  ['setvcpus', '1', '--live'],
];

/** True when `line` runs without error in `lab` and leaves every domain as `virshLine` does. */
export function sameEffect(lab: DrillLab, virshLine: string, line: string): boolean {
  const want = runSteps(lab, [{ host: lab.host, line: virshLine }]);
  const got = runSteps(lab, [{ host: lab.host, line }]);
  return got.status === 0 && stateSignature(got.world) === stateSignature(want.world);
}

/** "Which xl (or xm) line does the same as this virsh line?" — the registry's equivalent, checked by running both. */
export function xenEquivalentQuestion(r: Rng, seed: number): Question {
  const tool = r.pick(['xl', 'xm'] as const);
  // The registry's equivalent must do here what the virsh line does (`xl reboot` of an HVM guest
  // without PV drivers fails, as it does on a real host): such pairs are not asked.
  const pairs = r
    .shuffle(XEN_GUESTS.flatMap((g) => VIRSH.map((v) => ({ ...g, v }))))
    .map(({ host, name, v }) => ({
      host,
      name,
      cmd: v[0],
      rest: v.slice(1),
      eq: equivalents([v[0], name, ...v.slice(1)]),
    }))
    .filter((p) => 'line' in p.eq[tool] && 'line' in p.eq.virsh);
  const { host, name, cmd, rest, eq } = pairs.find((p) =>
    sameEffect(drillLab(p.host), (p.eq.virsh as { line: string }).line, (p.eq[tool] as { line: string }).line),
  )!;
  const lab = drillLab(host);
  const virshLine = (eq.virsh as { line: string }).line;
  const right = (eq[tool] as { line: string }).line;
  // The other rows' lines in the same tool: each does something else, which running them shows.
  const others = r.shuffle(
    VIRSH.filter((v) => v[0] !== cmd)
      .map((v) => equivalents([v[0], name, ...v.slice(1)])[tool])
      .flatMap((e) => ('line' in e ? [e.line] : []))
      .filter((l) => !sameEffect(lab, virshLine, l)),
  );
  const choices = r.shuffle([right, ...others.slice(0, 3)]);
  const check = `virsh domstate ${name} --reason`;
  const reproduce = [
    { host, line: right },
    { host, line: check },
  ];
  return {
    id: `xen-equivalent-${seed}`,
    kind: 'xen-equivalent',
    seed,
    tags: ['351.2', 'xen', 'libvirt'],
    difficulty: rest.length > 0 ? 3 : cmd === 'suspend' || cmd === 'reboot' ? 2 : 1,
    values: { host, domain: name, tool, command: virshLine },
    given: [],
    choices,
    answer: choices.indexOf(right),
    typed: 'command',
    explanation: {
      values: { command: virshLine, equivalent: right },
      reproduce,
      shows: runSteps(lab, [
        { host, line: virshLine },
        { host, line: check },
      ]).stdout,
    },
    start: lab,
    tryIt: { lab },
  };
}
