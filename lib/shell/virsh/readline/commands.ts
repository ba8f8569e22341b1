import { startInserting } from './vi-mode';
import { type Keys, type LineEditor, selfInserts } from './editor';
import { completeWord, deleteChars, killBackToStart, moveBy, undo, yank, yankPop } from './edits';
import { nextHistory, previousHistory, toHistoryEnd } from './history-keys';
import { lookup, pushFront } from './bindings';
import { insertCompletions, listCompletions, tabComplete } from './completions';
import { isearch } from './isearch';
import { tildeExpand } from './tilde';
import { pasteSequence } from './paste';
import { charSearch } from './vi-find';
import { changeCase, transposeChars, transposeWords } from './transpose';

/** How a command was called: the numeric argument, and whether one was given (rl_explicit_arg). */
export interface Arg {
  count: number;
  explicit: boolean;
}
const ONE: Arg = { count: 1, explicit: false };

/** Runs the command a key is bound to in readline's emacs keymap. */
export function* dispatch(ed: LineEditor, c: string, arg: Arg = ONE): Keys<void> {
  const { rl } = ed;
  if (rl.binds(c)) {
    const bound = yield* lookup(rl, rl.keymap(), c);
    if (bound && 'macro' in bound) {
      pushFront(rl, bound.macro);
      return;
    }
    if (bound && bound.keys === null) return ed.ding();
    if (bound?.keys) {
      // The function runs as its default key would, with the argument given.
      pushFront(rl, bound.keys.slice(1));
      return yield* builtin(ed, bound.keys[0], arg);
    }
  }
  yield* builtin(ed, c, arg);
}

/** The command readline's emacs keymap binds `c` to, without the inputrc's bindings. */
export function* builtin(ed: LineEditor, c: string, arg: Arg): Keys<void> {
  if (selfInserts(c)) return selfInsert(ed, c, arg.count);
  if (c === '\u001b') return yield* meta(ed, arg);
  if (c === '\t') {
    ed.lastFunc = '';
    return yield* tabComplete(ed);
  }
  let name = control(ed, c, arg);
  if (name === 'search') yield* isearch(ed, c === '\u0012' ? -1 : 1);
  if (name === 'quoted-insert') yield* quotedInsert(ed, arg.count);
  if (name === 'character-search') yield* characterSearch(ed, arg.count, 1);
  if (name === 'ctlx') name = ctlx(ed, yield* ed.key(), arg.count);
  ed.lastFunc = name ?? '';
}

/** rl_insert: the key `count` times, then the typed-ahead keys that also insert themselves. */
export function selfInsert(ed: LineEditor, c: string, count: number) {
  ed.lastFunc = 'insert';
  if (count <= 0) return;
  if (count > 1) ed.buf.insert(c.repeat(count));
  else ed.buf.type(c);
  const { rl } = ed;
  if (rl.pushed.length) return;
  let end = rl.pos;
  while (end < rl.input.length && selfInserts(rl.input[end]) && !rl.binds(rl.input[end])) end++;
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
        buf.mark = p;
      }
      return;
    case '\u0019':
      return yank(ed);
    case '\u001f':
      return undo(ed, count);
    case '\u0000':
      buf.mark = point;
      return;
    case '\u0018':
      return 'ctlx';
    case '\u0011':
    case '\u0016':
      return 'quoted-insert';
    case '\u001d':
      return 'character-search';
    case '\u000f':
      // operate-and-get-next: accept the line; the next one starts with the history line after it
      // (or the count-th, counted from 1, with an argument).
      ed.rl.operateNext = explicit ? count - 1 : ed.rl.history.offset + 1;
      ed.done = true;
      return;
    default:
      // Unbound in emacs_standard_keymap (^C, ^Z, ^\, ^^): the bell.
      ed.ding();
      return;
  }
}

/**
 * rl_quoted_insert (^Q, ^V): the next key is inserted as it is, `count` times — a control key,
 * ESC, DEL or a newline too (shown `^A`, `^[`, `^?`, `^J`). A negative count quotes the next
 * -count keys, one each. At the end of the input nothing is inserted.
 */
export function* quotedInsert(ed: LineEditor, count: number): Keys<void> {
  for (let n = count < 0 ? -count : 1; n > 0; n--) {
    const k = yield* ed.key();
    if (k === undefined) return;
    if (count > 1) ed.buf.insert(k.repeat(count));
    else if (count !== 0) ed.buf.type(k);
  }
}

