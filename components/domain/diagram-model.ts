import type { ApiDomain } from '@/lib/api/contract';
import { movesOf, type LifecycleAction, type Move } from '@/lib/sim/transitions';
import type { DomainState, Driver } from '@/lib/sim/types';

/**
 * Layout of libvirt's states (viewBox 0 0 660 370): running on top, shut off and paused below,
 * and the rarer active states grouped in a box whose arrows stand for each of them.
 */
export const MAJOR: Partial<Record<DomainState, { x: number; y: number }>> = {
  running: { x: 380, y: 110 },
  'shut off': { x: 120, y: 270 },
  paused: { x: 580, y: 270 },
};
export const GROUP = { x: 20, y: 60, w: 200, h: 92 };
export const MINOR: Partial<Record<DomainState, { x: number; y: number }>> = {
  idle: { x: 70, y: 100 },
  'in shutdown': { x: 170, y: 100 },
  crashed: { x: 70, y: 132 },
  pmsuspended: { x: 170, y: 132 },
};

/** An arrow's end: a major state, or the group of minor ones. */
export type End = DomainState | 'other';
/** A migration's arrows are drawn apart (dashed): what a host sees of a guest coming or going. */
export type EdgeKind = 'plain' | 'migrate';
export interface Edge {
  from: End;
  to: End;
  kind: EdgeKind;
  actions: LifecycleAction[];
}
export const endOf = (s: DomainState): End | null => (MAJOR[s] ? s : MINOR[s] ? 'other' : null);
export const kindOf = (action: LifecycleAction | null): EdgeKind => (action === 'migrate' ? 'migrate' : 'plain');

/**
 * Which moves get an arrow. Undefine is left out: it removes a definition, not a state. A crash is drawn
 * where the trainer acts (from running); what QEMU's on_crash does next from `crashed` is told by the
 * variant's text, and a third label line on the group's arrow to shut off overlaps the others.
 */
export const drawn = (m: Move) => m.action !== 'undefine' && !(m.action === 'crash' && m.from !== 'running');

/**
 * Whether the hypervisor hears this guest's kernel panic: QEMU only through a panic device (decision
 * 063), Xen not from an HVM guest without PV drivers (decision 068). Unheard, a panic changes no state:
 * the guest hangs, running — the table's crash moves are not this guest's.
 */
export type Panic = 'heard' | 'unheard';
export function panicOf(d: Pick<ApiDomain, 'driver' | 'live' | 'config'>): Panic {
  const facts = d.live ?? d.config;
  if (d.driver === 'qemu' && facts?.panic.length === 0) return 'unheard';
  return d.driver === 'xen' && facts?.osType === 'hvm' ? 'unheard' : 'heard';
}

/**
 * The diagram's arrows, read from the transition table: one per (from, to, kind), labelled with
 * every action that makes it. Undefine is left out: it removes a definition, not a state; so is
 * the crash of a guest whose panic nobody hears.
 */
export function edgesFor(driver: Driver, panic: Panic = 'heard'): Edge[] {
  const byKey = new Map<string, Edge>();
  for (const m of movesOf(driver)) {
    if (!drawn(m) || (panic === 'unheard' && m.action === 'crash')) continue;
    const from = endOf(m.from),
      to = endOf(m.to);
    if (!from || !to) continue;
    const kind = kindOf(m.action);
    const key = `${from}→${to}:${kind}`;
    const e = byKey.get(key) ?? { from, to, kind, actions: [] };
    if (!e.actions.includes(m.action)) e.actions.push(m.action);
    byKey.set(key, e);
  }
  return [...byKey.values()];
}

/** The arrow a transition lights: its pair, drawn for its action (any arrow of the pair when no action is known). */
export function litEdge(
  edges: readonly Edge[],
  last: { action: LifecycleAction | null; from: { state: DomainState }; to: { state: DomainState } } | null,
): Edge | undefined {
  if (!last) return undefined;
  const from = endOf(last.from.state),
    to = endOf(last.to.state);
  const pair = edges.filter((e) => e.from === from && e.to === to);
  return last.action ? pair.find((e) => e.actions.includes(last.action!)) : pair[0];
}
