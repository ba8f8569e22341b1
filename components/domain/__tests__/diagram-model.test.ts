import { describe, expect, it } from 'vitest';
import { movesOf } from '@/lib/sim/transitions';
import type { Driver } from '@/lib/sim/types';
import { drawn, edgesFor, endOf, kindOf, litEdge, panicOf } from '../diagram-model';

const drivers: Driver[] = ['test', 'qemu', 'xen'];
const at = (state: string) => ({ state: state as 'running', reason: '' });

describe('the state diagram is the transition table', () => {
  it.each(drivers)('draws every move of the table (%s), and nothing else', (driver) => {
    const edges = edgesFor(driver);
    // "no state" (VIR_DOMAIN_NOSTATE) has no place in the picture: no driver here leaves a domain in it.
    const moves = movesOf(driver).filter((m) => drawn(m) && m.from !== 'no state');
    expect(movesOf(driver).filter((m) => m.to === 'no state' && m.from !== 'no state')).toEqual([]);
    for (const m of moves) {
      const drawn = edges.find((e) => e.from === endOf(m.from) && e.to === endOf(m.to) && e.kind === kindOf(m.action));
      expect(drawn?.actions, `${m.action}: ${m.from} → ${m.to}`).toContain(m.action);
    }
    for (const e of edges)
      for (const a of e.actions)
        expect(moves.some((m) => m.action === a && endOf(m.from) === e.from && endOf(m.to) === e.to)).toBe(true);
  });

  it('has the restore of a --paused save: shut off → paused', () => {
    const e = edgesFor('qemu').find((x) => x.from === 'shut off' && x.to === 'paused' && x.kind === 'plain');
    expect(e?.actions).toEqual(['start', 'restore']);
    // libvirt's test driver refuses --paused: no such arrow there.
    expect(edgesFor('test').some((x) => x.from === 'shut off' && x.to === 'paused' && x.kind === 'plain')).toBe(false);
  });

  it("lights a migration's own arrow, not the one labelled shutdown/destroy", () => {
    const edges = edgesFor('qemu');
    const left = litEdge(edges, { action: 'migrate', from: at('running'), to: at('shut off') });
    expect(left).toMatchObject({ from: 'running', to: 'shut off', kind: 'migrate', actions: ['migrate'] });
    const shutdown = litEdge(edges, { action: 'shutdown', from: at('running'), to: at('shut off') });
    expect(shutdown?.kind).toBe('plain');
    expect(shutdown?.actions).toEqual(expect.arrayContaining(['shutdown', 'destroy']));
    expect(shutdown?.actions).not.toContain('migrate');
  });
});

describe('a guest whose panic nobody hears has no crash arrow (decisions 063, 068)', () => {
  const facts = (osType: string, panic: string[]) => ({
    memoryKiB: 1,
    maxMemoryKiB: 1,
    vcpus: 1,
    maxVcpus: 1,
    pinning: [],
    panic,
    osType,
  });
  const crashArrows = (edges: ReturnType<typeof edgesFor>) => edges.filter((e) => e.actions.includes('crash'));

  it('Xen: a PV guest reports its crash (running → shut off), an HVM guest without PV drivers hangs', () => {
    const pv = panicOf({ driver: 'xen', live: facts('linux', []), config: null });
    const hvm = panicOf({ driver: 'xen', live: facts('hvm', []), config: facts('hvm', []) });
    expect([pv, hvm]).toEqual(['heard', 'unheard']);
    // on_crash destroy: shut off (crashed); restart: running again, as a new domain.
    expect(crashArrows(edgesFor('xen', pv)).map((e) => `${e.from}→${e.to}`)).toEqual([
      'running→shut off',
      'running→running',
    ]);
    expect(crashArrows(edgesFor('xen', hvm))).toEqual([]);
    // Everything else of the table is still drawn for it.
    const others = (edges: ReturnType<typeof edgesFor>) =>
      edges.map((e) => ({ ...e, actions: e.actions.filter((a) => a !== 'crash') })).filter((e) => e.actions.length);
    expect(edgesFor('xen', hvm)).toEqual(others(edgesFor('xen', pv)));
  });

  it('QEMU: only a guest with a panic device; a shut-off guest is read from its definition', () => {
    expect(panicOf({ driver: 'qemu', live: facts('hvm', ['isa']), config: facts('hvm', ['isa']) })).toBe('heard');
    expect(panicOf({ driver: 'qemu', live: null, config: facts('hvm', []) })).toBe('unheard');
    expect(crashArrows(edgesFor('qemu', 'heard')).map((e) => `${e.from}→${e.to}`)).toEqual(['running→other']);
    expect(crashArrows(edgesFor('qemu', 'unheard'))).toEqual([]);
  });
});
