import { LineBuffer } from './buffer';
import { charValue, nextChar, prevChar } from './mbchar';
import { readlineEcho, Screen, visibleLine } from './display';
import type { HistoryEntry } from './history';
import { previousHistory } from './history-keys';
import type { Completer, LineResult, ReadlineState } from './state';
import { ViLineState } from './vi-state';

/** A key read, or undefined at the end of input. */
export type Keys<T = string | undefined> = Generator<void, T, void>;

/** rl_alphabetic in the C locale: letters and digits are a word's characters. */
export const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
/** glibc's iswalnum (Unicode's alphabetic characters and decimal digits). */
const ALNUM = /^[\p{Alphabetic}\p{Nd}]$/u;
/** _rl_walphabetic on the character at `p`: in a UTF-8 locale a whole character, iswalnum. */
export const wordCharAt = (t: string, p: number, mb: boolean) =>
  mb ? ALNUM.test(String.fromCodePoint(charValue(t, p, true))) : isWord(t[p]);
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
/** Keys bound to self-insert: printable ASCII and, with convert-meta off, every byte from 0x80. */
export const selfInserts = (c: string | undefined) => c !== undefined && c >= ' ' && c !== '\u007f';

/**
 * One call of readline(): the keys of one line applied as GNU readline 8.2 applies them in emacs
 * mode, each followed by a redisplay, until a newline accepts it or the input ends.
 */
export class LineEditor {
  readonly buf = new LineBuffer();
  readonly screen: Screen;
  /** The prompt on screen: virsh's, or readline's message while an argument or a search is read. */
  shownPrompt: string;
  bells = 0;
  done = false;
  /** rl_last_func: yank-pop works only after a yank. */
  lastFunc = '';
  /** _rl_last_command_was_kill: consecutive kills grow one slot of the kill ring. */
  killed = 0;
  /** _rl_saved_line_for_history: the line being typed, while the history is browsed. */
  savedLine: HistoryEntry | null = null;
  /** vi mode: in command mode (else inserting); command mode was entered on this line; open undo groups. */
  viCommand = false;
  viCommandOnce = false;
  viGroups = 0;
  readonly vi = new ViLineState();
  /** Where `=` (display_matches) lists the matches instead of the screen: the console shows them itself. */
  list: ((matches: string[]) => void) | null = null;

  constructor(
    readonly rl: ReadlineState,
    readonly prompt: string,
    readonly complete?: Completer,
  ) {
    this.shownPrompt = prompt;
    this.screen = new Screen(prompt, prompt.length);
    this.screen.out = prompt;
    this.screen.mb = rl.mb;
    this.buf.mb = rl.mb;
    this.buf.onUndoStep = (old, next) => rl.history.replaceData(old, next);
    rl.history.rewind();
    if (rl.operateNext !== undefined) {
      // set_saved_history, readline's startup hook after ^O.
      previousHistory(this, rl.history.offset - rl.operateNext);
      rl.operateNext = undefined;
      this.redisplay();
    }
  }

  *key(): Keys {
    return yield* this.rl.key();
  }
  ding() {
    if (!this.rl.bellNone) this.bells++;
  }
  redisplay() {
    const { line, col } = this.visible();
    this.screen.update(line, col);
  }
  /** The prompt shown and the text as the terminal draws them (`^A` for a control key quoted in). */
  visible() {
    return visibleLine(this.shownPrompt, this.buf.text, this.buf.point, this.rl.mb);
  }
  /** rl_message / rl_clear_message: another prompt, drawn at once. */
  message(text: string | null) {
    this.shownPrompt = text ?? this.prompt;
    this.redisplay();
  }

  /** readline_internal_charloop. */
  *run(dispatch: (ed: LineEditor, c: string) => Keys<void>): Keys<LineResult> {
    for (;;) {
      const c = yield* this.key();
      if (c === undefined) return this.finish(this.buf.text === '');
      // ^D on an empty line ends the input (even when the ^D before it emptied the line).
      if (c === '\u0004' && this.buf.text === '') return this.finish(true);
      const before = this.killed;
      yield* dispatch(this, c);
      if (this.done) return this.finish(false);
      if (this.killed === before) this.killed = 0;
      this.redisplay();
    }
  }

  /**
   * The accepted line (readline_internal_teardown): a history line edited and accepted is put
   * back as it was in the history; the accepted text is what virsh then adds at the end.
   */
  private finish(eof: boolean): LineResult {
    if (eof) return { echo: this.screen.out, line: '', bells: this.bells, eof: true };
    const entry = this.rl.history.current();
    const text = this.buf.text;
    if (entry && this.buf.undo) {
      while (this.buf.undo) this.buf.undoOnce(() => this.ding());
      entry.line = this.buf.text;
      entry.data = null;
    }
    const plain = this.screen.out === this.prompt + text;
    return {
      echo: plain ? readlineEcho(this.prompt, text, this.rl.mb) : `${this.screen.out}\n`,
      line: text,
      bells: this.bells,
      eof: false,
    };
  }

  /** rl_kill_text: the text leaves the line for the kill ring (appended when killed forwards). */
  killText(from: number, to: number) {
    if (from !== to) {
      const text = this.buf.delete(from, to);
      this.rl.kills.copy(text, from < to, this.killed > 0, this.rl.editingMode === 'vi');
    }
    this.killed++;
  }

  /**
   * rl_forward_word / rl_backward_word, by `count` words (negative: the other way). In a UTF-8 locale
   * they step by characters and test the whole character with iswalnum (_rl_walphabetic): é and 漢 are
   * a word's characters there, unlike vi's `w` `b` `e`, which test the byte.
   */
  forwardWord(count: number): void {
    if (count < 0) {
      this.backwardWord(-count);
      return;
    }
    const { text } = this.buf;
    const { mb } = this.rl;
    let p = this.buf.point;
    for (; count > 0 && p < text.length; count--) {
      while (p < text.length && !wordCharAt(text, p, mb)) p = nextChar(text, p, mb);
      while (p < text.length && wordCharAt(text, p, mb)) p = nextChar(text, p, mb);
    }
    this.buf.point = p;
  }
  backwardWord(count: number): void {
    if (count < 0) {
      this.forwardWord(-count);
      return;
    }
    const { text } = this.buf;
    const { mb } = this.rl;
    let p = this.buf.point;
    for (; count > 0 && p > 0; count--) {
      while (p > 0 && !wordCharAt(text, prevChar(text, p, mb), mb)) p = prevChar(text, p, mb);
      while (p > 0 && wordCharAt(text, prevChar(text, p, mb), mb)) p = prevChar(text, p, mb);
    }
    this.buf.point = p;
  }
  /** rl_unix_word_rubout's notion of a word: anything between blanks. */
  blankWordStart(p: number): number {
    const { text } = this.buf;
    while (p > 0 && isBlank(text[p - 1])) p--;
    while (p > 0 && !isBlank(text[p - 1])) p--;
    return p;
  }
}
