import type { Session, Streams } from '../session';
import { virshCompleter } from './completer';
import { Readline } from './readline';
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
  virshReader(s, io).feed(stdin, true);
  return 0;
}

/** Interactive mode begins: the banner (not with -q); `cd` works only here. */
export function beginInteractive(s: Session, io: Streams) {
  s.interactive = true;
  if (!s.quiet) io.print(BANNER);
}

/** Called around each line the reader runs (the CLI stamps the time before, flushes after). */
export interface LineHooks {
  before?: () => void;
  after?: () => void;
}

/**
 * The banner, then a reader the input is fed to as it arrives (a stream, not a file read whole):
 * readline edits the keys, virsh adds each non-empty line to the history (vshReadline's caller)
 * and runs it. `feed` is true once virsh is done: quit/exit, ^D on an empty line, end of input.
 */
export function virshReader(s: Session, io: Streams, hooks: LineHooks = {}) {
  beginInteractive(s, io);
  // `$include FILE`: tilde-expanded (root's home on a lab host), relative to the working directory.
  const include = (file: string) => {
    const r = s.fs.read(s.fs.resolve(file.replace(/^~(?=\/|$)/, '/root')));
    return r.ok ? r.data : undefined;
  };
  const rl = new Readline(() => prompt(s), virshCompleter(s), s.inputrc, s.inputrcName, s.utf8, include);
  // readline reads its init file at the first line and says what it could not take (on stderr).
  io.err += rl.initErrors;
  return {
    feed(text: string, end = false): boolean {
      for (const edited of rl.feed(text, end)) {
        hooks.before?.();
        io.print(edited.echo);
        io.err += '\u0007'.repeat(edited.bells);
        if (edited.eof) {
          io.print('\n');
          hooks.after?.();
          return true;
        }
        if (edited.line !== '') rl.state.history.add(edited.line);
        const r = runVirshLine(s, edited.line);
        io.take(r);
        if (r.quit) io.print('\n');
        hooks.after?.();
        if (r.quit) return true;
      }
      return false;
    },
  };
}
