import type { LineEditor } from './editor';

/**
 * The history keys (misc.c): the line being typed is saved when the history is first entered,
 * an edited history line keeps its changes (with their undo list) when left, and the point goes
 * to the end of each line fetched.
 */

/** rl_maybe_replace_line: an edited history line keeps the edit. */
export function keepEdits(ed: LineEditor) {
  const entry = ed.rl.history.current();
  if (entry && entry.data !== ed.buf.undo) {
    entry.line = ed.buf.text;
    entry.data = ed.buf.undo;
  }
}

/** rl_replace_from_history */
function fetch(ed: LineEditor, line: string, data: LineEditor['buf']['undo']) {
  ed.buf.replace(line);
  ed.buf.undo = data;
  ed.buf.point = line.length;
  ed.buf.mark = 0;
}

/** rl_maybe_unsave_line: back to the line that was being typed (a bell if there is none). */
function unsave(ed: LineEditor) {
  if (!ed.savedLine) return ed.ding();
  fetch(ed, ed.savedLine.line, ed.savedLine.data);
  ed.savedLine = null;
}

/** rl_get_previous_history (^P, up): nothing at all while the history has never had a line. */
export function previousHistory(ed: LineEditor, count: number): undefined {
  const { history } = ed.rl;
  if (count < 0) return nextHistory(ed, -count);
  if (count === 0 || history.empty) return;
  const hadSaved = ed.savedLine !== null;
  if (!hadSaved) ed.savedLine = { line: ed.buf.text, data: ed.buf.undo };
  keepEdits(ed);
  let found = history.previous();
  let last = found;
  for (let n = count - 1; n > 0 && found; n--) {
    found = history.previous();
    if (found) last = found;
  }
  if (!last) {
    if (!hadSaved) ed.savedLine = null;
    ed.ding();
  } else fetch(ed, last.line, last.data);
  return;
}

/** rl_get_next_history (^N, down): past the newest line, the one that was being typed. */
export function nextHistory(ed: LineEditor, count: number): undefined {
  const { history } = ed.rl;
  if (count < 0) return previousHistory(ed, -count);
  if (count === 0) return;
  keepEdits(ed);
  let found = history.next();
  for (let n = count - 1; n > 0 && found; n--) found = history.next();
  if (!found) unsave(ed);
  else fetch(ed, found.line, found.data);
  return;
}

/** rl_end_of_history (M->) */
export function toHistoryEnd(ed: LineEditor) {
  keepEdits(ed);
  ed.rl.history.rewind();
  unsave(ed);
}
