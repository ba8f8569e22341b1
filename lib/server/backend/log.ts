import type { ApiEvent, ApiTransition, Transcript } from '@/lib/api/contract';
import { errorEvent } from '@/lib/api/error-event';
import { transitionFor, type LifecycleAction } from '@/lib/sim/transitions';
import type { DomainState } from '@/lib/sim/types';

type Seen = { state: DomainState; reason: string };
const KEEP = 300;

/**
 * What the server remembers of a real host, in memory (libvirt keeps the rest): the commands it
 * ran (the console's scrollback), the state changes it saw and their lifecycle events. A daemon's
 * events come from `virsh event --all --loop`; the test driver has no stream a second process could
 * follow (its guests live in our virsh), so there events are what the server sees change: after
 * each command, and on each read of a domain.
 */
export class BackendLog {
  seq = 0;
  readonly journal: Transcript[] = [];
  readonly transitions: (ApiTransition & { host: string; domain: string })[] = [];
  readonly events: ApiEvent[] = [];
  private readonly states = new Map<string, Seen>();
  /** Hosts whose events come from `virsh event --all --loop` (lib/server/virsh/events.ts), not from what is seen. */
  readonly streamed = new Set<string>();

  /** An event line virsh printed for a streamed host. */
  streamedEvent(make: (id: string, time: number) => ApiEvent | null) {
    const e = make(`e${this.seq + 1}`, Date.now());
    if (!e) return;
    this.seq++;
    push(this.events, e);
  }

  record(t: Omit<Transcript, 'seq'>): Transcript {
    const transcript = { ...t, seq: ++this.seq };
    push(this.journal, transcript);
    if (t.status !== 0) push(this.events, errorEvent(transcript, transcript.domain ?? null));
    return transcript;
  }

  /** The domain's state as read now; a change since the last read is a transition (and its event). */
  observe(
    host: string,
    domain: string,
    now: Seen | null,
    cause: { action: LifecycleAction | null; command: string | null },
    time = Date.now(),
  ): { transition: ApiTransition | null; events: ApiEvent[] } {
    const key = `${host}\0${domain}`;
    const before = this.states.get(key);
    if (now) this.states.set(key, now);
    else this.states.delete(key);
    if (before && !now && cause.action)
      return { transition: null, events: this.event(host, domain, transitionFor(cause.action).event, time) };
    if (!before || !now || (before.state === now.state && before.reason === now.reason))
      return { transition: null, events: [] };
    const transition: ApiTransition = {
      seq: ++this.seq,
      time,
      action: cause.action,
      from: before,
      to: now,
      command: cause.command,
    };
    push(this.transitions, { ...transition, host, domain });
    const words = cause.action ? transitionFor(cause.action).event : lifecycleWords(now);
    // A guest that powers off by itself first reports VIR_DOMAIN_EVENT_SHUTDOWN_FINISHED.
    const finished = cause.action === 'shutdown' ? this.event(host, domain, ['Shutdown', 'Finished'], time) : [];
    return { transition, events: [...finished, ...this.event(host, domain, words, time)] };
  }

  private event(host: string, domain: string, words: readonly [string, string], time: number): ApiEvent[] {
    if (this.streamed.has(host)) return [];
    const event: ApiEvent = {
      id: `e${++this.seq}`,
      time,
      host,
      domain,
      type: 'lifecycle',
      event: words[0],
      detail: words[1],
      text: `event 'lifecycle' for domain '${domain}': ${words.join(' ')}`,
    };
    push(this.events, event);
    return [event];
  }

  lastTransition(host: string, domain: string): ApiTransition | null {
    const t = this.transitions.findLast((x) => x.host === host && x.domain === domain);
    if (!t) return null;
    const { host: _h, domain: _d, ...rest } = t;
    return rest;
  }
}

function push<T>(list: T[], item: T) {
  list.push(item);
  if (list.length > KEEP) list.splice(0, list.length - KEEP);
}

/** A change no command of ours made: the event libvirt would have sent, from the state it left. */
function lifecycleWords(to: Seen): readonly [string, string] {
  if (to.state === 'paused') return ['Suspended', 'Paused'];
  if (to.state === 'shut off') return ['Stopped', to.reason === 'destroyed' ? 'Destroyed' : 'Shutdown'];
  return to.reason === 'unpaused' ? ['Resumed', 'Unpaused'] : ['Started', 'Booted'];
}
