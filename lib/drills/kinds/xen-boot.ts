import { findHost } from '../../sim/world';
import type { World } from '../../sim/types';
import type { Rng } from '../rng';
import { runSteps } from '../run';
import { drillLab } from '../start';
import type { DrillLab, Question } from '../types';

const SXP = '/etc/xen/xend-config.sxp';

/**
 * What xendomains starts at boot: every config in /etc/xen/auto (a link is followed). True when
 * one of them is `name`'s (`name = "..."` inside, as xm create reads it).
 */
export function startsAtBoot(world: World, host: string, name: string): boolean {
  const files = findHost(world, host)!.files;
  const read = (p: string) => (files[p]?.startsWith('-> ') ? files[files[p].slice(3)] : files[p]);
  return Object.keys(files)
    .filter((p) => p.startsWith('/etc/xen/auto/') && !p.slice(14).includes('/'))
    .some((p) => new RegExp(`^name\\s*=\\s*"${name}"`, 'm').test(read(p) ?? ''));
}

/** The sed line that sets one xend-config.sxp setting (it changes nothing when the setting is not there). */
export const setSetting = (setting: string) =>
  `sed -i "s/^(${setting.slice(1).split(' ')[0]} .*)/${setting.replace(/\\/g, '\\\\')}/" ${SXP}`;

const relocationSteps = (target: string, source: string, domain: string, setting: string) => [
  { host: target, line: setSetting(setting) },
  { host: target, line: '/etc/init.d/xend restart' },
  { host: source, line: `xm migrate --live ${domain} ${target}` },
];

const BOOT_GUESTS = [
  { host: 'xen1', name: 'pv-db' },
  { host: 'xen1', name: 'hvm-win' },
  { host: 'xen2', name: 'pv-app' },
] as const;
/** The target breaks relocation one way; each fix sets one setting back. */
const BREAKS = [
  { broken: '(xend-relocation-server no)', fix: '(xend-relocation-server yes)' },
  { broken: '(xend-relocation-port 8003)', fix: '(xend-relocation-port 8002)' },
  { broken: "(xend-relocation-hosts-allow '^kvm1\\.lab$')", fix: "(xend-relocation-hosts-allow '')" },
];
const MOVES = [
  { source: 'xen1', target: 'xen2', domain: 'pv-web' },
  { source: 'xen2', target: 'xen1', domain: 'pv-app' },
];

/** True when `choice` (a command, or a xend-config.sxp line) does what the question asks. */
export function xenBootRight(q: Question, choice: string): boolean {
  const { host, domain, goal, source } = q.values;
  if (goal === 'boot') return startsAtBoot(runSteps(q.start, [{ host, line: choice }]).world, host, domain);
  return runSteps(q.start, relocationSteps(host, source, domain, choice)).status === 0;
}

/** "Which file or setting makes this Xen guest start at boot / accept relocation?" */
export function xenBootQuestion(r: Rng, seed: number): Question {
  const boot = r.next() < 0.5;
  const base = { id: `xen-boot-${seed}`, kind: 'xen-boot' as const, seed, tags: ['351.2' as const, 'xen' as const] };
  if (boot) {
    const { host, name } = r.pick(BOOT_GUESTS);
    const cfg = `/etc/xen/${name}.cfg`;
    const right = `ln -s ${cfg} /etc/xen/auto/`;
    const wrong = [
      `ln -s ${cfg} /etc/xen/autostart/`,
      `ln -s /etc/xen/auto/${name}.cfg ${cfg}`,
      `touch /etc/xen/auto/${name}`,
      `ln -s ${cfg} /etc/default/xendomains`,
    ];
    const start = drillLab(host);
    const choices = r.shuffle([right, ...r.shuffle(wrong).slice(0, 3)]);
    const reproduce = [
      { host, line: right },
      { host, line: 'ls -l /etc/xen/auto' },
    ];
    return {
      ...base,
      difficulty: 1,
      values: { goal: 'boot', host, domain: name, source: '', error: '' },
      given: [{ host, line: 'ls -l /etc/xen/auto' }],
      choices,
      answer: choices.indexOf(right),
      typed: 'command',
      explanation: { values: { command: right }, reproduce, shows: `${name}.cfg -> ${cfg}` },
      start,
      tryIt: { lab: start },
    };
  }
  const { source, target, domain } = r.pick(MOVES);
  const b = r.pick(BREAKS);
  const broken = drillLab(target);
  // xen2 ships with relocation off: it is switched on first, so the one broken setting is the one chosen.
  const setup = ['(xend-relocation-server yes)', b.broken].map((x) => ({ host: target, line: setSetting(x) }));
  const start: DrillLab = {
    ...broken,
    world: runSteps(broken, [...setup, { host: target, line: '/etc/init.d/xend restart' }]).world,
  };
  const refused = runSteps(start, [{ host: source, line: `xm migrate --live ${domain} ${target}` }]);
  const wrong = BREAKS.filter((x) => x !== b)
    .map((x) => x.fix)
    .concat(["(xend-relocation-address '10.0.0.99')"]);
  const choices = r.shuffle([b.fix, ...r.shuffle(wrong).slice(0, 3)]);
  return {
    ...base,
    difficulty: b.fix.includes('server') ? 2 : 3,
    values: { goal: 'relocation', host: target, domain, source, error: refused.stderr.trim().split('\n').at(-1) ?? '' },
    given: [{ host: source, line: `xm migrate --live ${domain} ${target}` }],
    choices,
    answer: choices.indexOf(b.fix),
    typed: 'command',
    explanation: {
      values: { setting: b.fix, file: SXP },
      // The guest is listed on the target once the migration is over (10 minutes is far more than it takes).
      reproduce: [...relocationSteps(target, source, domain, b.fix), { host: target, line: 'xm list', atS: 600 }],
      shows: domain,
    },
    start,
    tryIt: { lab: { ...start, host: source } },
  };
}
