import type { Session, Streams } from '../session';
import { runVirshLine } from './run';

const BANNER =
  "Welcome to virsh, the virtualization interactive terminal.\n\nType:  'help' for help with commands\n       'quit' to quit\n\n";

/** VIRSH_PROMPT_RW / VIRSH_PROMPT_RO: a read-only connection gets `>`. */
const prompt = (s: Session) => (s.readonly ? 'virsh > ' : 'virsh # ');

/**
 * How readline echoes a piped line on a dumb 80-column terminal: typed-ahead characters are
 * inserted together and shown in one redisplay. Once the cursor would pass column 78 readline
 * scrolls horizontally, putting the cursor two thirds of the way across: a carriage return, `<`
 * in place of the first hidden character, then the tail.
 */
export function readlineEcho(promptText: string, line: string): string {
  const screenWidth = 80;
  const cursor = promptText.length + line.length;
  if (cursor <= screenWidth - 2) return `${promptText}${line}\n`;
  const lmargin = cursor - 2 * Math.floor(screenWidth / 3);
  return `${promptText}\r<${(promptText + line).slice(lmargin + 1)}\n`;
}

/**
 * virsh's interactive mode reading a stdin that is not a terminal: the banner (not with -q),
 * then for each line the prompt and the line echoed back, its output, and at end of input a
 * last prompt and a newline. `quit`/`exit` end it (with a newline); the status is always 0.
 */
export function runInteractive(s: Session, io: Streams, stdin: string): number {
  beginInteractive(s, io);
  const lines = stdin === '' ? [] : stdin.split('\n');
  if (stdin.endsWith('\n')) lines.pop();
  for (const line of lines) if (interactiveLine(s, io, line)) return 0;
  endInteractive(s, io);
  return 0;
}

/** The banner; the CLI then feeds lines one by one as they arrive (a stream, not a file read whole). */
export function beginInteractive(s: Session, io: Streams) {
  s.interactive = true;
  if (!s.quiet) io.print(BANNER);
}

/** One line of input: echoed after the prompt, then run. True when it was `quit`/`exit`. */
export function interactiveLine(s: Session, io: Streams, line: string): boolean {
  io.print(readlineEcho(prompt(s), line));
  const r = runVirshLine(s, line);
  io.out += r.stdout;
  io.err += r.stderr;
  if (r.quit) io.print('\n');
  return r.quit;
}

/** End of input: the last prompt, answered by nothing. */
export function endInteractive(s: Session, io: Streams) {
  io.print(`${prompt(s)}\n`);
}
