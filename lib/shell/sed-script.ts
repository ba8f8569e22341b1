import { toJsRegex } from './posix-regex';

export type Address = { line: number } | { last: true } | { re: RegExp };
export interface Command {
  from?: Address;
  to?: Address;
  negate: boolean;
  name: 's' | 'd' | 'p' | 'q';
  re?: RegExp;
  replace?: (m: RegExpExecArray) => string;
  global?: boolean;
  print?: boolean;
}
type Parsed = { ok: true; commands: Command[] } | { ok: false; error: string };

const fail = (n: number, char: number, what: string): Parsed => ({
  ok: false,
  error: `sed: -e expression #${n}, char ${char}: ${what}\n`,
});

/** Reads up to an unescaped `delim`; `\delim` stands for the delimiter itself. */
function upTo(s: string, at: number, delim: string): [string, number] | null {
  let out = '';
  for (let i = at; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      out += s[i + 1] === delim ? delim : s.slice(i, i + 2);
      i++;
    } else if (s[i] === delim) return [out, i + 1];
    else out += s[i];
  }
  return null;
}

/** `&` is the match, `\1`…`\9` a group, `\n` a newline; any other `\c` is c. */
function replacement(text: string): (m: RegExpExecArray) => string {
  return (m) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '&') out += m[0];
      else if (c === '\\' && i + 1 < text.length) {
        const n = text[++i];
        out += /\d/.test(n) ? (m[Number(n)] ?? '') : n === 'n' ? '\n' : n === 't' ? '\t' : n;
      } else out += c;
    }
    return out;
  };
}

function address(s: string, at: number, extended: boolean): [Address, number] | null {
  if (s[at] === '$') return [{ last: true }, at + 1];
  const num = /^\d+/.exec(s.slice(at));
  if (num) return [{ line: Number(num[0]) }, at + num[0].length];
  if (s[at] === '/') {
    const r = upTo(s, at + 1, '/');
    if (r) return [{ re: new RegExp(toJsRegex(r[0], extended)) }, r[1]];
  }
  return null;
}

/** GNU sed's script language, the part a learner uses: addresses, `!`, and s///, d, p, q. */
export function parseSed(script: string, n: number, extended: boolean): Parsed {
  const commands: Command[] = [];
  let i = 0;
  while (i < script.length) {
    while (i < script.length && ' \t\n;'.includes(script[i])) i++;
    if (i >= script.length) break;
    const cmd: Partial<Command> & { negate: boolean } = { negate: false };
    const a = address(script, i, extended);
    if (a) {
      [cmd.from, i] = a;
      if (script[i] === ',') {
        const b = address(script, i + 1, extended);
        if (!b) return fail(n, i + 1, "unexpected `,'");
        [cmd.to, i] = b;
      }
    }
    while (script[i] === ' ') i++;
    if (script[i] === '!') {
      cmd.negate = true;
      i++;
    }
    const name = script[i++];
    if (name === 's') {
      const delim = script[i];
      const re = delim ? upTo(script, i + 1, delim) : null;
      const rep = re ? upTo(script, re[1], delim) : null;
      if (!re || !rep) return fail(n, script.length, "unterminated `s' command");
      const flags = /^[gipI0-9]*/.exec(script.slice(rep[1]))![0];
      i = rep[1] + flags.length;
      if (i < script.length && !' \t\n;}'.includes(script[i])) return fail(n, i + 1, "unknown option to `s'");
      try {
        cmd.re = new RegExp(toJsRegex(re[0], extended), /[iI]/.test(flags) ? 'i' : '');
      } catch {
        return fail(n, i, 'Invalid regular expression');
      }
      Object.assign(cmd, {
        name,
        replace: replacement(rep[0]),
        global: flags.includes('g'),
        print: flags.includes('p'),
      });
    } else if (name === 'd' || name === 'p' || name === 'q') cmd.name = name;
    else return fail(n, i, name === undefined ? 'missing command' : `unknown command: \`${name}'`);
    commands.push(cmd as Command);
  }
  return { ok: true, commands };
}
