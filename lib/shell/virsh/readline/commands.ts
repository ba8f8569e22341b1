import { type Keys, type LineEditor, selfInserts } from './editor';
import { nextHistory, previousHistory, toHistoryEnd } from './history-keys';
import { isearch } from './isearch';
import { changeCase, transposeChars, transposeWords } from './transpose';

/** How a command was called: the numeric argument, and whether one was given (rl_explicit_arg). */
interface Arg {
  count: number;
  explicit: boolean;
}
const ONE: Arg = { count: 1, explicit: false };

/** Runs the command a key is bound to in readline's emacs keymap. */
export function* dispatch(ed: LineEditor, c: string, arg: Arg = ONE): Keys<void> {
  if (selfInserts(c)) return selfInsert(ed, c, arg.count);
  if (c === '\u001b') return yield* meta(ed, arg);
  const name = control(ed, c, arg);
  if (name === 'search') yield* isearch(ed, c === '\u0012' ? -1 : 1);
  ed.lastFunc = name ?? '';
}

/** rl_insert: the key `count` times, then the typed-ahead keys that also insert themselves. */
function selfInsert(ed: LineEditor, c: string, count: number) {
  ed.lastFunc = 'insert';
  if (count <= 0) return;
  if (count > 1) ed.buf.insert(c.repeat(count));
  else ed.buf.type(c);
  const { rl } = ed;
  if (rl.pushed.length) return;
  let end = rl.pos;
  while (end < rl.input.length && selfInserts(rl.input[end])) end++;
  if (end > rl.pos) ed.buf.type(rl.input.slice(rl.pos, end));
  rl.pos = end;
}

/** The control keys; the name of the command run (yank-pop and search look at it). */
function control(ed: LineEditor, c: string, { count, explicit }: Arg): string | undefined {
  const { buf } = ed;
  const { text, point } = buf;
  switch (c) {
    case '\u0001':
      buf.point = 0;
      return;
    case '\u0005':
      buf.point = text.length;
      return;
    case '\u0002':
      return moveBy(ed, -count);
    case '\u0006':
      return moveBy(ed, count);
    case '\u0004':
      return deleteChars(ed, count, explicit);
    case '\b':
    case '\u007f':
      return deleteChars(ed, -count, explicit);
    case '\u0007':
      ed.ding();
      return;
    case '\t':
      return completeWord(ed);
    case '\n':
    case '\r':
      ed.done = true;
      return;
    case '\u000b':
      if (count < 0) return killBackToStart(ed);
      if (point !== text.length) ed.killText(point, text.length);
      buf.point = point;
      return;
    case '\u000c':
      // clear-screen on a terminal that cannot clear: a new line, then the prompt and line again.
      ed.screen.out += '\n';
      ed.screen.shown = '';
      ed.screen.cursor = 0;
      return;
    case '\u000e':
      return nextHistory(ed, count);
    case '\u0010':
      return previousHistory(ed, count);
    case '\u0012':
    case '\u0013':
      return 'search';
    case '\u0014':
      return transposeChars(ed, count);
    case '\u0015':
      return killBackToStart(ed);
    case '\u0017':
      if (point === 0) ed.ding();
      else {
        let p = point;
        for (let n = Math.max(count, 1); n > 0; n--) p = ed.blankWordStart(p);
        ed.killText(point, p);
        buf.point = p;
      }
      return;
    case '\u0019':
      return yank(ed);
    case '\u001f':
      return undo(ed, count);
    case '\u0000':
      return; // set-mark: no region is ever used here
    default:
      // Keys not modelled (quoted insert, ^X prefixes, ^O, ^]…) are inserted as they are.
      selfInsert(ed, c, count);
      return 'insert';
  }
}

function moveBy(ed: LineEditor, n: number): undefined {
  const { buf } = ed;
  const to = buf.point + n;
  if (to < 0 || to > buf.text.length) ed.ding();
  buf.point = Math.max(0, Math.min(to, buf.text.length));
  return;
}

/** rl_delete / rl_rubout: one character, or with an argument the characters killed. */
function deleteChars(ed: LineEditor, n: number, explicit: boolean): undefined {
  const { buf } = ed;
  const from = buf.point;
  if (n > 0 ? from === buf.text.length : from === 0) {
    ed.ding();
    return;
  }
  if (Math.abs(n) > 1 || explicit) {
    moveBy(ed, n);
    ed.killText(from, buf.point);
    buf.point = Math.min(from, buf.point);
  } else if (n > 0) buf.delete(from, from + 1);
  else {
    buf.delete(from - 1, from);
    buf.point = from - 1;
  }
  return;
}

