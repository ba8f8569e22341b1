import { type Binding, lookup, pushFront, VI_COMMAND_UNBOUND } from './bindings';
import { type Arg, builtin } from './commands';
import type { Keys, LineEditor } from './editor';
import { acceptLine, checkPoint, toCommandMode } from './vi-mode';

/**
 * vi_mode.c's functions by name, as the key of readline's vi movement keymap that runs them: an
 * inputrc binding one of them (in either vi keymap) runs that command.
 */
const VI_COMMANDS: Record<string, string> = {
  'vi-insertion-mode': 'i',
  'vi-append-mode': 'a',
  'vi-append-eol': 'A',
  'vi-insert-beg': 'I',
  'vi-delete': 'x',
  'vi-rubout': 'X',
  'vi-prev-word': 'b',
  'vi-next-word': 'w',
  'vi-end-word': 'e',
  'vi-first-print': '^',
  'vi-back-to-indent': '^',
  'vi-put': 'p',
  'vi-change-case': '~',
  'vi-match': '%',
  'vi-column': '|',
  'vi-redo': '.',
  'vi-complete': '\\',
  'vi-tilde-expand': '&',
  'vi-yank-arg': '_',
  'vi-subst': 's',
  'vi-replace': 'R',
  'vi-change-char': 'r',
  'vi-delete-to': 'd',
  'vi-change-to': 'c',
  'vi-yank-to': 'y',
  'vi-char-search': 'f',
  'vi-search': '/',
  'vi-search-again': 'n',
  'vi-fetch-history': 'G',
  'vi-set-mark': 'm',
  'vi-goto-mark': '`',
  'vi-undo': 'u',
  'emacs-editing-mode': '\u0005',
};

/**
 * The inputrc's binding that the keys from `c` on make in the keymap vi reads them in (insertion
 * or movement), run: a macro's text is read as typed, a function runs as readline's own would —
 * vi's by its command key, the others as emacs runs them; in command mode the cursor then stays on
 * a character (rl_vi_check after each command). False when no binding matched (the keys read
 * after `c` are back in the input).
 */
export function* viBound(
  ed: LineEditor,
  c: string,
  arg: Arg,
  command: (ed: LineEditor, c: string) => Keys<void>,
): Keys<boolean> {
  const { rl } = ed;
  if (!rl.binds(c, ed.viCommand)) return false;
  const map = rl.keymap(ed.viCommand);
  const bound: Binding | undefined = yield* lookup(rl, map, c, ed.viCommand ? VI_COMMAND_UNBOUND : new Set());
  if (!bound) return false;
  if ('macro' in bound) {
    pushFront(rl, bound.macro);
    return true;
  }
  const vi = bound.name ? VI_COMMANDS[bound.name] : undefined;
  if (bound.name === 'vi-movement-mode') {
    if (!ed.viCommand) toCommandMode(ed);
  } else if (bound.name === 'accept-line') acceptLine(ed);
  else if (vi) yield* command(ed, vi);
  else if (bound.keys === null) ed.ding();
  else {
    pushFront(rl, bound.keys.slice(1));
    yield* builtin(ed, bound.keys[0], arg);
  }
  if (ed.viCommand) checkPoint(ed);
  return true;
}
