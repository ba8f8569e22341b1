import { nextChar } from './mbchar';
import type { Keys, LineEditor } from './editor';
import { viMove } from './vi-find';
import { startInserting } from './vi-mode';
import { isMotion } from './vi-state';

/** vi-command.ts's dispatcher, which a key after an operator's count runs through. */
export type Command = (ed: LineEditor, c: string, count: number, explicit: boolean) => Keys<void>;

/**
 * d, c and y with a motion (rl_vi_delete_to, rl_vi_change_to, rl_vi_yank_to and rl_vi_domove in
 * readline 8.2): the motion runs on the line with a blank appended, so that it can reach the end;
 * the text between the start and where it stopped is killed (one character further for motions
 * that include it), y putting it back at once. dd cc yy take the whole line, D C Y to its end,
 * cw changes to the end of the word; c then inserts. A key that is no motion does nothing; a
 * motion that does not move rings (c still inserts). `.` runs them again with the same motion.
 */
export function* operator(ed: LineEditor, key: string, count: number, command: Command): Keys<void> {
  const { buf } = ed;
  const { vi } = ed.rl;
  const op = key.toLowerCase();
  const start = buf.point;
  const end = buf.text.length;
  buf.mark = start;
  let r: number;
  if (key !== op) r = yield* domove(ed, key, '$', count, start, end);
  else if (vi.redoing && vi.lastMotion !== op) r = yield* domove(ed, key, vi.lastMotion, count, start, end);
  else if (vi.redoing) r = wholeLine(ed, key, start, end, count);
  else {
    let m = yield* ed.key();
    let afterCount = false;
    if (m !== undefined && /[1-9]/.test(m)) {
      // A count typed after the operator (d2w): shown as readline's argument, then multiplied in.
      let n = Number(m);
      ed.message(`(arg: ${n}) `);
      for (m = yield* ed.key(); m !== undefined && /[0-9]/.test(m); m = yield* ed.key()) {
        n = n * 10 + Number(m);
        ed.message(`(arg: ${n}) `);
      }
      ed.message(null);
      count *= n;
      afterCount = true;
    }
    if (m === undefined) r = -1;
    else if (isMotion(m)) r = yield* domove(ed, key, m, count, start, end);
    // readline 8.2 runs any key read after a count as the motion (d2x deletes, on the line as extended).
    else if (afterCount) r = yield* domove(ed, key, m, count, start, end, command);
    else if (m === op) {
      vi.lastMotion = m;
      r = wholeLine(ed, key, start, end, count);
    } else r = 1;
  }
  if (r < 0) ed.ding();
}

function wholeLine(ed: LineEditor, key: string, start: number, end: number, count: number): number {
  ed.buf.mark = end;
  ed.buf.point = 0;
  return apply(ed, key, start, end, count);
}

/**
 * rl_domove_motion_callback and _rl_vi_domove_motion_cleanup. The line goes back to its length
 * afterwards: a command that shortened it leaves a NUL there (shown ^@), as readline's buffer does.
 */
function* domove(
  ed: LineEditor,
  key: string,
  m: string,
  count: number,
  start: number,
  end: number,
  command?: Command,
): Keys<number> {
  const { buf } = ed;
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  ed.rl.vi.lastMotion = m;
  buf.text += ' ';
  if (command) yield* command(ed, m, count, true);
  else yield* viMove(ed, m, count);
  buf.text = buf.text.slice(0, end).padEnd(end, '\u0000');
  buf.point = Math.min(buf.point, end);
  if (buf.mark === buf.point) return key.toLowerCase() === 'c' && isMotion(m) ? apply(ed, key, start, end, count) : -1;
  const word = m === 'w' || m === 'W';
  if (word && buf.point < end && buf.point > buf.mark && !blank(buf.text[buf.point])) buf.point--;
  if (key === 'c' && word && buf.point >= buf.mark) {
    while (buf.point > buf.mark && blank(buf.text[buf.point])) buf.point--;
    if (buf.point === buf.mark) buf.point = Math.min(buf.point + 1, end);
    else if (buf.point < end - 1 && !blank(buf.text[buf.point])) buf.point++;
  }
  if (buf.mark < buf.point) [buf.point, buf.mark] = [buf.mark, buf.point];
  return apply(ed, key, start, end, count);
}

/** vi_delete_dispatch, vi_change_dispatch, vi_yank_dispatch: the point and the mark hold the text. */
function apply(ed: LineEditor, key: string, start: number, end: number, count: number): number {
  const { buf } = ed;
  const { vi } = ed.rl;
  const op = key.toLowerCase();
  const m = vi.lastMotion;
  // The motions that stop before the character they reach (c counts w W as such: cw is ce).
  const exclusive = { d: ' l|h^0bBFT`', c: ' l|hwW^0bBFT`', y: ' l|h^0%bBFT`' }[op] ?? '';
  // INCREMENT_POS: in a UTF-8 locale past the whole character.
  if (!exclusive.includes(m) && buf.point >= start && buf.mark < end)
    buf.mark = ed.rl.mb ? nextChar(buf.text, buf.mark, true, true) : buf.mark + 1;
  if (op === 'y') {
    buf.beginGroup();
    ed.killText(buf.point, buf.mark);
    buf.endGroup();
    buf.undoOnce(() => ed.ding());
    buf.point = Math.min(start, buf.text.length);
  } else if (op === 'd') ed.killText(buf.point, buf.mark);
  else {
    if ((m === 'w' || m === 'W') && buf.point < start) buf.point = start;
    if (vi.redoing) {
      // `.` after a change: the text it typed replaces the same stretch, without inserting.
      if (vi.insertText) buf.beginGroup();
      buf.delete(buf.point, buf.mark);
      buf.insert(vi.insertText);
      if (vi.insertText) buf.endGroup();
      return 0;
    }
    buf.beginGroup();
    ed.viGroups++;
    ed.killText(buf.point, buf.mark);
    if (key === 'c') ed.vi.doingInsert = true;
    startInserting(ed, key, count);
  }
  return 0;
}
