import type { Binding } from './bindings';
import type { KeymapName } from './inputrc';
import { History, KillRing } from './history';
import { ViState } from './vi-state';

/**
 * Tab: the text before the cursor completed, and whether more than one candidate fits; for the
 * commands that insert or list every completion (`*`, `=`, M-*, M-=), the word completed and its
 * matches, sorted, as shown (unquoted).
 */
export type Completer = (before: string) => {
  text: string;
  ambiguous: boolean;
  word?: string;
  matches?: string[];
};

/** One line as readline returned it, with what the terminal showed and the bells it rang. */
export interface LineResult {
  echo: string;
  line: string;
  bells: number;
  eof: boolean;
}

/**
 * What outlives one line in readline: the history, the kill ring, the last incremental search
 * string, and the input not read yet (keys pushed back by rl_execute_next come first).
 */
export class ReadlineState {
  readonly history = new History();
  readonly kills = new KillRing();
  lastSearch: string | undefined;
  /** The inputrc's `set editing-mode`: emacs unless it says vi. */
  editingMode: 'emacs' | 'vi' = 'emacs';
  /** `set bell-style none` (or off): the bell is silent. A dumb terminal has no visible bell: `visible` rings too. */
  bellNone = false;
  /** `set show-all-if-ambiguous on`: Tab lists the matches of an ambiguous word at once, without the bell. */
  showAllIfAmbiguous = false;
  /** The inputrc's key bindings, in the keymap each was made in (`set editing-mode`, `set keymap`). */
  readonly keymaps: Record<KeymapName, Map<string, Binding>> = {
    emacs: new Map(),
    'vi-insert': new Map(),
    'vi-command': new Map(),
  };
  /** Debian's /etc/inputrc was read (no user file, or one that `$include`s it): its key bindings hold. */
  systemInputrc = true;
  /** vi mode's last `/` or `?` search (n and N repeat it) and the history line it stopped at. */
  viSearch: { text: string; dir: number } | undefined;
  viSearchFrom: number | undefined;
  readonly vi = new ViState();
  /** A UTF-8 locale (MB_CUR_MAX > 1): the point moves by characters, the screen counts columns. */
  mb = false;
  /** rl_operate_and_get_next (^O): the history line the next line starts with (an index into the history). */
  operateNext: number | undefined;
  input = '';
  pos = 0;
  ended = false;
  pushed: string[] = [];

  /** The keymap a key is read in: emacs's, or vi's insertion or movement keymap. */
  keymap(viCommand = false): Map<string, Binding> {
    return this.keymaps[this.editingMode === 'emacs' ? 'emacs' : viCommand ? 'vi-command' : 'vi-insert'];
  }
  /** An inputrc binding begins with key `c` in that keymap (a printable key so bound is not typed ahead). */
  binds(c: string, viCommand = false): boolean {
    const map = this.keymap(viCommand);
    if (!map.size) return false;
    for (const k of map.keys()) if (k[0] === c) return true;
    return false;
  }

  /** rl_read_key: waits (yields) until a key arrives; undefined at the end of input. */
  *key(): Generator<void, string | undefined, void> {
    for (;;) {
      if (this.pushed.length) return this.pushed.shift();
      if (this.pos < this.input.length) return this.input[this.pos++];
      if (this.ended) return undefined;
      yield;
    }
  }
  /** _rl_input_available: more input is already there. */
  available(): boolean {
    return this.pushed.length > 0 || this.pos < this.input.length;
  }
  /** rl_execute_next */
  push(c: string) {
    this.pushed.push(c);
  }
}
