import { errnoText } from './host-fs';
import { type Chunk, textOf, write } from './output-order';
import { GREP_HELP } from './grep-help';
import { toJsRegex } from './posix-regex';
import { type LongOption, parseOptions, type Tool } from './tool-io';

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
/** The options the lab's grep simulates: flags, and A, B, C and e with a value. */
const SIMULATED = 'EFivcnqlLwxohHsrRABCe';
/** GNU grep 3.8's short options (its optstring): those not in SIMULATED are refused as not simulated. */
const FLAGS = '0123456789EFGHILPRTUVZabchilnoqrsuvwxyz';
const WITH_VALUE = 'ABCDXdefm';

/** GNU grep 3.8's long_options table, in its order (an ambiguous prefix lists its possibilities so). */
const LONG: readonly LongOption[] = [
  ['basic-regexp', 'G'],
  ['extended-regexp', 'E'],
  ['fixed-regexp', 'F'],
  ['fixed-strings', 'F'],
  ['perl-regexp', 'P'],
  ['after-context', 'A', 'required'],
  ['before-context', 'B', 'required'],
  ['binary-files', 'binary-files', 'required'],
  ['byte-offset', 'b'],
  ['context', 'C', 'required'],
  ['color', 'color', 'optional'],
  ['colour', 'color', 'optional'],
  ['count', 'c'],
  ['devices', 'D', 'required'],
  ['directories', 'd', 'required'],
  ['exclude', 'exclude', 'required'],
  ['exclude-from', 'exclude-from', 'required'],
  ['exclude-dir', 'exclude-dir', 'required'],
  ['file', 'f', 'required'],
  ['files-with-matches', 'l'],
  ['files-without-match', 'L'],
  ['group-separator', 'group-separator', 'required'],
  ['help', 'help'],
  ['include', 'include', 'required'],
  ['ignore-case', 'i'],
  ['no-ignore-case', 'no-ignore-case'],
  ['initial-tab', 'T'],
  ['label', 'label', 'required'],
  ['line-buffered', 'line-buffered'],
  ['line-number', 'n'],
  ['line-regexp', 'x'],
  ['max-count', 'm', 'required'],
  ['no-filename', 'h'],
  ['no-group-separator', 'group-separator'],
  ['no-messages', 's'],
  ['null', 'Z'],
  ['null-data', 'z'],
  ['only-matching', 'o'],
  ['quiet', 'q'],
  ['recursive', 'r'],
  ['dereference-recursive', 'R'],
  ['regexp', 'e', 'required'],
  ['invert-match', 'v'],
  ['silent', 'q'],
  ['text', 'a'],
  ['binary', 'U'],
  ['unix-byte-offsets', 'u'],
  ['version', 'V'],
  ['with-filename', 'H'],
  ['word-regexp', 'w'],
];

type Parsed =
  | { flags: Map<string, string>; patterns: string[]; operands: string[] }
  | { error: string }
  | { help: true };

/** --color's WHENs (grep compares them ignoring case); any other value asks for the help. */
const COLOR_WHEN = /^(always|yes|force|never|no|none|auto|tty|if-tty)$/i;

/** GNU grep's options as getopt_long reads them (tool-io's parseOptions); -e and --regexp may repeat. */
function parse(argv: string[]): Parsed {
  const p = parseOptions('grep', argv, { flags: FLAGS, withValue: WITH_VALUE, long: LONG });
  if ('error' in p) return { error: p.error + USAGE };
  const flags = new Map<string, string>();
  const patterns: string[] = [];
  // -NUM is -C NUM: digits one after another in one word make one number (-12), a new word starts again.
  let context = '';
  let help = false;
  for (const [n, [f, v]] of p.options.entries()) {
    if (/^\d$/.test(f)) {
      const prev = p.options[n - 1]?.[0];
      context = n > 0 && p.at[n - 1] === p.at[n] && /^\d$/.test(prev) ? context + f : f;
      continue;
    }
    // --help, or a --color WHEN grep does not know: grep prints its help when the options are read, status 0.
    // (`--color=` is an empty WHEN; `--color` alone is auto.)
    if (f === 'help' || (f === 'color' && argv[p.at[n]].includes('=') && !COLOR_WHEN.test(v))) {
      help = true;
      continue;
    }
    // --color/--colour only colour a terminal's output: the console shows none.
    if (f === 'color') continue;
    if (!SIMULATED.includes(f) || f.length > 1)
      return { error: `grep: ${f.length > 1 ? '--' : '-'}${f}: option not simulated by VirtLab\n` };
    if (!WITH_VALUE.includes(f)) flags.set(f, '');
    else if (f === 'e') patterns.push(v);
    else if (!/^\d+$/.test(v)) return { error: `grep: ${v}: invalid context length argument\n` };
    else if (f !== 'C') flags.set(f, v);
    else context = v;
  }
  if (help) return { help: true };
  // The last -C or -NUM is the context on each side that -A or -B does not set.
  if (context !== '') for (const k of ['A', 'B']) if (!flags.has(k)) flags.set(k, String(Number(context)));
  const operands = [...p.operands];
  if (!patterns.length) {
    const pattern = operands.shift();
    if (pattern === undefined) return { error: USAGE };
    patterns.push(pattern);
  }
  return { flags, patterns, operands };
}

