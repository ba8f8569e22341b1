import type { Session, Streams } from '../session';
import { virshCompleter } from './completer';
import { editLine } from './readline';
import { runVirshLine } from './run';

const BANNER =
  "Welcome to virsh, the virtualization interactive terminal.\n\nType:  'help' for help with commands\n       'quit' to quit\n\n";

/** VIRSH_PROMPT_RW / VIRSH_PROMPT_RO: a read-only connection gets `>`. */
const prompt = (s: Session) => (s.readonly ? 'virsh > ' : 'virsh # ');

/**
 * virsh's interactive mode reading a stdin that is not a terminal: the banner (not with -q),
 * then for each line the prompt and the line echoed back, its output, and at end of input a
 * last prompt and a newline. `quit`/`exit` end it (with a newline); the status is always 0.
 */
export function runInteractive(s: Session, io: Streams, stdin: string): number {
  beginInteractive(s, io);
  // readline accepts a line on LF and on CR alike.
  const lines = stdin === '' ? [] : stdin.split(/\r|\n/);
  if (/[\r\n]$/.test(stdin)) lines.pop();
  for (const line of lines) if (interactiveLine(s, io, line)) return 0;
  endInteractive(s, io);
  return 0;
}

/** The banner; the CLI then feeds lines one by one as they arrive (a stream, not a file read whole). */
export function beginInteractive(s: Session, io: Streams) {
  s.interactive = true;
  if (!s.quiet) io.print(BANNER);
}

/**
 * One line of input as readline edits it: the keys' echo after the prompt, then the line run.
 * True when it was `quit`/`exit`, or ^D on an empty line (the end of input).
 */
export function interactiveLine(s: Session, io: Streams, keys: string): boolean {
  const edited = editLine(prompt(s), keys, virshCompleter(s));
  io.print(edited.echo);
  io.err += '\u0007'.repeat(edited.bells);
  if (edited.eof) {
    io.print('\n');
    return true;
  }
  const r = runVirshLine(s, edited.line);
  io.out += r.stdout;
  io.err += r.stderr;
  if (r.quit) io.print('\n');
  return r.quit;
}

/** End of input: the last prompt, answered by nothing. */
export function endInteractive(s: Session, io: Streams) {
  io.print(`${prompt(s)}\n`);
}