/** unix-line-discard (and kill-line backwards). */
function killBackToStart(ed: LineEditor): undefined {
  if (ed.buf.point === 0) ed.ding();
  else {
    ed.killText(ed.buf.point, 0);
    ed.buf.point = 0;
  }
  return;
}

function completeWord(ed: LineEditor): undefined {
  const { buf } = ed;
  if (!ed.complete) {
    buf.insert('\t');
    return;
  }
  const before = buf.text.slice(0, buf.point);
  const { text, ambiguous } = ed.complete(before);
  if (text !== before) {
    buf.delete(0, buf.point);
    buf.point = 0;
    buf.insert(text);
  }
  if (ambiguous || text === before) ed.ding();
  return;
}

function yank(ed: LineEditor): string | undefined {
  const text = ed.rl.kills.current;
  if (text === undefined) {
    ed.ding();
    return;
  }
  ed.buf.insert(text);
  return 'yank';
}

/** rl_yank_pop: the text just yanked replaced by the kill before it. */
function yankPop(ed: LineEditor): string | undefined {
  const { buf, rl } = ed;
  const text = rl.kills.current;
  const at = buf.point - (text?.length ?? 0);
  if (ed.lastFunc !== 'yank' || text === undefined || at < 0 || buf.text.slice(at, buf.point) !== text) {
    ed.ding();
    return;
  }
  buf.delete(at, buf.point);
  buf.point = at;
  rl.kills.rotate();
  return yank(ed);
}

function undo(ed: LineEditor, count: number): undefined {
  for (let n = count; n > 0; n--)
    if (!ed.buf.undoOnce(() => ed.ding())) {
      ed.ding();
      break;
    }
  return;
}

/** ESC and the key after it: meta commands, arrows, or a numeric argument's digits. */
function* meta(ed: LineEditor, arg: Arg): Keys<void> {
  const k = yield* ed.key();
  if (k === undefined) return;
  if (/[0-9-]/.test(k) && !arg.explicit) return yield* digitArgument(ed, k);
  const { buf } = ed;
  const { count } = arg;
  let name: string | undefined;
  if (k === '[' || k === 'O') name = yield* arrow(ed, count);
  else if (k === 'b') ed.backwardWord(count);
  else if (k === 'f') ed.forwardWord(count);
  else if (k === 'd' || k === '\u007f' || k === '\b') {
    const from = buf.point;
    if ((k === 'd') === count >= 0) ed.forwardWord(Math.abs(count));
    else ed.backwardWord(Math.abs(count));
    if (buf.point !== from) ed.killText(from, buf.point);
    buf.point = Math.min(from, buf.point);
  } else if (k === 't') transposeWords(ed, count);
  else if (k === 'u' || k === 'l' || k === 'c') changeCase(ed, count, k);
  else if (k === 'y') name = yankPop(ed);
  else if (k === '<') previousHistory(ed, ed.rl.history.offset + 1);
  else if (k === '>') toHistoryEnd(ed);
  else ed.ding();
  ed.lastFunc = name ?? '';
}

/** The arrows' `ESC [ X` / `ESC O X`: history up and down, cursor left and right, home, end. */
function* arrow(ed: LineEditor, count: number): Keys<string | undefined> {
  const k = yield* ed.key();
  const { buf } = ed;
  if (k === 'A') previousHistory(ed, count);
  else if (k === 'B') nextHistory(ed, count);
  else if (k === 'C') moveBy(ed, count);
  else if (k === 'D') moveBy(ed, -count);
  else if (k === 'H') buf.point = 0;
  else if (k === 'F') buf.point = buf.text.length;
  else ed.ding();
  return;
}

/**
 * rl_digit_loop: `(arg: N) ` in place of the prompt while digits (or a leading `-`) are read,
 * then the next key runs with the argument.
 */
function* digitArgument(ed: LineEditor, first: string): Keys<void> {
  let value = 1;
  let sign = 1;
  let explicit = false;
  let sawMinus = false;
  let c: string | undefined = first;
  for (;;) {
    ed.message(`(arg: ${sign * value}) `);
    if (c === undefined) c = yield* ed.key();
    if (c === undefined) return;
    if (/[0-9]/.test(c)) {
      value = explicit ? value * 10 + Number(c) : Number(c);
      explicit = true;
    } else if (c === '-' && !explicit) {
      value = 1;
      sign = -1;
      sawMinus = true;
    } else break;
    c = undefined;
  }
  if (sawMinus && value === 1) explicit = true;
  ed.message(null);
  yield* dispatch(ed, c, { count: sign * value, explicit });
}