/** The regular expression for the patterns: -E extended, -F fixed strings, -w whole words, -x whole lines. */
function regex(patterns: string[], flags: Map<string, string>): RegExp {
  const one = (p: string) => {
    const body = flags.has('F') ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : toJsRegex(p, flags.has('E'));
    return flags.has('x') ? `^(?:${body})$` : flags.has('w') ? `(?<![\\w])(?:${body})(?![\\w])` : `(?:${body})`;
  };
  return new RegExp(
    patterns
      .flatMap((p) => p.split('\n'))
      .map(one)
      .join('|'),
    flags.has('i') ? 'gi' : 'g',
  );
}

/** One file's output lines: matches (`n:`), context (`n-`) and `--` between groups, as GNU grep prints them. */
function matches(text: string, re: RegExp, flags: Map<string, string>, prefix: string) {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const test = (l: string) => {
    re.lastIndex = 0;
    return re.test(l);
  };
  const all = (l: string) => {
    re.lastIndex = 0;
    return [...l.matchAll(re)];
  };
  const hit = lines.map((l) => test(l) !== flags.has('v'));
  const count = hit.filter(Boolean).length;
  const after = Number(flags.get('A') ?? 0);
  const before = Number(flags.get('B') ?? 0);
  const out: string[] = [];
  let last = -1;
  const tag = (k: number, sep: string) => `${prefix ? prefix + sep : ''}${flags.has('n') ? `${k + 1}${sep}` : ''}`;
  lines.forEach((l, k) => {
    const near = hit.slice(Math.max(0, k - after), k).some(Boolean) || hit.slice(k + 1, k + 1 + before).some(Boolean);
    if (!hit[k] && !near) return;
    if ((flags.has('A') || flags.has('B')) && last >= 0 && k > last + 1) out.push('--');
    last = k;
    if (!hit[k]) out.push(`${tag(k, '-')}${l}`);
    else if (flags.has('o') && !flags.has('v'))
      out.push(
        ...all(l)
          .filter((m) => m[0])
          .map((m) => `${tag(k, ':')}${m[0]}`),
      );
    else out.push(`${tag(k, ':')}${l}`);
  });
  return { out, count };
}

/**
 * GNU grep: `-E -F -i -v -w -x -c -n -o -q -l -L -h -H -s -r`, `-e PATTERN`, context `-A -B -C NUM` (groups
 * apart by `--`), `FILE:` before each line when several files are read; any other option is refused with
 * grep's words, exit 2. Exit 0 when a line matched, 1 when none, 2 on an error (unless -q matched).
 */
export const grep: Tool = (argv, io) => {
  const p = parse(argv);
  if ('help' in p) return { stdout: GREP_HELP, stderr: '', status: 0 };
  if ('error' in p) return { stdout: '', stderr: p.error, status: 2 };
  const { flags, patterns } = p;
  let re: RegExp;
  try {
    re = regex(patterns, flags);
  } catch {
    return { stdout: '', stderr: 'grep: Invalid regular expression\n', status: 2 };
  }
  const recursive = flags.has('r') || flags.has('R');
  const named = p.operands.length ? p.operands : [recursive ? '.' : '-'];
  // Operand by operand, as grep goes: a directory's or an unreadable file's error in its place.
  const chunks: Chunk[] = [];
  let stdout = '';
  let found = 0;
  let failed = false;
  const files = named.flatMap((f): ({ file: string } | { error: string })[] => {
    const abs = f === '-' ? '-' : io.fs.resolve(f);
    if (abs === '-' || !io.fs.isDir(abs)) return [{ file: f }];
    if (!recursive) return [{ error: `grep: ${f}: Is a directory\n` }];
    const base = f.replace(/\/$/, '');
    return io.fs
      .list(abs)
      .filter((x) => !x.endsWith('/'))
      .map((x) => ({ file: `${base}${x.slice(abs === '/' ? 0 : abs.length)}` }));
  });
  const several = (named.length > 1 || recursive) && !flags.has('h');
  const print = (text: string) => {
    stdout += text;
    write(chunks, 1, text);
  };
  for (const item of files) {
    if ('error' in item) {
      failed = true;
      write(chunks, 2, item.error);
      continue;
    }
    const f = item.file;
    const r = f === '-' ? { ok: true as const, data: io.stdin ?? '' } : io.fs.read(io.fs.resolve(f));
    if (!r.ok) {
      failed = true;
      if (!flags.has('s')) write(chunks, 2, `grep: ${f}: ${errnoText[r.errno]}\n`);
      continue;
    }
    const name = f === '-' ? '(standard input)' : f;
    const { out, count } = matches(r.data, re, flags, several || flags.has('H') ? name : '');
    found += count;
    if (flags.has('q')) continue;
    if (flags.has('l') || flags.has('L')) print(count > 0 === flags.has('l') ? `${name}\n` : '');
    else if (flags.has('c')) print(`${several || flags.has('H') ? `${name}:` : ''}${count}\n`);
    else {
      // Context groups are apart by `--` across files too.
      const apart = (flags.has('A') || flags.has('B')) && stdout && out.length ? '--\n' : '';
      print(apart + out.map((l) => `${l}\n`).join(''));
    }
  }
  const stderr = textOf(chunks, 2);
  // -q: a selected line is success even after an error.
  if (flags.has('q') && found) return { stdout: '', stderr, status: 0 };
  return { stdout, stderr, chunks, status: failed ? 2 : found ? 0 : 1 };
};
