import type { Transcript } from '@/lib/api/contract';
import { runConsoleLine } from '@/lib/shell/console';
import type { DomainEvent } from '@/lib/sim/types';
import { remember } from './history';
import { lessonStore } from './lessons';
import type { Lab } from './store';
import { diffTransitions, type StoredTransition } from './transitions-log';

export interface LineRequest {
  host: string;
  line: string;
  cwd?: string;
  now: number;
  source: Transcript['source'];
  domain?: string;
  /** Start long jobs and return (the API's migrate): see ConsoleInput.background. */
  background?: boolean;
}
export interface LineOutcome {
  lab: Lab;
  transcript: Transcript;
  transitions: StoredTransition[];
  events: DomainEvent[];
}

/**
 * Runs a line exactly as the console does (lib/shell/console.ts) and records it: the transcript
 * for the console's scrollback, the lifecycle transitions for the state diagram.
 */
export function runLine(lab: Lab, req: LineRequest): LineOutcome {
  const before = lab.world;
  const r = runConsoleLine({
    world: before,
    host: req.host,
    line: req.line,
    now: req.now,
    cwd: req.cwd,
    background: req.background,
  });
  const events = r.world.events.filter((e) => e.seq > before.eventSeq);
  const transcript: Transcript = {
    seq: lab.seq + 1,
    time: req.now,
    host: req.host,
    cwd: r.cwd,
    line: req.line,
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status,
    source: req.source,
    ...(req.domain !== undefined ? { domain: req.domain } : {}),
    ...(r.at ? { at: r.at } : {}),
    ...(r.attached ? { attached: r.attached } : {}),
  };
  const transitions = diffTransitions(before, r.world, events, req.line, req.now, transcript.seq, req.host);
  const seq = transitions.length ? transitions[transitions.length - 1].seq : transcript.seq;
  return {
    lab: {
      world: r.world,
      journal: [...lab.journal, transcript],
      transitions: [...lab.transitions, ...transitions],
      seq,
      history: remember(
        lab,
        { seq: transcript.seq, line: req.line, host: req.host, now: req.now },
        lessonStore().current(),
      ),
    },
    transcript,
    transitions,
    events,
  };
}

const CODES: [string, string][] = [
  ['Requested operation is not valid', 'OPERATION_INVALID'],
  ['internal error', 'INTERNAL_ERROR'],
  ['invalid argument', 'INVALID_ARG'],
  ['operation failed', 'OPERATION_FAILED'],
  ['Operation not supported', 'OPERATION_UNSUPPORTED'],
  ['unsupported configuration', 'CONFIG_UNSUPPORTED'],
  ['Domain not found', 'NO_DOMAIN'],
  ['this function is not supported', 'NO_SUPPORT'],
  ['Timed out', 'OPERATION_TIMEOUT'],
  ['XML error', 'XML_ERROR'],
  ['argument unsupported', 'ARGUMENT_UNSUPPORTED'],
  ['Cannot recv data', 'SYSTEM_ERROR'],
];

/** libvirt's message is virsh's last "error: " line; its prefix names the virErrorNumber. */
export function failureOf(t: Transcript): { code: string; message: string } {
  const lines = t.stderr
    .split('\n')
    .filter((l) => l.startsWith('error: '))
    .map((l) => l.slice(7));
  // xm words a refusal "Error: <xend's fault>" (docs/decisions/004-xm-xl.md); it has no virErrorNumber.
  const xend = t.stderr
    .split('\n')
    .filter((l) => l.startsWith('Error: '))
    .map((l) => l.slice(7));
  if (lines.length === 0 && xend.length > 0) return { code: 'XEND_ERROR', message: xend[xend.length - 1] };
  const message = lines[lines.length - 1] ?? (t.stderr.trim() || `exit status ${t.status}`);
  return { code: CODES.find(([p]) => message.startsWith(p))?.[1] ?? 'VIRSH', message };
}
