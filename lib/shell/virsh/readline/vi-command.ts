import { digitArgument, quotedInsert } from './commands';
import type { Keys, LineEditor } from './editor';
import { moveBy, undo } from './edits';
import { nextHistory, previousHistory } from './history-keys';
import { isearch } from './isearch';
import { motion } from './vi-motion';
import { viSearch } from './vi-search';

/** vi mode's command keys (vi_mode.c, vi_keymap.c's movement keymap); insert mode is vi.ts. */

/** readline binds the arrows itself (bind_arrow_keys): history up and down, a character left or right. */
export function* arrow(ed: LineEditor): Keys<boolean> {
  const k = yield* ed.key();
  if (k === 'A') previousHistory(ed, 1);
  else if (k === 'B') nextHistory(ed, 1);
  else if (k === 'C') moveBy(ed, 1);
  else if (k === 'D') moveBy(ed, -1);
  else if (k === 'H') ed.buf.point = 0;
  else if (k === 'F') ed.buf.point = ed.buf.text.length;
  else {
    ed.ding();
    return true;
  }
  if (ed.viCommand) checkPoint(ed);
  return true;
}

/** rl_vi_movement_mode */
export function toCommandMode(ed: LineEditor) {
  const { buf } = ed;
  if (buf.point > 0) buf.point--;
  ed.viCommand = true;
  while (ed.viGroups > 0) {
    buf.endGroup();
    ed.viGroups--;
  }
  if (!ed.viCommandOnce) {
    ed.rl.history.replaceData(buf.undo, null);
    buf.undo = null;
  }
  ed.viCommandOnce = true;
}

/** rl_vi_start_inserting: the insertion is one undo group, closed by ESC. */
export function startInserting(ed: LineEditor) {
  ed.buf.beginGroup();
  ed.viGroups++;
  ed.viCommand = false;
}

/** rl_vi_check: in command mode the cursor stays on a character. */
export function checkPoint(ed: LineEditor) {
  if (ed.buf.point > 0 && ed.buf.point === ed.buf.text.length) ed.buf.point--;
}

/** k j and the like: a line fetched from the history is entered at its start. */
function history(ed: LineEditor, count: number) {
  const { history } = ed.rl;
  const [at, saved] = [history.offset, ed.savedLine];
  if (count < 0) nextHistory(ed, -count);
  else previousHistory(ed, count);
  if (history.offset !== at || ed.savedLine !== saved) ed.buf.point = 0;
}

/** One key in command mode, with its count (`explicit` when digits gave one). */
export function* command(ed: LineEditor, c: string, count: number, explicit: boolean): Keys<void> {
  const { buf } = ed;
  ed.lastFunc = '';
  if (/[1-9]/.test(c) && !explicit)
    return yield* digitArgument(ed, c, (k, arg) => command(ed, k, arg.count, arg.explicit));
  if (motion(ed, c, count)) return checkPoint(ed);
  switch (c) {
    case '\n':
    case '\r':
    case '\u0004':
      ed.done = true;
      return;
    case 'x':
    case 'X':
      deleteChar(ed, c === 'x' ? count : -count);
      return checkPoint(ed);
    case 'd':
    case 'c':
    case 'D':
    case 'C':
      yield* operator(ed, c, count);
      return ed.viCommand ? checkPoint(ed) : undefined;
    case 'i':
    case 'a':
    case 'I':
    case 'A':
      if (c === 'I') buf.point = 0;
      if (c === 'A') buf.point = buf.text.length;
      else if (c === 'a' && buf.point < buf.text.length) buf.point++;
      return startInserting(ed);
    case 'k':
    case '-':
    case '\u0010':
      return history(ed, count);
    case 'j':
    case '+':
    case '\u000e':
      return history(ed, -count);
    case 'u':
    case '\u001f':
      undo(ed, count);
      return checkPoint(ed);
    case '/':
    case '?':
    case 'n':
    case 'N':
      yield* viSearch(ed, c);
      return checkPoint(ed);
    case '\u0012':
    case '\u0013':
      yield* isearch(ed, c === '\u0012' ? -1 : 1);
      return checkPoint(ed);
    case '\u0016':
    case '\u0011':
      yield* quotedInsert(ed, count);
      return checkPoint(ed);
    case '\u001b': {
      // ESC in command mode starts a key sequence (the arrows); another key ends it, unread.
      const k = yield* ed.key();
      if (k === '[' || k === 'O') yield* arrow(ed);
      else if (k !== undefined) ed.rl.push(k);
      return;
    }
    default:
      return ed.ding();
  }
}

