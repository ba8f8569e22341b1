import type { ApiTransition } from '@/lib/api/contract';
import { movesOf, transitions, type LifecycleAction } from '@/lib/sim/transitions';
import type { DomainEvent, World } from '@/lib/sim/types';

/** A transition as the store keeps it: which domain it happened to. */
export interface StoredTransition extends ApiTransition {
  host: string;
  uuid: string;
}

const sameEvent = (e: DomainEvent, [event, detail]: readonly [string, string]) =>
  e.event === event && e.detail === detail;

/**
 * Without a virsh command name (xm, xl, the other end of a migration), the lifecycle event says
 * which transition it was: a row's own event, else one of its variants' (Stopped Migrated...).
 */
function actionOfEvents(events: DomainEvent[]): LifecycleAction | null {
  for (const e of events) {
    if (e.event === 'Reboot') return 'reboot';
    const t = transitions.find((x) => sameEvent(e, x.event));
    if (t) return t.action;
  }
  for (const e of events) {
    const t = transitions.find((x) => x.variants?.some((v) => v.event && sameEvent(e, v.event)));
    if (t) return t.action;
  }
  return null;
}

/**
 * Compares each domain before and after a command: a changed state or reason, or a lifecycle
 * event (a reboot keeps "running / booted"), is a transition to light on the state diagram. The
 * line's own action (`named`: ./line-action.ts, or what a job stands for) names the changes on
 * `lineHost` (where it ran); a domain another host changed as a consequence (a migration's other
 * end) is named by its events. No shell here: the lab's reads load without it (mocks/run-line.ts).
 */
export function diffTransitions(
  before: World,
  after: World,
  events: DomainEvent[],
  line: string,
  named: LifecycleAction | null,
  now: number,
  seq: number,
  lineHost?: string,
): StoredTransition[] {
  const out: StoredTransition[] = [];
  for (const host of after.hosts) {
    const old = before.hosts.find((h) => h.name === host.name);
    for (const d of host.domains) {
      const prev = old?.domains.find((x) => x.uuid === d.uuid);
      if (!prev) continue;
      const name = (d.live ?? d.config)?.name ?? '';
      const mine = events.filter((e) => e.host === host.name && e.domain === name && e.type === 'lifecycle');
      const unchanged = prev.state === d.state && prev.reason === d.reason;
      if (unchanged && mine.length === 0) continue;
      const action = (lineHost === undefined || lineHost === host.name ? named : null) ?? actionOfEvents(mine);
      // A round trip that ends in the state it began (xm migrate to the same host: saved and restored
      // in place) is no move of the diagram unless the table has that self-loop (a reboot).
      if (
        prev.state === d.state &&
        !movesOf(host.driver).some((m) => m.from === d.state && m.to === d.state && m.action === action)
      )
        continue;
      out.push({
        seq: ++seq,
        time: now,
        host: host.name,
        uuid: d.uuid,
        action,
        command: line,
        from: { state: prev.state, reason: prev.reason },
        to: { state: d.state, reason: d.reason },
      });
    }
  }
  return out;
}
