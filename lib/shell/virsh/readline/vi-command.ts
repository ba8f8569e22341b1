import { nextChar, stepChars } from './mbchar';
import { digitArgument, quotedInsert } from './commands';
import type { Keys, LineEditor } from './editor';
import { moveBy, undo } from './edits';
import { nextHistory, previousHistory } from './history-keys';
import { isearch } from './isearch';
import { bracketedPaste } from './paste';
import { changeCase, changeChar, fetchHistory, insertComment, put, revertLine, viComplete, viDelete } from './vi-edit';
import { yankArg } from './vi-yank-arg';
import { viMove, viSetMark } from './vi-find';
import { checkPoint, acceptLine, startInserting } from './vi-mode';
import { operator } from './vi-operator';
import { viRedo } from './vi-redo';
import { replaceMode } from './vi-replace';
import { viSearch } from './vi-search';
import { viBound } from './vi-bound';
import { textModifying } from './vi-state';
import { tildeExpand } from './tilde';

/** vi mode's command keys (vi_mode.c, vi_keymap.c's movement keymap); insert mode is vi.ts. */

/** readline binds the arrows itself (bind_arrow_keys): history up and down, a character left or right. */
export function* arrow(ed: LineEditor): Keys<boolean> {
  const k = yield* ed.key();
  if (k === '2' && !ed.viCommand && (yield* pasteStart(ed))) {
    yield* bracketedPaste(ed);
    return true;
  }
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

/** `\e[200~` in insert mode (readline binds it in the vi insertion keymap only); else the keys read go back. */
function* pasteStart(ed: LineEditor): Keys<boolean> {
  const read: string[] = [];
  for (const want of '00~') {
    const k = yield* ed.key();
    if (k !== undefined) read.push(k);
    if (k !== want) {
      ed.rl.pushed.unshift(...read);
      return false;
    }
  }
  return true;
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
export function* command(ed: LineEditor, c: string, count: number, explicit: boolean, bound = true): Keys<void> {
  ed.lastFunc = '';
  if (/[1-9]/.test(c) && !explicit)
    return yield* digitArgument(ed, c, (k, arg) => command(ed, k, arg.count, arg.explicit));
  // The inputrc's bindings in the movement keymap come first; what they run is readline's own.
  if (bound && (yield* viBound(ed, c, { count, explicit }, (e, k) => command(e, k, count, explicit, false)))) return;
  if ((yield* viMove(ed, c, count)) !== null) return checkPoint(ed);
  yield* run(ed, c, count, explicit);
  // _rl_dispatch_subseq: a text-changing key run in command mode is what `.` repeats.
  if (ed.viCommand && textModifying(c) && !ed.done) {
    ed.rl.vi.lastCommand = c;
    ed.rl.vi.lastCount = count;
  }
}

function* run(ed: LineEditor, c: string, count: number, explicit: boolean): Keys<void> {
  const { buf } = ed;
  switch (c) {
    case '\n':
    case '\r':
    case '\u0004':
      return acceptLine(ed);
    case 'x':
      viDelete(ed, count);
      return checkPoint(ed);
    case 'X':
      rubout(ed, count);
      return checkPoint(ed);
    case 'd':
    case 'c':
    case 'y':
    case 'D':
    case 'C':
    case 'Y':
      yield* operator(ed, c, count, command);
      return ed.viCommand ? checkPoint(ed) : undefined;
    case 's':
    case 'S':
      // rl_vi_subst: s is cl, S is cc (the motion stuffed as the next key).
      if (!ed.rl.vi.redoing) ed.rl.push(c === 's' ? 'l' : 'c');
      yield* operator(ed, 'c', count, command);
      return ed.viCommand ? checkPoint(ed) : undefined;
    case 'r':
      yield* changeChar(ed, count);
      return checkPoint(ed);
    case 'R':
      return replaceMode(ed);
    case '~':
      return changeCase(ed, count);
    case 'p':
    case 'P':
      return put(ed, c, count) ? checkPoint(ed) : undefined;
    case '.':
      yield* viRedo(ed, count, explicit, command);
      return ed.viCommand ? checkPoint(ed) : undefined;
    case 'U':
      revertLine(ed);
      return checkPoint(ed);
    case 'm':
      yield* viSetMark(ed);
      return;
    case 'G': {
      const wanted = fetchHistory(ed, count, explicit);
      if (wanted) history(ed, wanted);
      return checkPoint(ed);
    }
    case '_':
      return yankArg(ed, count, explicit);
    case '\\':
    case '*':
    case '=':
      yield* viComplete(ed, c);
      return ed.viCommand ? checkPoint(ed) : undefined;
    case '&':
      // rl_vi_tilde_expand: the word's ~ expanded, then inserting.
      tildeExpand(ed);
      return startInserting(ed, c, 1);
    case '#':
      return insertComment(ed, explicit);
    case 'i':
    case 'a':
    case 'I':
    case 'A':
      if (c === 'I') buf.point = 0;
      if (c === 'A') buf.point = buf.text.length;
      else if (c === 'a' && buf.point < buf.text.length) buf.point = nextChar(buf.text, buf.point, ed.rl.mb);
      return startInserting(ed, c, 1);
    case '\u0005':
      // rl_emacs_editing_mode: emacs keys from here on, this line and the next ones.
      ed.rl.editingMode = 'emacs';
      return;
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

/** rl_vi_rubout (X): the characters before the cursor, killed. */
function rubout(ed: LineEditor, count: number) {
  const { buf } = ed;
  if (buf.point === 0) return ed.ding();
  const from = buf.point;
  buf.point = ed.rl.mb ? stepChars(buf.text, from, -count, true) : Math.max(0, from - count);
  ed.killText(buf.point, from);
}
