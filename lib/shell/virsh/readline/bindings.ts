/**
 * An inputrc's key bindings in emacs mode (bind.c: rl_parse_and_bind, rl_translate_keyseq):
 * `"\C-t": beginning-of-line` or `Control-t: end-of-line` runs a readline function, `"\C-y": "text"`
 * types a macro's text. A function readline does not know leaves the key ringing the bell.
 */
export type Binding = { macro: string } | { keys: string | null; name?: string };

/** A function's key in readline's default emacs keymap, run in its place (null: no such function). */
const FUNCTION_KEYS: Record<string, string> = {
  'beginning-of-line': '\u0001',
  'end-of-line': '\u0005',
  'forward-char': '\u0006',
  'backward-char': '\u0002',
  'forward-word': '\u001bf',
  'backward-word': '\u001bb',
  'previous-history': '\u0010',
  'next-history': '\u000e',
  'beginning-of-history': '\u001b<',
  'end-of-history': '\u001b>',
  'accept-line': '\n',
  'kill-line': '\u000b',
  'unix-line-discard': '\u0015',
  'unix-word-rubout': '\u0017',
  'backward-kill-word': '\u001b\u007f',
  'kill-word': '\u001bd',
  yank: '\u0019',
  'yank-pop': '\u001by',
  'transpose-chars': '\u0014',
  'transpose-words': '\u001bt',
  'upcase-word': '\u001bu',
  'downcase-word': '\u001bl',
  'capitalize-word': '\u001bc',
  'backward-delete-char': '\u007f',
  complete: '\t',
  'possible-completions': '\u001b?',
  'insert-completions': '\u001b*',
  'tilde-expand': '\u001b&',
  'reverse-search-history': '\u0012',
  'forward-search-history': '\u0013',
  undo: '\u001f',
  'clear-screen': '\u000c',
  'quoted-insert': '\u0016',
  abort: '\u0007',
  'set-mark': '\u0000',
  'exchange-point-and-mark': '\u0018\u0018',
  'vi-editing-mode': '\u001b\n',
};

const NAMED: Record<string, string> = {
  del: '\u007f',
  rubout: '\u007f',
  esc: '\u001b',
  escape: '\u001b',
  lfd: '\n',
  newline: '\n',
  ret: '\r',
  return: '\r',
  space: ' ',
  spc: ' ',
  tab: '\t',
};
const SIMPLE: Record<string, string> = {
  a: '\u0007',
  b: '\b',
  d: '\u007f',
  e: '\u001b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};
const ctrl = (c: string) => (c === '?' ? '\u007f' : String.fromCharCode(c.toUpperCase().charCodeAt(0) & 0x1f));

/** rl_translate_keyseq: \C-x \M-x (ESC x: convert-meta is on in the C locale) \e \\ \" \' \a… \NNN \xHH. */
export function translate(seq: string): string {
  let out = '';
  for (let i = 0; i < seq.length; i++) {
    if (seq[i] !== '\\') {
      out += seq[i];
      continue;
    }
    const rest = seq.slice(i + 1);
    const cm = /^([CM])-(\\e|.)/.exec(rest);
    if (cm) {
      const key = cm[2] === '\\e' ? '\u001b' : cm[2];
      out += cm[1] === 'C' ? ctrl(key) : `\u001b${key}`;
      i += cm[0].length;
    } else if (/^[0-7]{1,3}/.test(rest)) {
      const m = /^[0-7]{1,3}/.exec(rest)![0];
      out += String.fromCharCode(Number.parseInt(m, 8) & 0xff);
      i += m.length;
    } else if (/^x[0-9a-fA-F]{1,2}/.test(rest)) {
      const m = /^x([0-9a-fA-F]{1,2})/.exec(rest)!;
      out += String.fromCharCode(Number.parseInt(m[1], 16));
      i += m[0].length;
    } else if (rest) {
      out += SIMPLE[rest[0]] ?? rest[0];
      i++;
    }
  }
  return out;
}

/** A key name (`Control-t`, `C-t`, `Meta-x`, `M-x`, `TAB`, `RET`…) as the key it names. */
function keyName(name: string): string {
  const m = /^(?:(control|c)|(meta|m))-(.+)$/i.exec(name);
  const base = m ? m[3] : name;
  const key = NAMED[base.toLowerCase()] ?? base[0];
  if (!m) return key;
  return m[1] ? ctrl(key) : `\u001b${key}`;
}

/** One line of an inputrc as a binding, or undefined when it binds nothing. */
export function parseBinding(line: string): [string, Binding] | undefined {
  // The key ends at a colon or a blank (rl_parse_and_bind).
  const m = /^[ \t]*(?:"((?:[^"\\]|\\.)*)"|([A-Za-z][\w-]*))(?:[ \t]*:|[ \t])[ \t]*(.*)$/.exec(line);
  if (!m || (m[2] && /^set$/i.test(m[2]))) return;
  const seq = m[1] !== undefined ? translate(m[1]) : keyName(m[2]);
  if (!seq) return;
  const value = m[3].trim();
  const macro = /^["']((?:[^"'\\]|\\.)*)["']/.exec(value);
  if (macro) return [seq, { macro: translate(macro[1]) }];
  const name = value.split(/[ \t]/)[0].toLowerCase();
  return [seq, { keys: FUNCTION_KEYS[name] ?? (name === 'self-insert' ? seq.at(-1)! : null), name }];
}

/** Keys put back in front of the input, to be read next (rl_execute_next, a macro's text). */
export function pushFront(rl: { pushed: string[] }, keys: string) {
  rl.pushed.unshift(...keys);
}

/** Keys readline's emacs keymap leaves unbound (they ring): ^C ^Z ^\ ^^. */
export const EMACS_UNBOUND = new Set(['\u0003', '\u001a', '\u001c', '\u001e']);
/** Keys readline's vi movement keymap leaves unbound (vi_keymap.c): they ring. */
export const VI_COMMAND_UNBOUND = new Set('!"\'():<>@HJKLMOQVZ[]goqvz{}');

/**
 * The binding the keys from `c` on make, reading more while a longer bound sequence may follow; when
 * none matches, the keys read after `c` are put back and undefined is returned (c's own key runs) —
 * unless `c` alone is unbound (`unbound`): then the keys read are dropped and the bell rings
 * (_rl_dispatch_subseq falls back to the prefix key's own function, which is none).
 */
export function* lookup(
  rl: { pushed: string[]; key(): Generator<void, string | undefined, void> },
  bindings: Map<string, Binding>,
  c: string,
  unbound: Set<string> = EMACS_UNBOUND,
): Generator<void, Binding | undefined, void> {
  let seq = c;
  let exact: [string, Binding] | undefined;
  for (;;) {
    const hit = bindings.get(seq);
    if (hit) exact = [seq, hit];
    if (![...bindings.keys()].some((k) => k.length > seq.length && k.startsWith(seq))) break;
    const k = yield* rl.key();
    if (k === undefined) break;
    seq += k;
  }
  if (!exact && seq.length > 1 && unbound.has(c)) return { keys: null };
  const used = exact?.[0] ?? c;
  pushFront(rl, seq.slice(used.length));
  return exact?.[1];
}
