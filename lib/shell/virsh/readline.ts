/**
 * GNU readline reading a piped line in virsh's interactive mode (emacs keys, a dumb 80-column
 * terminal, the C locale): what the terminal shows while the keys are applied, the line it
 * accepts, the bells it rings on stderr, and ^D on an empty line as the end of input. Keys it
 * has no model for (history, searches, yank, undo, quoted insert…) are inserted as they are.
 */
export interface EditedLine {
  echo: string;
  line: string;
  bells: number;
  eof: boolean;
}
/** Tab: the text before the cursor completed, and whether more than one candidate fits. */
export type Completer = (before: string) => { text: string; ambiguous: boolean };

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

const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * readline's update_line on a terminal without insert/delete capabilities: from the first change
 * it rewrites the rest of the line (only the changed run when the length is the same), blanks
 * what is left of the old one, then walks the cursor back with backspaces.
 */
export function redisplay(old: string, cursor: number, next: string, point: number): string {
  let out = '';
  let at = cursor;
  const moveTo = (i: number) => {
    out += at > i ? '\b'.repeat(at - i) : next.slice(at, i);
    at = i;
  };
  if (old !== next) {
    let i = 0;
    while (i < old.length && i < next.length && old[i] === next[i]) i++;
    let end = next.length;
    if (old.length === next.length) while (end > i && old[end - 1] === next[end - 1]) end--;
    moveTo(i);
    out += next.slice(i, end);
    at = end;
    if (old.length > next.length) {
      out += ' '.repeat(old.length - next.length);
      at = old.length;
    }
  }
  moveTo(point);
  return out;
}

class Editor {
  buf = '';
  point = 0;
  shown = '';
  cursor = 0;
  echo = '';
  bells = 0;
  edited = false;
  constructor(readonly complete?: Completer) {}

  show() {
    this.echo += redisplay(this.shown, this.cursor, this.buf, this.point);
    this.shown = this.buf;
    this.cursor = this.point;
  }
  ding() {
    this.bells++;
  }
  set(buf: string, point: number) {
    this.edited = true;
    this.buf = buf;
    this.point = point;
  }
  kill(from: number, to: number) {
    this.set(this.buf.slice(0, from) + this.buf.slice(to), from);
  }
  wordLeft(): number {
    let i = this.point;
    while (i > 0 && !isWord(this.buf[i - 1])) i--;
    while (i > 0 && isWord(this.buf[i - 1])) i--;
    return i;
  }
  wordRight(): number {
    let i = this.point;
    while (i < this.buf.length && !isWord(this.buf[i])) i++;
    while (i < this.buf.length && isWord(this.buf[i])) i++;
    return i;
  }
  tab() {
    if (!this.complete) return this.insert('\t');
    const before = this.buf.slice(0, this.point);
    const { text, ambiguous } = this.complete(before);
    if (text !== before) this.set(text + this.buf.slice(this.point), text.length);
    if (ambiguous || text === before) this.ding();
  }
  insert(text: string) {
    if (this.point !== this.buf.length) this.edited = true;
    this.buf = this.buf.slice(0, this.point) + text + this.buf.slice(this.point);
    this.point += text.length;
  }
  /** One control key; false for ^D on an empty line. */
  key(c: string): boolean {
    const { buf, point } = this;
    switch (c) {
      case '\u0000':
        return true;
      case '\u0001':
        this.set(buf, 0);
        break;
      case '\u0005':
        this.set(buf, buf.length);
        break;
      case '\u0002':
        if (point === 0) this.ding();
        else this.set(buf, point - 1);
        break;
      case '\u0006':
        if (point === buf.length) this.ding();
        else this.set(buf, point + 1);
        break;
      case '\u0004':
        if (buf === '') return false;
        if (point === buf.length) this.ding();
        else this.kill(point, point + 1);
        break;
      case '\u0007':
        this.ding();
        break;
      case '\b':
      case '\u007f':
        if (point === 0) this.ding();
        else this.kill(point - 1, point);
        break;
      case '\t':
        this.tab();
        break;
      case '\u000b':
        this.kill(point, buf.length);
        break;
      case '\u000c':
        // clear-screen on a terminal that cannot clear: a new line, then the prompt and line again.
        this.edited = true;
        this.echo += `\n${this.prompt}${buf}${'\b'.repeat(buf.length - point)}`;
        this.shown = buf;
        this.cursor = point;
        return true;
      case '\u0014': {
        // transpose-chars: at the end of the line, the last two characters.
        if (buf.length < 2 || point === 0) this.ding();
        else {
          const p = point === buf.length ? point - 1 : point;
          this.set(buf.slice(0, p - 1) + buf[p] + buf[p - 1] + buf.slice(p + 1), p + 1);
        }
        break;
      }
      case '\u0015':
        this.kill(0, point);
        break;
      case '\u0017': {
        let i = point;
        while (i > 0 && /\s/.test(buf[i - 1])) i--;
        while (i > 0 && !/\s/.test(buf[i - 1])) i--;
        this.kill(i, point);
        break;
      }
      default:
        this.insert(c);
        return true;
    }
    this.show();
    return true;
  }
  prompt = '';
  /** ESC then a key: meta-b/f/d/DEL, or an arrow's `ESC [ X`. */
  meta(k: string | undefined, arrow: string | undefined) {
    if (arrow !== undefined) {
      if (arrow === 'C' && this.point < this.buf.length) this.set(this.buf, this.point + 1);
      else if (arrow === 'D' && this.point > 0) this.set(this.buf, this.point - 1);
      else if (arrow === 'H') this.set(this.buf, 0);
      else if (arrow === 'F') this.set(this.buf, this.buf.length);
      else this.ding();
    } else if (k === 'b') this.set(this.buf, this.wordLeft());
    else if (k === 'f') this.set(this.buf, this.wordRight());
    else if (k === 'd') this.kill(this.point, this.wordRight());
    else if (k === '\u007f' || k === '\b') this.kill(this.wordLeft(), this.point);
    else this.ding();
    this.show();
  }
}

/** Applies one line's keys (without the accepting newline) as readline does. */
export function editLine(prompt: string, keys: string, complete?: Completer): EditedLine {
  const e = new Editor(complete);
  e.prompt = prompt;
  e.echo = prompt;
  let i = 0;
  while (i < keys.length) {
    const c = keys[i++];
    if (c >= ' ' && c !== '\u007f') {
      // Typed-ahead characters are inserted together and shown in one redisplay (rl_insert).
      let run = c;
      while (i < keys.length && keys[i] >= ' ' && keys[i] !== '\u007f') run += keys[i++];
      e.insert(run);
      e.show();
      continue;
    }
    if (c === '\u001b') {
      const k = keys[i++];
      const arrow = k === '[' || k === 'O' ? keys[i++] : undefined;
      e.meta(k, arrow);
      continue;
    }
    if (!e.key(c)) return { echo: e.echo, line: '', bells: e.bells, eof: true };
  }
  // A line only typed (no editing key) scrolls as readline scrolls a long line; edits are not scrolled.
  const echo = e.edited ? `${e.echo}\n` : readlineEcho(prompt, e.buf);
  return { echo, line: e.buf, bells: e.bells, eof: false };
}
