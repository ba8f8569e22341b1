import type { Keys, LineEditor } from './editor';

/** What a terminal sends after a bracketed paste (`\e[200~` starts one). */
const PASTE_END = '\u001b[201~';

/**
 * rl_bracketed_paste_begin (readline 8.1+ binds `\e[200~` in the emacs and vi insertion keymaps):
 * every key up to `\e[201~` is text, inserted as it is in one undoable step — a newline does not
 * run the line (it shows as `^J`), a CR is read as a newline, ESC and Tab are inserted too. The mark
 * is left where the paste began (^X^X goes back there).
 */
export function* bracketedPaste(ed: LineEditor): Keys<void> {
  let text = '';
  for (;;) {
    const k = yield* ed.key();
    if (k === undefined) break;
    text += k === '\r' ? '\n' : k;
    if (text.endsWith(PASTE_END)) {
      text = text.slice(0, -PASTE_END.length);
      break;
    }
  }
  ed.buf.mark = ed.buf.point;
  if (text) ed.buf.insert(text);
}

/**
 * After `ESC [ 2 0`: `0 ~` begins a paste; any other key ends the sequence unbound (the bell rings
 * and the key is dropped, as for `\e[201~` typed alone: its `1` goes, its `~` is inserted).
 */
export function* pasteSequence(ed: LineEditor): Keys<void> {
  if ((yield* ed.key()) === '0' && (yield* ed.key()) === '~') return yield* bracketedPaste(ed);
  ed.ding();
}
