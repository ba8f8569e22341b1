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
 * of the first hidden character, then the tail.
 */
export function readlineEcho(promptText: string, line: string): string {
  const cursor = promptText.length + line.length;
  if (cursor <= SCREEN_WIDTH - 2) return `${promptText}${line}\n`;
  const lmargin = cursor - 2 * Math.floor(SCREEN_WIDTH / 3);
  return `${promptText}\r<${(promptText + line).slice(lmargin + 1)}\n`;
}

/**
 * The line as rl_redisplay lays it out: a control character shows as `^X` (DEL as `^?`), a TAB as
 * blanks up to the next multiple of eight columns (counted from the margin, the prompt included);
 * other bytes as they are (Debian's inputrc: output-meta on). `col` is where the cursor goes.
 */
export function visibleLine(prompt: string, text: string, point: number): { line: string; col: number } {
  let line = prompt;
  let col = point === 0 ? prompt.length : -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) line += ' '.repeat((line.length | 7) + 1 - line.length);
    else if (c < 32 || c === 127) line += `^${String.fromCharCode(c ^ 0x40)}`;
    else line += text[i];
    if (i + 1 === point) col = line.length;
  }
  return { line, col: col < 0 ? line.length : col };
}

/** The terminal as readline last drew it: the visible line and the cursor's column. */
export class Screen {
  out = '';
  constructor(
    public shown: string,
    public cursor: number,
  ) {}

  /**
   * _rl_move_cursor_relative: backspaces, or a carriage return and the text up to the column when
   * that is shorter (CR_FASTER: column + 1 < distance back); forward, the text is written again.
   */
  private moveTo(col: number, data: string) {
    if (this.cursor === col) return;
    if (col === 0 || col + 1 < this.cursor - col) {
      this.out += '\r';
      this.cursor = 0;
    }
    this.out += this.cursor < col ? data.slice(this.cursor, col) : '\b'.repeat(this.cursor - col);
    this.cursor = col;
  }

  /**
   * update_line without insert/delete capabilities: from the first change the rest of the new
   * line is written, what is left of the old one is blanked with spaces, then the cursor moves.
   */
  update(next: string, col: number) {
    const old = this.shown;
    if (old !== next) {
      let i = 0;
      while (i < old.length && i < next.length && old[i] === next[i]) i++;
      this.moveTo(i, next);
      this.out += next.slice(i);
      this.cursor = next.length;
      if (old.length > next.length) {
        this.out += ' '.repeat(old.length - next.length);
        this.cursor = old.length;
      }
      this.shown = next;
    }
    this.moveTo(col, next);
  }

  /** The whole line drawn again from the left margin (readline redraws it so after some failures). */
  redraw(next: string, col: number) {
    this.out += `\r${next}`;
    this.cursor = next.length;
    if (this.shown.length > next.length) {
      this.out += ' '.repeat(this.shown.length - next.length);
      this.cursor = this.shown.length;
    }
    this.shown = next;
    this.moveTo(col, next);
  }
}
