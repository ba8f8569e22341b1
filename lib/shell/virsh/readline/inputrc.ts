import { type Binding, parseBinding } from './bindings';

/** readline's keymaps an inputrc binds keys in: emacs's, and vi's insertion and movement keymaps. */
export type KeymapName = 'emacs' | 'vi-insert' | 'vi-command';

/** What reading an init file left: the editing mode, the variables the lab models, the key bindings, the errors. */
export interface InitFile {
  mode: 'emacs' | 'vi';
  bellNone: boolean;
  showAllIfAmbiguous: boolean;
  /** Debian's /etc/inputrc was `$include`d: its key bindings hold. */
  systemInputrc: boolean;
  keymaps: Record<KeymapName, [string, Binding][]>;
  /** What readline printed on stderr while reading it (_rl_init_file_error), one line each. */
  errors: string;
}

/** bind.c's boolean_varlist: `set NAME` with no value, `on` or `1` is on, anything else off. */
const BOOLEANS = new Set(
  'bind-tty-special-chars blink-matching-paren byte-oriented colored-completion-prefix colored-stats completion-ignore-case completion-map-case convert-meta disable-completion echo-control-characters enable-active-region enable-bracketed-paste enable-keypad enable-meta-key expand-tilde history-preserve-point horizontal-scroll-mode input-meta mark-directories mark-modified-lines mark-symlinked-directories match-hidden-files menu-complete-display-prefix meta-flag output-meta page-completions prefer-visible-bell print-completions-horizontally revert-all-at-newline show-all-if-ambiguous show-all-if-unmodified show-mode-in-prompt skip-completed-text visible-stats'.split(
    ' ',
  ),
);
/** bind.c's string_varlist: the rest of the line is the value (quotes allowed, trailing blanks cut). */
const STRINGS = new Set(
  'active-region-end-color active-region-start-color bell-style comment-begin completion-display-width completion-prefix-display-length completion-query-items editing-mode emacs-mode-string history-size isearch-terminators keymap keyseq-timeout vi-cmd-mode-string vi-ins-mode-string'.split(
    ' ',
  ),
);
/** rl_get_keymap_by_name's names (any case); `emacs-meta` and `emacs-ctlx` are ESC's and ^X's maps under emacs. */
const KEYMAPS: Record<string, { map: KeymapName; prefix: string }> = {
  emacs: { map: 'emacs', prefix: '' },
  'emacs-standard': { map: 'emacs', prefix: '' },
  'emacs-meta': { map: 'emacs', prefix: '\u001b' },
  'emacs-ctlx': { map: 'emacs', prefix: '\u0018' },
  vi: { map: 'vi-command', prefix: '' },
  'vi-move': { map: 'vi-command', prefix: '' },
  'vi-command': { map: 'vi-command', prefix: '' },
  'vi-insert': { map: 'vi-insert', prefix: '' },
};

const blank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * rl_read_init_file and rl_parse_and_bind, line by line: `$if`/`$else`/`$endif` (see condition),
 * `set NAME VALUE` (sv_editmode: a value beginning `vi` or `emacs` sets the mode and binds into its
 * keymap from then on; sv_keymap: `set keymap` only changes where bindings go), and key bindings into
 * the keymap in force. `name` is the file as readline names it in an error: $INPUTRC as given, or
 * `~/.inputrc` (current_readline_init_file, before tilde expansion).
 */
