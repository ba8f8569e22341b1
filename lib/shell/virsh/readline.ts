import { dispatch } from './readline/commands';
import { LineEditor } from './readline/editor';
import { type Completer, type LineResult, ReadlineState } from './readline/state';

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

  constructor(
    private prompt: () => string,
    private complete?: Completer,
  ) {}

  /** The lines `text` completes; with `end`, the input is over (an unfinished line is accepted). */
  *feed(text: string, end = false): Generator<LineResult> {
    const { state } = this;
    state.input = state.input.slice(state.pos) + text;
    state.pos = 0;
    if (end) state.ended = true;
    while (this.reader || state.available() || state.ended) {
      if (!this.reader) this.reader = new LineEditor(state, this.prompt(), this.complete).run(dispatch);
      const step = this.reader.next();
      if (!step.done) return;
      this.reader = null;
      yield step.value;
      if (step.value.eof) return;
    }
  }
}

/** One line's keys (without the accepting newline) applied by a fresh readline. */
export function editLine(prompt: string, keys: string, complete?: Completer): LineResult {
  const [first] = new Readline(() => prompt, complete).feed(keys, true);
  return first;
}
