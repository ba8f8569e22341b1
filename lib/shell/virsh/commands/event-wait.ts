import { nextGuestChange } from '../../../sim/ops/guest-request';
import { advanceJobs } from '../../../sim/ops/migrate/advance';
import type { DomainEvent } from '../../../sim/types';
import type { CmdCtx } from '../context';

/** virTimeStringThenRaw: the time --timestamp puts before each event, in UTC. */
const stamp = (ms: number) => `${new Date(ms).toISOString().replace('T', ' ').slice(0, 23)}+0000: `;

/** virshEventLifecyclePrint and virshEventGenericPrint's words for the events the lab's guests raise. */
const line = (e: DomainEvent) =>
  e.event === 'Reboot'
    ? `event 'reboot' for domain '${e.domain}'\n`
    : `event 'lifecycle' for domain '${e.domain}': ${e.event} ${e.detail}\n`;
const typeOf = (e: DomainEvent) => (e.event === 'Reboot' ? 'reboot' : e.type);

/**
 * vshEventWait on a lab host with --timeout: the session waits, and what the guests do meanwhile (a
 * shutdown or reboot asked for earlier) arrives and is printed. Without --loop the first event ends
 * the wait (virshEventPrint calls vshEventDone). Returns how many events were printed.
 */
export function labEventWait(c: CmdCtx, seconds: number, only: string | undefined): number {
  const host = c.host().name;
  const type = c.str('event');
  const end = c.s.now + seconds * 1000;
  const wanted = (e: DomainEvent) =>
    e.host === host && (only === undefined || e.domain === only) && (type === undefined || typeOf(e) === type);
  let count = 0;
  // The next change a guest makes by itself, until the timeout: one answer may lead to another (QEMU's end).
  for (let last = -Infinity; last < end; ) {
    const next = c
      .host()
      .domains.flatMap((d) => nextGuestChange(d) ?? [])
      .filter((t) => t > last && t <= end);
    last = next.length ? Math.min(...next) : end;
    const moved = advanceJobs(c.s.world, Math.max(last, c.s.now));
    c.s.world = moved.world;
    for (const e of moved.events.filter(wanted)) {
      if (count > 0 && !c.has('loop')) break;
      c.print(`${c.has('timestamp') ? stamp(e.time) : ''}${line(e)}`);
      count++;
    }
    if (count > 0 && !c.has('loop')) return count;
  }
  return count;
}
