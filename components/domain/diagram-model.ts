import { allowedFrom, outcomeOf, transitions, type LifecycleAction } from '@/lib/sim/transitions';
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
export interface Edge {
  from: End;
  to: End;
  actions: LifecycleAction[];
}
export const endOf = (s: DomainState): End | null => (MAJOR[s] ? s : MINOR[s] ? 'other' : null);

/**
 * The diagram's arrows, read from the transition table: one per (from, to) pair, labelled with
 * every action that makes it. Undefine is left out: it removes a definition, not a state.
 */
export function edgesFor(driver: Driver): Edge[] {
  const byPair = new Map<string, Edge>();
  for (const t of transitions) {
    if (t.action === 'undefine') continue;
    for (const s of allowedFrom(t, driver)) {
      const o = outcomeOf(t, s);
      const from = endOf(s),
        to = o === 'unchanged' ? from : o === 'removed' ? null : endOf(o.state);
      if (!from || !to) continue;
      const key = `${from}→${to}`;
      const e = byPair.get(key) ?? { from, to, actions: [] };
      if (!e.actions.includes(t.action)) e.actions.push(t.action);
      byPair.set(key, e);
    }
  }
  return [...byPair.values()];
}
