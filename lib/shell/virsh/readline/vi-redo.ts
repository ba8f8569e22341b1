import { nextChar, prevChar } from './mbchar';
import type { Keys, LineEditor } from './editor';
import type { Command } from './vi-operator';

/**
 * rl_vi_redo (.): the last text-changing command again, with its count unless one is typed. An
 * insertion (i a I A, and R) puts the text it typed in again, without entering insert mode, the
 * cursor on its last character; other commands run again with their motion, r with its character,
 * c with what it typed. Before any such command on the first line, `.` inserts (the default `i`).
 */
export function* viRedo(ed: LineEditor, count: number, explicit: boolean, command: Command): Keys<void> {
  const { buf } = ed;
  const { vi } = ed.rl;
  const n = explicit ? count : vi.lastCount;
  const text = vi.insertText;
  const k = vi.lastCommand;
  vi.redoing = true;
  try {
    if ('iIaAR'.includes(k) && text) {
      if (k === 'I') buf.point = 0;
      else if (k === 'A') buf.point = buf.text.length;
      else if (k === 'a' && buf.point < buf.text.length) buf.point = nextChar(buf.text, buf.point, ed.rl.mb);
      buf.beginGroup();
      for (let i = n; i > 0; i--) {
        if (k === 'R') {
          // _rl_replace_text: the same number of characters overwritten.
          buf.delete(buf.point, Math.min(buf.point + text.length, buf.text.length));
        }
        buf.insert(text);
      }
      buf.endGroup();
      if (buf.point > 0) buf.point = prevChar(buf.text, buf.point, ed.rl.mb);
    } else yield* command(ed, k, n, explicit);
  } finally {
    vi.redoing = false;
  }
}
