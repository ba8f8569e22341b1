import { domainStates, stateReasons } from '../../../sim/states';
import type { Domain } from '../../../sim/types';
import { domainName } from '../../../sim/world';
import { CmdCtx } from '../context';
import type { VirshCommand } from './types';

/** VIR_DOMAIN_STATS_* bits in the order virsh's options name them. */
const GROUPS = [
  'state',
  'cpu-total',
  'balloon',
  'vcpu',
  'interface',
  'block',
  'perf',
  'iothread',
  'memory',
  'dirtyrate',
  'vm',
];
/** The test driver gathers the state and iothread groups (the latter empty: no IOThreads). */
const SUPPORTED = 0x1 | 0x80;

const FILTERS: Record<string, (d: Domain) => boolean> = {
  'list-active': (d) => d.state !== 'shut off',
  'list-inactive': (d) => d.state === 'shut off',
  'list-persistent': (d) => d.config !== null,
  'list-transient': (d) => d.config === null,
  'list-running': (d) => d.state === 'running',
  'list-paused': (d) => d.state === 'paused',
  'list-shutoff': (d) => d.state === 'shut off',
  'list-other': (d) => !['running', 'paused', 'shut off'].includes(d.state),
};

/** virConnectGetAllDomainStats' filters: each pair (active/inactive, ...) narrows when one side is given. */
function filtered(c: CmdCtx, domains: readonly Domain[]): Domain[] {
  const pairs = [
    ['list-active', 'list-inactive'],
    ['list-persistent', 'list-transient'],
    ['list-running', 'list-paused', 'list-shutoff', 'list-other'],
  ];
  return domains.filter((d) =>
    pairs.every((group) => {
      const given = group.filter((f) => c.has(f));
      return given.length === 0 || given.some((f) => FILTERS[f](d));
    }),
  );
}

/** virshLookupDomainBy for each argument: by id, UUID or name, virsh's message for none. */
function lookup(c: CmdCtx, names: readonly string[]): Domain[] | undefined {
  const found: Domain[] = [];
  for (const n of names) {
    const d = n === '' ? undefined : new CmdCtx(c.s, new Map([['domain', n]]), c.io, c.name).domain();
    if (!d) {
      if (n === '') c.error("failed to get domain ''");
      return undefined;
    }
    found.push(d);
  }
  return found;
}

/**
 * cmdDomstats: the records of the domains named, or of every domain (in the order the driver's
 * hash table yields them: random in libvirt, the host's order here) that the filters keep.
 */
const domstats: VirshCommand = {
  name: 'domstats',
  readOnly: true,
  run(c) {
    const asked = GROUPS.reduce((bits, g, i) => (c.has(g) ? bits | (1 << i) : bits), 0);
    const named = c.opts.has('domain') ? lookup(c, c.argv('domain')) : undefined;
    if (c.opts.has('domain') && !named) return false;
    if (c.has('enforce') && asked & ~SUPPORTED) {
      c.libvirtError({
        code: 'ARGUMENT_UNSUPPORTED',
        message: `argument unsupported: Stats types bits 0x${(asked & ~SUPPORTED).toString(16)} are not supported by this daemon`,
      });
      return false;
    }
    const state = asked === 0 || asked & 0x1;
    const records = filtered(c, named ?? c.host().domains).map((d) => {
      const lines = state
        ? [
            `  state.state=${domainStates.indexOf(d.state)}`,
            `  state.reason=${stateReasons[d.state].indexOf(d.reason)}`,
          ]
        : [];
      return [`Domain: '${domainName(d)}'`, ...lines, ''].join('\n');
    });
    // A blank line between records, none after the last.
    c.print(records.join('\n'));
    return true;
  },
};

export const domstatsCommands: VirshCommand[] = [domstats];
