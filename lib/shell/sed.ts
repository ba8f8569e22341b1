import { errnoText } from './host-fs';
import { splitArgs, type Tool } from './coreutils';
import { toJsRegex } from './posix-regex';

type Address = { line: number } | { last: true } | { re: RegExp };
interface Command {
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

const matches = (a: Address, line: string, n: number, last: boolean) =>
  'line' in a ? n === a.line : 'last' in a ? last : a.re.test(line);

/** Runs the commands over `text` line by line, as sed's cycle does (the pattern space, -n, ranges). */
export function runSed(commands: Command[], text: string, quiet: boolean): string {
  const ls = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const inRange = new Set<Command>();
  let out = '';
  for (let n = 1; n <= ls.length; n++) {
    let line = ls[n - 1];
    const last = n === ls.length;
    let deleted = false;
    let quit = false;
    for (const c of commands) {
      let hit = !c.from;
      if (c.from && !c.to) hit = matches(c.from, line, n, last);
      else if (c.from && c.to) {
        if (inRange.has(c)) {
          hit = true;
          if (matches(c.to, line, n, last) || ('line' in c.to && n >= c.to.line)) inRange.delete(c);
        } else if (matches(c.from, line, n, last)) {
          hit = true;
          if (!('line' in c.to && n >= c.to.line)) inRange.add(c);
        }
      }
      if (hit === c.negate) continue;
      if (c.name === 'd') {
        deleted = true;
        break;
      }
      if (c.name === 'p') out += `${line}\n`;
      if (c.name === 'q') {
        quit = true;
        break;
      }
      if (c.name === 's') {
        const re = new RegExp(c.re!.source, `${c.re!.flags}${c.global ? 'g' : ''}`);
        let changed = false;
        line = line.replace(re, (...args) => {
          changed = true;
          const groups = args.slice(0, -2) as string[];
          return c.replace!(Object.assign(groups, { index: 0, input: line }) as unknown as RegExpExecArray);
        });
        if (changed && c.print) out += `${line}\n`;
      }
    }
    if (!deleted && !quiet) out += `${line}\n`;
    if (quit) break;
  }
  return out;
}

/** `sed [-n] [-i[SUFFIX]] [-E] {SCRIPT | -e SCRIPT…} [FILE]…` with GNU sed's messages. */
export const sed: Tool = (argv, io) => {
  const { flags, operands, values } = splitArgs(
    argv.map((a) => (/^-i.+/.test(a) ? '-i' : a)),
    'e',
  );
  const scripts = values.filter(([f]) => f === 'e').map(([, v]) => v);
  const files = [...operands];
  if (!scripts.length) {
    if (!files.length)
      return {
        stdout: '',
        stderr: 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n',
        status: 1,
      };
    scripts.push(files.shift()!);
  }
  const extended = flags.has('E') || flags.has('r');
  const commands: Command[] = [];
  for (const [k, s] of scripts.entries()) {
    const p = parseSed(s, k + 1, extended);
    if (!p.ok) return { stdout: '', stderr: p.error, status: 1 };
    commands.push(...p.commands);
  }
  const quiet = flags.has('n');
  if (flags.has('i')) {
    if (!files.length) return { stdout: '', stderr: 'sed: no input files\n', status: 1 };
    let stderr = '';
    for (const f of files) {
      const abs = io.fs.resolve(f);
      const r = io.fs.read(abs);
      if (!r.ok) {
        stderr += `sed: can't read ${f}: ${errnoText[r.errno]}\n`;
        continue;
      }
      const w = io.fs.write(abs, runSed(commands, r.data, quiet));
      if (!w.ok)
        stderr += `sed: couldn't open temporary file ${abs.replace(/[^/]*$/, 'sedXXXXXX')}: ${errnoText[w.errno]}\n`;
    }
    return { stdout: '', stderr, status: stderr ? (stderr.includes("can't read") ? 2 : 4) : 0 };
  }
  let text = '';
  let stderr = '';
  for (const f of files.length ? files : ['-']) {
    if (f === '-') {
      text += io.stdin ?? '';
      continue;
    }
    const r = io.fs.read(io.fs.resolve(f));
    if (r.ok) text += r.data.endsWith('\n') || r.data === '' ? r.data : `${r.data}\n`;
    else stderr += `sed: can't read ${f}: ${errnoText[r.errno]}\n`;
  }
  return { stdout: runSed(commands, text, quiet), stderr, status: stderr ? 2 : 0 };
};
