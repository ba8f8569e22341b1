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

/** The deepest `$include` followed (bind.c has no limit: a file that includes itself recurses until readline dies). */
const MAX_INCLUDE = 8;

/**
 * rl_read_init_file and rl_parse_and_bind, line by line: the parser directives (handle_parser_directive:
 * `$if`/`$else`/`$endif`, see condition; `$include FILE`, its lines read in place under its own name;
 * any other `$word` an error), `set NAME VALUE` (sv_editmode: a value beginning `vi` or `emacs` sets
 * the mode and binds into its keymap from then on; sv_keymap: `set keymap` only changes where bindings
 * go), and key bindings into the keymap in force. `name` is the file as readline names it in an error:
 * $INPUTRC as given, or `~/.inputrc` (current_readline_init_file, before tilde expansion). `include`
 * reads a file `$include` names (undefined: none there — readline says nothing); Debian's /etc/inputrc
 * is built in.
 */
export function readInitFile(
  inputrc: string,
  name: string,
  include?: (file: string) => string | undefined,
  /** rl_readline_name, which `$if NAME` tests: virsh's, or bash's `Bash`. */
  application = 'virsh',
): InitFile {
  const out: InitFile = {
    mode: 'emacs',
    bellNone: false,
    showAllIfAmbiguous: false,
    systemInputrc: false,
    keymaps: { emacs: [], 'vi-insert': [], 'vi-command': [] },
    errors: '',
  };
  let keymap = KEYMAPS.emacs;
  // _rl_parsing_conditionalized_out and if_stack: one for the file and the files it includes.
  let skipping = false;
  const stack: boolean[] = [];
  // currently_reading_init_file: cleared when a file has been read — an included one too, so the errors
  // of the lines after a `$include` lose their `FILE: line N: ` (as readline 8.2 prints them).
  let reading = false;
  const readFile = (text: string, file: string, depth: number) => {
    reading = true;
    for (const [i, raw] of text.split('\n').entries()) {
      const error = (msg: string) => {
        out.errors += `readline: ${reading ? `${file}: line ${i + 1}: ` : ''}${msg}\n`;
      };
      const line = raw.replace(/^[ \t]+/, '');
      if (line === '' || line.startsWith('#')) continue;
      if (line.startsWith('$')) directive(line.slice(1), error, depth);
      else if (!skipping) bindLine(line, error);
    }
    reading = false;
  };
  /** handle_parser_directive: the word after `$` (any case), its argument after the blanks. */
  const directive = (statement: string, error: (msg: string) => void, depth: number) => {
    const [, word, args] = /^[ \t]*([^ \t]*)[ \t]*(.*)$/.exec(statement)!;
    const d = word.toLowerCase();
    if (d === 'if') {
      stack.push(skipping);
      // parser_if: inside a false branch the test is not even read.
      if (!skipping) skipping = !condition(args, out.mode, application);
    } else if (d === 'else') {
      if (!stack.length) error('$else found without matching $if');
      else if (!stack.includes(true)) skipping = !skipping;
    } else if (d === 'endif') {
      if (stack.length) skipping = stack.pop()!;
      else error('$endif without matching $if');
    } else if (d === 'include') {
      if (skipping) return;
      if (args === '/etc/inputrc') out.systemInputrc = true;
      else {
        const text = depth < MAX_INCLUDE ? include?.(args) : undefined;
        if (text !== undefined) readFile(text, args, depth + 1);
      }
    } else error(`${word}: unknown parser directive`);
  };
  /** rl_parse_and_bind for a line that is not a directive. */
  const bindLine = (line: string, error: (msg: string) => void) => {
    // The key (a quoted sequence, or a word) ends at a colon or a blank.
    let k = 0;
    if (line.startsWith('"')) {
      k = skipToQuote(line, 1);
      if (k >= line.length) return error(`${line}: no closing \`"' in key binding`);
      k++;
    }
    while (k < line.length && line[k] !== ':' && !blank(line[k])) k++;
    if (k === 0) return error(`\`${line}': invalid key binding: missing key sequence`);
    if (/^set$/i.test(line.slice(0, k))) return setVariable(line.slice(k + 1), error);
    // The function or macro: a quoted macro must close (the rest of the line is cut at a blank after it).
    const equivalency = line[k] === ':' && line[k + 1] === '=';
    const fun = line.slice(k + (equivalency ? 2 : 1)).replace(/^[ \t]+/, '');
    if ((fun.startsWith('"') || fun.startsWith("'")) && skipToQuote(fun, 1, fun[0]) >= fun.length)
      return error(`\`${fun}': missing closing quote for macro`);
    // `KEYS:= …` (an equivalence): bind.c accepts it and binds nothing.
    if (equivalency) return;
    if (k >= line.length) return error(`${line.trimEnd()}: no key sequence terminator`);
    const word = line.startsWith('"') ? '' : line.slice(0, k);
    if (word.includes('-') && !/control-|c-|ctrl-|meta-|m-/i.test(word)) return error(`${word}: unknown key modifier`);
    const b = parseBinding(line);
    if (b) out.keymaps[keymap.map].push([keymap.prefix + b[0], b[1]]);
  };
  const setVariable = (rest: string, error: (msg: string) => void) => {
    const v = /^[ \t]*(\S*)[ \t]*(.*)$/.exec(rest)!;
    const variable = v[1].toLowerCase();
    let value = v[2];
    if (BOOLEANS.has(variable)) value = value.split(/[ \t]/)[0];
    else if (STRINGS.has(variable))
      value = value.startsWith('"') ? value.slice(1, skipToQuote(value, 1)) : value.replace(/[ \t]+$/, '');
    else return error(`${v[1]}: unknown variable name`);
    const on = value === '' || /^on$/i.test(value) || value === '1';
    if (variable === 'show-all-if-ambiguous') out.showAllIfAmbiguous = on;
    const bad = () => error(`${v[1]}: could not set value to \`${value}'`);
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
  };
  readFile(inputrc, name, 0);
  return out;
}

/** _rl_skip_to_delim: the index of the closing `"` from `start` (a backslash quotes the next character). */
function skipToQuote(s: string, start: number, quote = '"'): number {
  let i = start;
  for (; i < s.length && s[i] !== quote; i++) if (s[i] === '\\') i++;
  return Math.min(i, s.length);
}

const READLINE_VERSION = 8.2;
const TERM = 'dumb';

/**
 * An inputrc's `$if` test (bind.c's parser_if; `$else` and `$endif` nest, read in readInitFile):
 * `$if mode=emacs|vi` (the editing mode set so far), `$if term=NAME` (the terminal: dumb, as virsh's
 * pipe and the console have it; the part before a `-` also matches), `$if version OP 8.0` (readline
 * 8.2), `$if virsh` (the application, any case: `Bash` for bash); anything else is false.
 */
function condition(args: string, mode: string, application: string): boolean {
  // parser_if reads the first word, but for `version`, whose operator and number may follow blanks.
  const first = /^[^ \t]*/.exec(args)![0];
  const m = /^mode=(.*)$/i.exec(first);
  if (m) return m[1].toLowerCase() === mode;
  const term = /^term=(.*)$/i.exec(first);
  if (term) return [TERM, TERM.split('-')[0]].includes(term[1].toLowerCase());
  const test = args.trim();
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
  return first.toLowerCase() === application.toLowerCase();
}