/** rl_vi_delete (x) and rl_vi_rubout (X): killed, so `p` could put them back. */
function deleteChar(ed: LineEditor, n: number) {
  const { buf } = ed;
  if (n > 0 ? buf.text.length === 0 : buf.point === 0) return ed.ding();
  const to = Math.max(0, Math.min(buf.point + n, buf.text.length));
  const from = buf.point;
  ed.killText(from, to);
  buf.point = Math.min(from, to);
  if (n > 0 && buf.point > 0 && buf.point === buf.text.length) buf.point--;
}

/**
 * d and c with a motion (rl_vi_domove): the motion runs on the line with a blank appended, so
 * that it can reach the end; the text between the start and where it stopped is killed (one
 * character further for motions that include it). dd and cc take the whole line, D and C to its
 * end, cw changes to the end of the word. c then inserts; an unknown motion does nothing.
 */
function* operator(ed: LineEditor, key: string, count: number): Keys<void> {
  const { buf } = ed;
  const start = buf.point;
  const end = buf.text.length;
  const change = key === 'c' || key === 'C';
  let m = key === 'D' || key === 'C' ? '$' : yield* ed.key();
  if (m === undefined) return ed.ding();
  if (/[1-9]/.test(m)) {
    // A count typed after the operator (d2w): shown as readline's argument, then multiplied in.
    let n = Number(m);
    ed.message(`(arg: ${n}) `);
    for (m = yield* ed.key(); m !== undefined && /[0-9]/.test(m); m = yield* ed.key()) {
      n = n * 10 + Number(m);
      ed.message(`(arg: ${n}) `);
    }
    ed.message(null);
    if (m === undefined) return ed.ding();
    count *= n;
  }
  buf.mark = start;
  if (m === key && (key === 'd' || key === 'c')) {
    buf.mark = end;
    buf.point = 0;
  } else {
    const valid = ' hl^$0wbeWBE'.includes(m);
    if (!valid) return;
    buf.text += ' ';
    motion(ed, m, count);
    buf.text = buf.text.slice(0, end);
    buf.point = Math.min(buf.point, end);
    if (buf.mark === buf.point && !(change && valid)) return ed.ding();
    const word = m === 'w' || m === 'W';
    if (word && buf.point < end && buf.point > buf.mark && buf.text[buf.point] !== ' ') buf.point--;
    if (key === 'c' && word && buf.point >= buf.mark) {
      while (buf.point > buf.mark && buf.text[buf.point] === ' ') buf.point--;
      if (buf.point === buf.mark || (buf.point < end - 1 && buf.text[buf.point] !== ' ')) buf.point++;
    }
    if (buf.mark < buf.point) [buf.point, buf.mark] = [buf.mark, buf.point];
    const exclusive = change ? ' l|hwW^0bBFT`' : ' l|h^0bBFT`';
    if (!exclusive.includes(m) && buf.point >= start && buf.mark < end) buf.mark++;
    if (change && word && buf.point < start) buf.point = start;
  }
  if (change) {
    buf.beginGroup();
    ed.viGroups++;
  }
  ed.killText(buf.point, buf.mark);
  buf.point = Math.min(buf.point, buf.text.length);
  if (change) startInserting(ed);
}
