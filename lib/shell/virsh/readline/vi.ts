import { quotedInsert, selfInsert } from './commands';
import { type Keys, type LineEditor, selfInserts } from './editor';
import { tabComplete } from './completions';
import { deleteChars, killBackToStart, undo, yank } from './edits';
import { isearch } from './isearch';
import { transposeChars } from './transpose';
import { arrow, command } from './vi-command';
import { acceptLine, toCommandMode } from './vi-mode';
import { unixWordRubout } from './vi-motion';
import { restOfChar } from './vi-edit';
import { replaceKey } from './vi-replace';
import { viBound } from './vi-bound';

/**
 * readline 8.2's vi editing mode (`set editing-mode vi` in an inputrc; vi_mode.c, vi_keymap.c):
 * each line starts in insert mode, ESC goes to command mode (the cursor steps back onto the last
 * character, and the first time everything typed so far stops being undoable, as POSIX says of
 * `U`). Insert mode's keys are here (R's overwriting in vi-replace.ts); command mode's in
 * vi-command.ts: every command of readline's movement keymap (decisions 049, 054).
 */
export function* viDispatch(ed: LineEditor, c: string): Keys<void> {
  if (ed.viCommand) yield* command(ed, c, 1, false);
  else if (yield* viBound(ed, c, { count: 1, explicit: false }, (e, k) => command(e, k, 1, false, false))) return;
  else yield* insertKey(ed, c);
}

function* insertKey(ed: LineEditor, c: string): Keys<void> {
  ed.lastFunc = '';
  // R overwrites with a whole character: in a UTF-8 locale the keys that complete it are read first.
  if (ed.vi.replaced !== null && c !== '\u001b')
    if (replaceKey(ed, ed.rl.mb && c >= '\u00c2' ? yield* restOfChar(ed, c) : c)) return;
  if (selfInserts(c)) return selfInsert(ed, c, 1);
  switch (c) {
    case '\u001b':
      return yield* escapeKey(ed);
    case '\u0004':
    case '\n':
    case '\r':
      return acceptLine(ed);
    case '\b':
    case '\u007f':
      return deleteChars(ed, -1, false);
    case '\t':
      return yield* tabComplete(ed);
    case '\u0012':
    case '\u0013':
      return yield* isearch(ed, c === '\u0012' ? -1 : 1);
    case '\u0014':
      return transposeChars(ed, 1);
    case '\u0015':
      return killBackToStart(ed);
    case '\u0016':
      return yield* quotedInsert(ed, 1);
    case '\u0017':
      return unixWordRubout(ed, 1);
    case '\u0019':
      ed.lastFunc = yank(ed) ?? '';
      return;
    case '\u001f':
      return undo(ed, 1);
    case '\u0000':
    case '\u000e':
    case '\u0010':
      // ^@ is unbound; ^N and ^P are menu completion, not modelled.
      return ed.ding();
    default:
      // Insert mode inserts every other control key as it is (^A, ^E, ^K, ^L, ^Q…).
      return selfInsert(ed, c, 1);
  }
}

/**
 * ESC in insert mode: a prefix (arrow keys start with it), so the next key is read — `[A`…`[D`
 * are the arrows; any other key runs in command mode, entered first.
 */
function* escapeKey(ed: LineEditor): Keys<void> {
  const k = yield* ed.key();
  if ((k === '[' || k === 'O') && (yield* arrow(ed))) return;
  toCommandMode(ed);
  if (k !== undefined && k !== '[' && k !== 'O') ed.rl.push(k);
}
