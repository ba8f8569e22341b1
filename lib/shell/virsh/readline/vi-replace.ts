import type { LineEditor } from './editor';
import { killBackToStart, yank } from './edits';
import { startInserting } from './vi-mode';
import { unixWordRubout } from './vi-motion';

/**
 * R (rl_vi_replace): each key typed overwrites the character under the cursor (past the end it
 * is added); Backspace gives the overwritten character back, one by one, and rings once there is
 * none; ^U ^W ^Y work as in insert mode, counted. ESC ends it; `.` overwrites the same text again.
 */
export function replaceMode(ed: LineEditor) {
  ed.vi.replaced = 0;
  startInserting(ed, 'R', 1);
}

/** A key in replace mode; false when insert mode's own binding runs it (the other control keys). */
export function replaceKey(ed: LineEditor, c: string): boolean {
  const { buf } = ed;
  const before = buf.text.length;
  if (c === '\u007f' || c === '\b') overstrikeDelete(ed);
  else if (c >= ' ') overstrike(ed, c);
  else if (c === '\u0015') killBackToStart(ed);
  else if (c === '\u0017') unixWordRubout(ed, 1);
  else if (c === '\u0019') ed.lastFunc = yank(ed) ?? '';
  else return false;
  if (c < ' ' && c !== '\b') ed.vi.replaced = (ed.vi.replaced ?? 0) + buf.text.length - before;
  return true;
}

/** rl_vi_overstrike and _rl_overwrite_char: one undo group per character. */
function overstrike(ed: LineEditor, c: string) {
  const { buf } = ed;
  if (!ed.vi.doingInsert) {
    ed.vi.doingInsert = true;
    buf.beginGroup();
    ed.viGroups++;
  }
  buf.beginGroup();
  buf.insert(c);
  if (buf.point < buf.text.length) buf.delete(buf.point, buf.point + 1);
  buf.endGroup();
  ed.vi.replaced = (ed.vi.replaced ?? 0) + 1;
}

/** rl_vi_overstrike_delete */
function overstrikeDelete(ed: LineEditor) {
  const { buf } = ed;
  const line = ed.vi;
  if (!line.replaced) ed.ding();
  else {
    const s = buf.point;
    if (buf.undoOnce(() => ed.ding())) line.replaced--;
    if (buf.point === s && buf.point > 0) buf.point--;
    else if (buf.point === s) ed.ding();
  }
  if (line.replaced === 0 && line.doingInsert) {
    buf.endGroup();
    ed.viGroups--;
    buf.undoOnce(() => ed.ding());
    line.doingInsert = false;
  }
}