/** rl_char_search (^]) and rl_backward_char_search (M-^]): to the count-th next key read on the line. */
function* characterSearch(ed: LineEditor, count: number, dir: number): Keys<void> {
  const k = yield* ed.key();
  if (k === undefined || count === 0) return;
  charSearch(ed, Math.abs(count), count < 0 ? -dir : dir, k);
}

/** The ^X prefix: ^X^U undo, ^X DEL kill to the start, ^X^X exchange point and mark. */
function ctlx(ed: LineEditor, k: string | undefined, count: number): undefined {
  const { buf } = ed;
  if (k === '\u0015') undo(ed, count);
  else if (k === '\u007f') killBackToStart(ed);
  else if (k === '\u0018') {
    if (buf.mark > buf.text.length) ed.ding();
    else [buf.point, buf.mark] = [buf.mark, buf.point];
  } else if (k !== undefined) ed.ding();
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
  else if (k === '\u001b') yield* escEsc(ed);
  else if (k === '*') insertCompletions(ed);
  else if (k === '=' || k === '?') yield* listCompletions(ed);
  else if (k === '&') tildeExpand(ed);
  else if (k === '\u001d') yield* characterSearch(ed, count, -1);
  // M-C-j and M-C-m (rl_vi_editing_mode): vi mode from here on, inserting.
  else if (k === '\n' || k === '\r') {
    ed.rl.editingMode = 'vi';
    startInserting(ed, k, 1);
  } else ed.ding();
  ed.lastFunc = name ?? '';
}

/**
 * ESC ESC completes, unless Debian's /etc/inputrc binding `\e\e[C` / `\e\e[D` (forward-word,
 * backward-word) follows; a key that fits no binding runs after the completion.
 */
function* escEsc(ed: LineEditor): Keys<void> {
  const k = yield* ed.key();
  if (k === '[' && ed.rl.systemInputrc) {
    const k2 = yield* ed.key();
    if (k2 === 'C' || k2 === 'D') {
      if (k2 === 'C') ed.forwardWord(1);
      else ed.backwardWord(1);
      return;
    }
    completeWord(ed);
    ed.rl.pushed.push('[', ...(k2 === undefined ? [] : [k2]));
    return;
  }
  completeWord(ed);
  if (k !== undefined) ed.rl.push(k);
}

/**
 * `ESC [ …` and `ESC O X`: the arrows (history up and down, cursor left and right), home and end,
 * `\e[3~` (delete), `\e[1;5C` (a word right, D left), and Debian's /etc/inputrc's `\e[1~` `\e[4~`
 * (line start, end) and `\e[5C` `\e[5D`. A key no binding continues with rings the bell and is dropped.
 */
function* arrow(ed: LineEditor, count: number): Keys<string | undefined> {
  let k = yield* ed.key();
  const { buf } = ed;
  // Sequences that continue: readline's own `\e[1;5C` `\e[3~` `\e[200~` (bracketed paste), and /etc/inputrc's `\e[1~` `\e[4~` `\e[5C`. Without that file `\e[4` and `\e[5` end.
  const system = ed.rl.systemInputrc;
  if (k === '1' || k === '2' || k === '3' || (system && (k === '4' || k === '5'))) k += (yield* ed.key()) ?? '';
  if (k === '1;') k += `${(yield* ed.key()) ?? ''}${(yield* ed.key()) ?? ''}`;
  if (k === '20') yield* pasteSequence(ed);
  else if (k === '1~' && system) buf.point = 0;
  else if (k === '2~' && system) yield* quotedInsert(ed, count);
  else if (k === '4~') buf.point = buf.text.length;
  else if (k === '3~') deleteChars(ed, count, false);
  else if (k === '5C' || k === '1;5C') ed.forwardWord(count);
  else if (k === '5D' || k === '1;5D') ed.backwardWord(count);
  else if (k === 'A') previousHistory(ed, count);
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
export function* digitArgument(
  ed: LineEditor,
  first: string,
  then: (c: string, arg: Arg) => Keys<void> = (c, arg) => dispatch(ed, c, arg),
): Keys<void> {
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
  yield* then(c, { count: sign * value, explicit });
}
