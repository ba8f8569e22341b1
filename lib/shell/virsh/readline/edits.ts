import { nextChar, prevChar, stepChars } from './mbchar';
import type { LineEditor } from './editor';

/** The editing commands behind the keys (text.c, kill.c, undo.c), shared by the keymaps. */

/** rl_forward_byte / rl_backward_byte: past either end, the point stops there and the bell rings. */
export function moveBy(ed: LineEditor, n: number): undefined {
  const { buf } = ed;
  if (ed.rl.mb) {
    // By characters: as far as the line goes, the bell when it ends first.
    let p = buf.point;
    for (let k = Math.abs(n); k > 0; k--) {
      const q = stepChars(buf.text, p, Math.sign(n), true);
      if (q === p) {
        ed.ding();
        break;
      }
      p = q;
    }
    buf.point = p;
    return;
  }
  const to = buf.point + n;
  if (to < 0 || to > buf.text.length) ed.ding();
  buf.point = Math.max(0, Math.min(to, buf.text.length));
  return;
}

/** rl_delete / rl_rubout: one character, or with an argument the characters killed. */
export function deleteChars(ed: LineEditor, n: number, explicit: boolean): undefined {
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
  } else if (n > 0) buf.delete(from, nextChar(buf.text, from, ed.rl.mb));
  else {
    const to = prevChar(buf.text, from, ed.rl.mb);
    buf.delete(to, from);
    buf.point = to;
  }
  return;
}

/** unix-line-discard (and kill-line backwards). */
export function killBackToStart(ed: LineEditor): undefined {
  if (ed.buf.point === 0) ed.ding();
  else {
    ed.killText(ed.buf.point, 0);
    ed.buf.point = 0;
    ed.buf.mark = 0;
  }
  return;
}

/** rl_complete: the word before the cursor completed; true when it stays ambiguous (the bell rings, unless `quiet`). */
export function completeWord(ed: LineEditor, quiet = false): boolean {
  const { buf } = ed;
  if (!ed.complete) {
    buf.insert('\t');
    return false;
  }
  const before = buf.text.slice(0, buf.point);
  const found = ed.complete(before);
  const { ambiguous } = found;
  let { text } = found;
  const none = text === before && !ambiguous;
  // append_to_match: the blank after a single match is added only at the end of the line.
  if (!ambiguous && !none && text.endsWith(' ') && buf.point < buf.text.length) text = text.slice(0, -1);
  if (text !== before) {
    buf.delete(0, buf.point);
    buf.point = 0;
    buf.insert(text);
  }
  if (none || (ambiguous && !quiet)) ed.ding();
  return ambiguous;
}

export function yank(ed: LineEditor): string | undefined {
  const text = ed.rl.kills.current;
  if (text === undefined) {
    ed.ding();
    return;
  }
  ed.buf.mark = ed.buf.point;
  ed.buf.insert(text);
  return 'yank';
}

/** rl_yank_pop: the text just yanked replaced by the kill before it. */
export function yankPop(ed: LineEditor): string | undefined {
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

export function undo(ed: LineEditor, count: number): undefined {
  for (let n = count; n > 0; n--)
    if (!ed.buf.undoOnce(() => ed.ding())) {
      ed.ding();
      break;
    }
  return;
}
