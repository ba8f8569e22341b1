import { dispatch } from './readline/commands';
import { readlineEcho } from './readline/display';
import { LineEditor } from './readline/editor';
import { readInitFile } from './readline/inputrc';
import { charLength } from './readline/mbchar';
import { type Completer, type LineResult, ReadlineState } from './readline/state';
import type { KeymapName } from './readline/inputrc';
import { viDispatch } from './readline/vi';

export type { Completer, LineResult } from './readline/state';

/**
 * GNU readline 8.2 reading virsh's piped standard input (emacs keys, a dumb 80-column terminal,
 * the C locale). The input is a stream of keys, not of lines: a search may span a newline (^J
 * ends it without accepting), and the history, the kill ring and the last search string outlive
 * each line. `feed` applies the keys as they arrive and yields each line readline returns; the
 * caller runs it before the next line starts (its prompt may differ).
 */
export class Readline {
  readonly state = new ReadlineState();
  private reader: Generator<void, LineResult, void> | null = null;
  /** What reading the init file printed on stderr (unknown variables, values it could not set). */
  readonly initErrors: string = '';

  constructor(
    private prompt: () => string,
    private complete?: Completer,
    /** The init file readline read ($INPUTRC, else ~/.inputrc); without one, Debian's /etc/inputrc. */
    inputrc?: string,
    /** Its name in readline's errors: $INPUTRC as given, else `~/.inputrc`. */
    inputrcName = '~/.inputrc',
    /** The locale's charset is UTF-8: the line is edited and drawn by characters (decision 062). */
    utf8 = false,
    /** A file an `$include` names, as the host has it (undefined: none). */
    include?: (file: string) => string | undefined,
  ) {
    this.state.mb = utf8;
    if (inputrc !== undefined) {
      const init = readInitFile(inputrc, inputrcName, include);
      for (const [map, bound] of Object.entries(init.keymaps))
        for (const [seq, binding] of bound) this.state.keymaps[map as KeymapName].set(seq, binding);
      // rl_read_init_file: a user's file is read instead of the system's, which it may `$include`.
      this.state.editingMode = init.mode;
      this.state.bellNone = init.bellNone;
      this.state.showAllIfAmbiguous = init.showAllIfAmbiguous;
      this.state.systemInputrc = init.systemInputrc;
      this.initErrors = init.errors;
    }
  }

  /** The lines `text` completes; with `end`, the input is over (an unfinished line is accepted). */
  *feed(text: string, end = false): Generator<LineResult> {
    const { state } = this;
    state.input = state.input.slice(state.pos) + text;
    state.pos = 0;
    if (end) state.ended = true;
    while (this.reader || state.available() || state.ended) {
      const plain =
        this.reader || state.pushed.length || state.operateNext !== undefined
          ? -1
          : plainLineEnd(state.input, state.pos, (c) => state.binds(c));
      if (plain >= 0) {
        // A line only typed: what the editor would do, without its machinery (a script streams fast).
        const line = state.input.slice(state.pos, plain);
        state.pos = plain + 1;
        // vi's `.` on a later line inserts what this one typed: its newest undo record (20 characters each).
        if (state.editingMode === 'vi' && line) state.vi.insertText = line.slice(lastInsertion(line, state.mb));
        yield { echo: readlineEcho(this.prompt(), line, state.mb), line, bells: 0, eof: false };
        continue;
      }
      if (!this.reader)
        // The editing mode can change on a line (vi's ^E, emacs's M-C-j), so each key asks.
        this.reader = new LineEditor(state, this.prompt(), this.complete).run((ed, c) =>
          state.editingMode === 'vi' ? viDispatch(ed, c) : dispatch(ed, c),
        );
      const step = this.reader.next();
      if (!step.done) return;
      this.reader = null;
      yield step.value;
      if (step.value.eof) return;
    }
  }
}

/**
 * Where the newest insertion record of a line typed in one go starts: every 20 bytes a new one, and in
 * a UTF-8 locale also at each multibyte character (rl_insert_text extends a record by one byte only).
 */
function lastInsertion(line: string, mb: boolean): number {
  if (!mb) return Math.floor((line.length - 1) / 20) * 20;
  let start = 0;
  for (let i = 0; i < line.length; ) {
    const n = charLength(line, i, true);
    if (n > 1 || i - start >= 20) start = i;
    i += n;
  }
  return start;
}

/** Where the line starting at `from` ends, when it holds only keys that insert themselves; else -1. */
function plainLineEnd(input: string, from: number, bound: (c: string) => boolean): number {
  for (let i = from; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    if (c < 32 || c === 127 || bound(input[i])) return -1;
  }
  return -1;
}

/** One line's keys (without the accepting newline) applied by a fresh readline. */
export function editLine(prompt: string, keys: string, complete?: Completer): LineResult {
  const [first] = new Readline(() => prompt, complete).feed(keys, true);
  return first;
}
