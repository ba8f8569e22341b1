import type { UndoList } from './buffer';
import type { Keys, LineEditor } from './editor';
import { keepEdits } from './history-keys';

/**
 * vi mode's history searches (search.c, non-incremental): `/` (older lines) and `?` (newer) read
 * a string after the prompt and `/`, Enter searching for a line holding it; `n` and `N` search
 * again, the same way and the other way. A line found replaces the one being edited, the cursor
 * at its start; none rings the bell and gives the line back. An empty string means the last one.
 */
export function* viSearch(ed: LineEditor, key: string): Keys<void> {
  const { rl } = ed;
  if (key === 'n' || key === 'N') {
    if (rl.viSearch === undefined) return ed.ding();
    return find(ed, rl.viSearch.text, key === 'n' ? rl.viSearch.dir : -rl.viSearch.dir);
  }
  const dir = key === '/' ? -1 : 1;
  const { buf } = ed;
  const saved = { text: buf.text, point: buf.point, undo: buf.undo };
  rl.viSearchFrom = rl.history.offset;
  buf.replace('');
  buf.undo = null;
  buf.point = 0;
  ed.message(`${ed.prompt}${key}`);
  for (;;) {
    const c = yield* ed.key();
    if (c === undefined || c === '\n' || c === '\r') break;
    if (c === '\u0007' || c === '\u0003' || ((c === '\b' || c === '\u007f') && buf.point === 0)) {
      if (c === '\u0007' || c === '\u0003') ed.ding();
      return restore(ed, saved);
    }
    if (c === '\b' || c === '\u007f') {
      buf.delete(buf.point - 1, buf.point);
      buf.point--;
    } else if (c === '\u0015') {
      buf.delete(0, buf.point);
      buf.point = 0;
    } else buf.insert(c);
    ed.redisplay();
  }
  if (buf.text === '' && rl.viSearch === undefined) {
    ed.ding();
    return restore(ed, saved);
  }
  const text = buf.text || rl.viSearch!.text;
  rl.viSearch = { text, dir };
  restore(ed, saved, false);
  find(ed, text, dir);
}

function restore(ed: LineEditor, saved: { text: string; point: number; undo: UndoList }, draw = true) {
  ed.buf.replace(saved.text);
  ed.buf.undo = saved.undo;
  ed.buf.point = saved.point;
  ed.shownPrompt = ed.prompt;
  if (draw) ed.redisplay();
}

/** noninc_dosearch: from the last line searched, in `dir`, the first line holding `text`. */
function find(ed: LineEditor, text: string, dir: number) {
  const { history } = ed.rl;
  let at = (ed.rl.viSearchFrom ?? history.offset) + dir;
  while (at >= 0 && at < history.entries.length && !history.entries[at].line.includes(text)) at += dir;
  if (at < 0 || at >= history.entries.length) {
    ed.buf.point = 0;
    return ed.ding();
  }
  if (!ed.savedLine) ed.savedLine = { line: ed.buf.text, data: ed.buf.undo };
  keepEdits(ed);
  ed.rl.viSearchFrom = at;
  history.offset = at;
  const entry = history.entries[at];
  ed.buf.replace(entry.line);
  ed.buf.undo = entry.data;
  ed.buf.point = 0;
}