export function readInitFile(inputrc: string, name: string): InitFile {
  const out: InitFile = {
    mode: 'emacs',
    bellNone: false,
    showAllIfAmbiguous: false,
    systemInputrc: false,
    keymaps: { emacs: [], 'vi-insert': [], 'vi-command': [] },
    errors: '',
  };
  let keymap = KEYMAPS.emacs;
  const error = (n: number, msg: string) => {
    out.errors += `readline: ${name}: line ${n}: ${msg}\n`;
  };
  const open: { outer: boolean; test: boolean }[] = [];
  let reading = true;
  for (const [i, raw] of inputrc.split('\n').entries()) {
    const n = i + 1;
    const line = raw.replace(/^[ \t]+/, '');
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('$')) {
      const t = line.trim();
      if (/^\$if\b/i.test(t)) {
        const test = condition(t.slice(3).trim(), out.mode);
        open.push({ outer: reading, test });
        reading = reading && test;
      } else if (/^\$else\b/i.test(t) && open.length) {
        const top = open.at(-1)!;
        reading = top.outer && !top.test;
      } else if (/^\$endif\b/i.test(t) && open.length) reading = open.pop()!.outer;
      else if (reading && /^\$include[ \t]+\/etc\/inputrc[ \t]*$/i.test(t)) out.systemInputrc = true;
      continue;
    }
    if (!reading) continue;
    // The key (a quoted sequence, or a word) ends at a colon or a blank.
    let k = 0;
    if (line.startsWith('"')) {
      k = skipToQuote(line, 1);
      if (k >= line.length) {
        error(n, `${line}: no closing \`"' in key binding`);
        continue;
      }
      k++;
    }
    while (k < line.length && line[k] !== ':' && !blank(line[k])) k++;
    if (/^set$/i.test(line.slice(0, k))) {
      const rest = line.slice(k + 1).replace(/^[ \t]+/, '');
      const v = /^(\S*)[ \t]*(.*)$/.exec(rest)!;
      const variable = v[1].toLowerCase();
      let value = v[2];
      if (BOOLEANS.has(variable)) value = value.split(/[ \t]/)[0];
      else if (STRINGS.has(variable))
        value = value.startsWith('"') ? value.slice(1, skipToQuote(value, 1)) : value.replace(/[ \t]+$/, '');
      else {
        error(n, `${v[1]}: unknown variable name`);
        continue;
      }
      const on = value === '' || /^on$/i.test(value) || value === '1';
      if (variable === 'show-all-if-ambiguous') out.showAllIfAmbiguous = on;
      const bad = () => error(n, `${v[1]}: could not set value to \`${value}'`);
      if (variable === 'editing-mode') {
        if (/^vi/i.test(value)) [out.mode, keymap] = ['vi', KEYMAPS['vi-insert']];
        else if (/^emacs/i.test(value)) [out.mode, keymap] = ['emacs', KEYMAPS.emacs];
        else bad();
      } else if (variable === 'keymap') {
        const map = KEYMAPS[value.toLowerCase()];
        if (map) keymap = map;
        else bad();
      } else if (variable === 'bell-style') {
        if (/^(none|off)$/i.test(value)) out.bellNone = true;
        else if (value === '' || /^(audible|on|visible)$/i.test(value)) out.bellNone = false;
        else bad();
      } else if (variable === 'comment-begin' && value === '') bad();
      continue;
    }
    if (k >= line.length) {
      error(n, `${line.trimEnd()}: no key sequence terminator`);
      continue;
    }
    const word = line.startsWith('"') ? '' : line.slice(0, k);
    if (word.includes('-') && !/control-|c-|ctrl-|meta-|m-/i.test(word)) {
      error(n, `${word}: unknown key modifier`);
      continue;
    }
    const b = parseBinding(line);
    if (b) out.keymaps[keymap.map].push([keymap.prefix + b[0], b[1]]);
  }
  return out;
}

/** _rl_skip_to_delim: the index of the closing `"` from `start` (a backslash quotes the next character). */
function skipToQuote(s: string, start: number): number {
  let i = start;
  for (; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
  return Math.min(i, s.length);
}

const READLINE_VERSION = 8.2;
const TERM = 'dumb';
const APPLICATION = 'virsh';

/**
 * An inputrc's `$if` test (bind.c's parser_if; `$else` and `$endif` nest, read in readInitFile):
 * `$if mode=emacs|vi` (the editing mode set so far), `$if term=NAME` (the terminal: dumb, as virsh's
 * pipe and the console have it; the part before a `-` also matches), `$if version OP 8.0` (readline
 * 8.2), `$if virsh` (the application, any case); anything else is false.
 */
function condition(test: string, mode: string): boolean {
  const m = /^mode=(\S+)$/i.exec(test);
  if (m) return m[1].toLowerCase() === mode;
  const term = /^term=(\S+)$/i.exec(test);
  if (term) return [TERM, TERM.split('-')[0]].includes(term[1].toLowerCase());
  const version = /^version[ \t]*(==|=|!=|<=|>=|<|>)[ \t]*(\d+(?:\.\d+)?)$/i.exec(test);
  if (version) {
    const [v, n] = [READLINE_VERSION, Number(version[2])];
    const op = version[1];
    return op === '<'
      ? v < n
      : op === '>'
        ? v > n
        : op === '<='
          ? v <= n
          : op === '>='
            ? v >= n
            : op === '!='
              ? v !== n
              : v === n;
  }
  return test.toLowerCase() === APPLICATION;
}
