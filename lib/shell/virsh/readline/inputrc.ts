import { type Binding, parseBinding } from './bindings';
import { selfInserts } from './editor';

/**
 * The lines of an inputrc that take effect (rl_read_init_file, bind.c's parser_if / parser_else /
 * parser_endif): `$if mode=emacs|vi` (the editing mode set so far), `$if term=NAME` (the terminal:
 * dumb, as virsh's pipe and the console have it; the part before a `-` also matches), `$if version
 * OP 8.0` (readline 8.2), `$if virsh` (the application, any case); anything else is false.
 * `$else` and `$endif` nest.
 */
export function effectiveInputrc(inputrc: string): string {
  const kept: string[] = [];
  // Each open $if: whether the lines around it were read, and its own test.
  const open: { outer: boolean; test: boolean }[] = [];
  let reading = true;
  let mode: 'emacs' | 'vi' = 'emacs';
  for (const line of inputrc.split('\n')) {
    const t = line.trim();
    if (/^\$if\b/i.test(t)) {
      const test = condition(t.slice(3).trim(), mode);
      open.push({ outer: reading, test });
      reading = reading && test;
    } else if (/^\$else\b/i.test(t) && open.length) {
      const top = open.at(-1)!;
      reading = top.outer && !top.test;
    } else if (/^\$endif\b/i.test(t) && open.length) reading = open.pop()!.outer;
    else if (reading) {
      kept.push(line);
      const set = /^set[ \t]+editing-mode[ \t]+(vi|emacs)\b/i.exec(t);
      if (set) mode = set[1].toLowerCase() as 'emacs' | 'vi';
    }
  }
  return kept.join('\n');
}

/** The key bindings the inputrc's read lines make while the editing mode is emacs (printable first keys left out). */
export function emacsBindings(effective: string): [string, Binding][] {
  const out: [string, Binding][] = [];
  let mode = 'emacs';
  for (const line of effective.split('\n')) {
    const set = /^[ \t]*set[ \t]+editing-mode[ \t]+(vi|emacs)\b/i.exec(line);
    if (set) mode = set[1].toLowerCase();
    const b = mode === 'emacs' && !line.trim().startsWith('$') ? parseBinding(line) : undefined;
    if (b && !selfInserts(b[0][0])) out.push(b);
  }
  return out;
}

const READLINE_VERSION = 8.2;
const TERM = 'dumb';
const APPLICATION = 'virsh';

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
