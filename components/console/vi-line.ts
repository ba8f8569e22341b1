import { LineEditor } from '@/lib/shell/virsh/readline/editor';
import { type Completer, ReadlineState } from '@/lib/shell/virsh/readline/state';
import { viDispatch } from '@/lib/shell/virsh/readline/vi';
import { toCommandMode } from '@/lib/shell/virsh/readline/vi-mode';

/** The line after a key in command mode: its text and point, and whether it is accepted or back to inserting. */
export interface ViStep {
  text: string;
  point: number;
  insert: boolean;
  /** R's replace mode: inserting, but each key still goes to readline (it overwrites). */
  replace: boolean;
  done: boolean;
  /** What readline shows in place of the prompt: a search's `/` or `?`, `(arg: 2) `, `(reverse-i-search)…`. */
  message: string | null;
  /** The matches `=` listed (the console shows them as Tab's), else null. */
  listed: string[] | null;
}

export { viPrompt } from './vi-prompt';

/** Text as the bytes of its UTF-8 encoding, one character each (readline's line buffer). */
const toBytes = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
/** readline's bytes back to the text the input shows. */
const fromBytes = (bytes: string) => new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));

/**
 * The console's line after `set -o vi`: bash edits it with readline's vi mode, the same port virsh's
 * stdin uses (lib/shell/virsh/readline/vi*.ts). The browser's input inserts; ESC hands the line to
 * the port, whose command mode then takes each key (a `d` or `c` waits for its motion) until a key
 * goes back to inserting or Enter accepts. Text typed before the first ESC is not undoable, what a
 * later insertion typed is one change (`u`), as in readline. The console's shell runs in a UTF-8
 * locale (LANG=en_US.UTF-8 or ja_JP.UTF-8), so readline holds the line as UTF-8 bytes and follows
 * its multibyte rules (mbutil.c): `~` turns é, `w` `b` `e` test the byte, `f` `r` read a whole character.
 */
export class ViLine {
  private readonly rl = new ReadlineState();
  private readonly ed: LineEditor;
  private pending: Generator<void, void, void> | null = null;
  private listed: string[] | null = null;

  /** `complete`: the console's Tab completion, for `*` (every match inserted), `=` (listed) and `\\`. */
  constructor(history: readonly string[], complete?: Completer) {
    for (const line of history) this.rl.history.add(toBytes(line));
    this.rl.editingMode = 'vi';
    this.rl.mb = true;
    const inBytes: Completer | undefined =
      complete &&
      ((before) => {
        const r = complete(fromBytes(before));
        return { ...r, text: toBytes(r.text), word: r.word && toBytes(r.word), matches: r.matches?.map(toBytes) };
      });
    this.ed = new LineEditor(this.rl, '', inBytes);
    this.ed.list = (matches) => {
      this.listed = matches.map(fromBytes);
    };
  }

  /** ESC at `point` of `text` as the input holds it: command mode, the cursor one character back. */
  escape(text: string, point: number): ViStep {
    const { buf } = this.ed;
    const bytes = toBytes(text);
    if (bytes !== buf.text) {
      // What the input inserted since the last command is one change, inside the insertion's group:
      // only the stretch that differs, so that `.` puts in again what was typed.
      const old = buf.text;
      let a = 0;
      while (a < old.length && a < bytes.length && old[a] === bytes[a]) a++;
      let b = 0;
      while (b < old.length - a && b < bytes.length - a && old[old.length - 1 - b] === bytes[bytes.length - 1 - b]) b++;
      buf.delete(a, old.length - b);
      buf.point = a;
      buf.insert(bytes.slice(a, bytes.length - b));
    }
    buf.point = toBytes(text.slice(0, Math.min(point, text.length))).length;
    toCommandMode(this.ed);
    return this.step();
  }

  /** One key (a character, `\r` for Enter, `\u001b` for ESC) in command mode, or in R's replace mode. */
  key(k: string): ViStep {
    if (!this.pending && !this.ed.viCommand && k === '\u001b') {
      // A terminal's ESC alone: command mode at once (readline waits for a key that could follow).
      toCommandMode(this.ed);
      return this.step();
    }
    // A character is its UTF-8 bytes: each is a key to readline (`f` or `r` read the rest of it).
    this.rl.input += toBytes(k);
    while (this.pending || this.rl.available()) {
      if (!this.pending) this.pending = viDispatch(this.ed, this.rl.input[this.rl.pos++]);
      if (!this.pending.next().done) break;
      this.pending = null;
    }
    return this.step();
  }

  private step(): ViStep {
    const { buf, viCommand, done, vi, shownPrompt } = this.ed;
    const replace = !viCommand && vi.replaced !== null;
    const { listed } = this;
    this.listed = null;
    return {
      text: fromBytes(buf.text),
      point: fromBytes(buf.text.slice(0, buf.point)).length,
      insert: !viCommand,
      replace,
      done,
      message: shownPrompt ? fromBytes(shownPrompt) : null,
      listed,
    };
  }
}
