import { prevChar } from './mbchar';
import type { LineEditor } from './editor';
import { textModifying } from './vi-state';

/** Going between vi's insert and command modes (vi_mode.c), and what `.` keeps of an insertion. */

/** rl_vi_start_inserting: the insertion is one undo group, closed by ESC; `.` will do `key` again. */
export function startInserting(ed: LineEditor, key: string, count: number) {
  const { vi } = ed.rl;
  vi.lastCommand = key;
  vi.lastCount = count;
  ed.buf.beginGroup();
  ed.viGroups++;
  ed.viCommand = false;
  ed.vi.keyBeforeInsert = key;
}

/**
 * _rl_vi_done_inserting (ESC, and Enter in vi mode): the text the insertion typed is kept for `.`
 * — the newest insertion record, so only its last 20 characters when more were typed, as in
 * readline — R's from the characters it overwrote; the undo groups are closed.
 */
export function doneInserting(ed: LineEditor) {
  const { buf } = ed;
  const { vi } = ed.rl;
  const line = ed.vi;
  const top = buf.undo?.record;
  const saveInsert = () => {
    vi.insertText = top?.what === 'insert' ? buf.text.slice(top.start, top.end) : '';
  };
  if (line.doingInsert) {
    line.doingInsert = false;
    if (line.keyBeforeInsert === 'R') {
      const n = line.replaced ?? 0;
      vi.insertText = n > 0 ? buf.text.slice(Math.max(0, buf.point - n + 1), buf.point + 1) : '';
    } else saveInsert();
  } else if (buf.undo && 'iaIA'.includes(line.keyBeforeInsert)) saveInsert();
  line.replaced = null;
  while (ed.viGroups > 0) {
    buf.endGroup();
    ed.viGroups--;
  }
}

/** rl_vi_movement_mode */
export function toCommandMode(ed: LineEditor) {
  const { buf } = ed;
  if (buf.point > 0) buf.point = prevChar(buf.text, buf.point, ed.rl.mb);
  ed.viCommand = true;
  doneInserting(ed);
  // POSIX: what was typed before the first ESC on a line is not undone.
  if (!ed.viCommandOnce) {
    ed.rl.history.replaceData(buf.undo, null);
    buf.undo = null;
  }
  ed.viCommandOnce = true;
}

/** rl_vi_check: in command mode the cursor stays on a character. */
export function checkPoint(ed: LineEditor) {
  const { buf } = ed;
  if (buf.point > 0 && buf.point === buf.text.length) buf.point = prevChar(buf.text, buf.point, ed.rl.mb);
}

/** rl_newline in vi mode: the insertion is kept for `.`, which forgets a command it cannot repeat. */
export function acceptLine(ed: LineEditor) {
  doneInserting(ed);
  if (!textModifying(ed.rl.vi.lastCommand)) {
    ed.rl.vi.lastCommand = 'i';
    ed.rl.vi.lastCount = 1;
    ed.rl.vi.lastMotion = '';
  }
  ed.done = true;
}
