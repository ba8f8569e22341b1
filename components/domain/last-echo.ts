import type { ShellResult, Transcript } from '@/lib/api/contract';

/** A console line run while the page was open, as TanStack Query's mutation cache keeps it. */
export interface ConsoleRun {
  submittedAt: number;
  result: ShellResult | undefined;
}

/**
 * What the domain page's "Last command" shows: the newer of the last button's command and the last
 * console line on this host that acted on this domain (an event for it, or its name among the
 * line's words) since the page opened. Without the console's, a `virsh resume` typed after the
 * Suspend button left "suspended" under a badge that says running.
 */
export function lastEcho(
  button: Transcript | null,
  runs: readonly ConsoleRun[],
  domain: { host: string; name: string },
  since: number,
): Transcript | null {
  let latest = button;
  for (const run of runs) {
    const r = run.result;
    if (!r || run.submittedAt < since || r.transcript.host !== domain.host) continue;
    const words = r.transcript.line.split(/[\s;|&'"]+/);
    const touches = words.includes(domain.name) || r.events.some((e) => e.domain === domain.name);
    if (touches && (!latest || r.transcript.seq > latest.seq)) latest = r.transcript;
  }
  return latest;
}
