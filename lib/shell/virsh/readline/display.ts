import { utf8Length } from '../../table-cell';
import { charLength, charValue, charWidth, columns, nextChar, prevChar } from './mbchar';

/**
 * What readline's redisplay writes on a dumb 80-column terminal (TERM=dumb: no cursor addressing,
 * no insert/delete, no clear-to-end-of-line). The visible line is the prompt followed by the text;
 * the prompt changes while a numeric argument or an incremental search is shown.
 */
export const SCREEN_WIDTH = 80;

/**
 * How readline echoes a piped line that was only typed: typed-ahead characters are inserted
 * together and shown in one redisplay. Once the cursor would pass column 78 readline scrolls
 * horizontally, putting the cursor two thirds of the way across: a carriage return, `<` in place
 * of the first hidden character, then the tail. rl_redisplay counts that in the bytes of the line it
 * lays out — in a UTF-8 locale too, where `<` may take the place of a character's first byte — and
 * that layout wraps at the screen's width: a wide character that would cross the edge of each 80
 * columns is put after blanks to the edge (`_rl_wrapped_multicolumn`), which the scrolled tail keeps.
 */
export function readlineEcho(promptText: string, line: string, mb = false): string {
  const laid = mb ? wrapWide(promptText + line, promptText.length) : promptText + line;
  const cursor = laid.length;
  if (cursor <= SCREEN_WIDTH - 2) return `${promptText}${line}\n`;
  const lmargin = cursor - 2 * Math.floor(SCREEN_WIDTH / 3);
  return `${promptText}\r<${laid.slice(lmargin + 1)}\n`;
}

/** rl_redisplay's line in a UTF-8 locale: blanks before a wide character that would cross the screen's edge. */
function wrapWide(text: string, from: number): string {
  let out = text.slice(0, from);
  let lpos = from % SCREEN_WIDTH;
  for (let i = from; i < text.length; ) {
    const len = charLength(text, i, true);
    const width = len > 1 ? charWidth(charValue(text, i, true)) : 1;
    if (lpos + width > SCREEN_WIDTH) {
      out += ' '.repeat(SCREEN_WIDTH - lpos);
      lpos = 0;
    }
    out += text.slice(i, i + len);
    lpos = (lpos + width) % SCREEN_WIDTH;
    i += len;
  }
  return out;
}

/**
 * The line as rl_redisplay lays it out: a control character shows as `^X` (DEL as `^?`), a TAB as
 * blanks up to the next multiple of eight columns (counted from the margin, the prompt included, in
 * columns: a wide character takes two, a combining mark none); other bytes as they are (Debian's
 * inputrc: output-meta on). `col` is where the cursor goes.
 */
export function visibleLine(prompt: string, text: string, point: number, mb = false): { line: string; col: number } {
  let line = prompt;
  let col = point === 0 ? prompt.length : -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) {
      const at = mb ? columns(line, true) : line.length;
      line += ' '.repeat((at | 7) + 1 - at);
    } else if (c < 32 || c === 127) line += `^${String.fromCharCode(c ^ 0x40)}`;
    else line += text[i];
    if (i + 1 === point) col = line.length;
  }
  return { line, col: col < 0 ? line.length : col };
}

/** The terminal as readline last drew it: the visible line and the cursor's column. */
export class Screen {
  out = '';
  /** A UTF-8 locale: columns are counted by characters' widths, and the cursor moves as below. */
  mb = false;
  constructor(
    public shown: string,
    public cursor: number,
  ) {}

  /**
   * _rl_move_cursor_relative: backspaces, or a carriage return and the text up to the column when
   * that is shorter (CR_FASTER: column + 1 < distance back); forward, the text is written again.
   */
  private moveTo(col: number, data: string) {
    if (this.mb) return this.moveToMb(col, data);
    if (this.cursor === col) return;
    if (col === 0 || col + 1 < this.cursor - col) {
      this.out += '\r';
      this.cursor = 0;
    }
    this.out += this.cursor < col ? data.slice(this.cursor, col) : '\b'.repeat(this.cursor - col);
    this.cursor = col;
  }

  /**
   * _rl_move_cursor_relative with multibyte characters: `at` is a byte of `data`, the cursor a column.
   * Back: backspaces (or a carriage return first, as above); forward, readline cannot tell where the
   * cursor's column is in the bytes, so it returns to the margin and writes the line up to `at` again.
   */
  private moveToMb(at: number, data: string) {
    const col = columns(data.slice(0, at), true);
    if (this.cursor === col) return;
    if (col === 0 || col + 1 < this.cursor - col) {
      this.out += '\r';
      this.cursor = 0;
    }
    if (this.cursor < col) this.out += `\r${data.slice(0, at)}`;
    else this.out += '\b'.repeat(this.cursor - col);
    this.cursor = col;
  }

  /**
   * The first byte where `next` differs from `old`, on a character's start. update_line steps back over
   * a combining mark of U+0300–U+036F found there, so the base character is drawn again with it.
   */
  private firstChange(old: string, next: string): number {
    let i = 0;
    for (;;) {
      const a = old.slice(i, nextChar(old, i, this.mb, true));
      const b = next.slice(i, nextChar(next, i, this.mb, true));
      if (!a || a !== b) break;
      i += a.length;
    }
    const cp = this.mb && utf8Length(old, i) > 1 ? charValue(old, i, true) : 0;
    return cp >= 0x300 && cp <= 0x36f ? prevChar(old, i, true, true) : i;
  }

  /**
   * update_line without insert/delete capabilities: from the first change the rest of the new
   * line is written, what is left of the old one is blanked with spaces, then the cursor moves.
   */
  update(next: string, col: number) {
    const old = this.shown;
    if (old !== next) {
      const i = this.firstChange(old, next);
      this.moveTo(i, next);
      this.out += next.slice(i);
      const [was, now] = [columns(old, this.mb), columns(next, this.mb)];
      this.cursor = now;
      if (was > now) {
        this.out += ' '.repeat(was - now);
        this.cursor = was;
      }
      this.shown = next;
    }
    this.moveTo(col, next);
  }

  /** The whole line drawn again from the left margin (readline redraws it so after some failures). */
  redraw(next: string, col: number) {
    this.out += `\r${next}`;
    const [was, now] = [columns(this.shown, this.mb), columns(next, this.mb)];
    this.cursor = now;
    if (was > now) {
      this.out += ' '.repeat(was - now);
      this.cursor = was;
    }
    this.shown = next;
    this.moveTo(col, next);
  }
}
