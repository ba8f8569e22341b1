import type { Transcript } from '@/lib/api/contract';
import { runConsoleLine } from '@/lib/shell/console';
import { runsOf } from '@/lib/shell/output-order';
import type { ConsoleLang, VirshL10n } from '@/lib/shell/shell-env';
import type { DomainEvent, World } from '@/lib/sim/types';
import { remember } from './history';
import { lessonStore } from './lessons';
import { actionOfLine } from './line-action';
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
  /** The console's language (its shell's LANG) and, for Japanese, libvirt's catalogue. */
  lang?: ConsoleLang;
  l10n?: VirshL10n;
  /** The console's width (ConsoleInput.columns). */
  columns?: number;
}
export interface LineOutcome {
  lab: Lab;
  transcript: Transcript;
  transitions: StoredTransition[];
  events: DomainEvent[];
  /** The states the line passed through before its end (a lesson checks each). */
  between: World[];
}

/** The terminal's order of the two streams, stored only where it is not stdout, then stderr. */
const withOrder = (output: Parameters<typeof runsOf>[0]) => {
  const order = runsOf(output);
  return order ? { order } : {};
};

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
    lang: req.lang,
    l10n: req.l10n,
    columns: req.columns,
    history: lab.journal.filter((t) => t.source === 'console' && t.host === req.host).map((t) => t.line),
    // bash's `$?` at the start of the line: the last line typed at this host's console.
    lastStatus: lab.journal.findLast((t) => t.source === 'console' && t.host === req.host)?.status,
    // bash's hash table: this host's console session's, as its last line left it (beside the world).
    hashed: lab.journal.findLast((t) => t.source === 'console' && t.host === req.host && t.hashed)?.hashed,
  });
  const events = r.world.events.filter((e) => e.seq > before.eventSeq);
  const transcript: Transcript = {
    seq: lab.seq + 1,
    time: req.now,
    host: req.host,
    cwd: r.cwd,
    ...(r.cwd !== (req.cwd ?? '/root') ? { typedIn: req.cwd ?? '/root' } : {}),
    line: req.line,
    stdout: r.stdout,
    stderr: r.stderr,
    ...withOrder(r.output),
    status: r.status,
    source: req.source,
    ...(req.domain !== undefined ? { domain: req.domain } : {}),
    ...(r.at ? { at: r.at } : {}),
    ...(r.attached ? { attached: r.attached } : {}),
    ...(req.lang ? { lang: req.lang } : {}),
    ...(r.editing ? { editing: r.editing } : {}),
    ...(r.hashed && req.source === 'console' ? { hashed: r.hashed } : {}),
  };
  const transitions = diffTransitions(
    before,
    r.world,
    events,
    req.line,
    actionOfLine(req.line, req.cwd),
    req.now,
    transcript.seq,
    req.host,
  );
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
    between: r.between ?? [],
  };
}
