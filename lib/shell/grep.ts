import { errnoText } from './host-fs';
import { toJsRegex } from './posix-regex';
import type { Tool } from './tool-io';

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
/** The short options the lab's grep takes; A, B, C and e take a value. */
const SHORT = 'EFivcnqlLwxohHsrRABCe';
const WITH_VALUE = 'ABCe';
/** GNU grep's other short options: real, but not simulated here. */
const GNU_OTHER = '0123456789DGIJPTUVXZabdfmuyz';

type Parsed = { flags: Map<string, string>; patterns: string[]; operands: string[] } | { error: string };

/** GNU grep's options (getopt_long): clusters, `-A3` / `-A 3`, `--` and the long options the lab knows. */
function parse(argv: string[]): Parsed {
  const flags = new Map<string, string>();
  const patterns: string[] = [];
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      // --color/--colour only colour a terminal's output: the console shows none.
      if (/^--colou?r(=(always|never|auto))?$/.test(a)) continue;
      return { error: `grep: unrecognized option '${a}'\n${USAGE}` };
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (GNU_OTHER.includes(f)) return { error: `grep: -${f}: option not simulated by VirtLab\n` };
      if (!SHORT.includes(f)) return { error: `grep: invalid option -- '${f}'\n${USAGE}` };
      if (!WITH_VALUE.includes(f)) {
        flags.set(f, '');
        continue;
      }
      const v = a.slice(j + 1) || argv[++i];
      if (v === undefined) return { error: `grep: option requires an argument -- '${f}'\n${USAGE}` };
      if (f === 'e') patterns.push(v);
      else if (!/^\d+$/.test(v)) return { error: `grep: ${v}: invalid context length argument\n` };
      else if (f !== 'C') flags.set(f, v);
      else for (const k of ['A', 'B']) if (!flags.has(k)) flags.set(k, v); // -A and -B win over -C
      break;
    }
  }
  if (!patterns.length) {
    const p = operands.shift();
    if (p === undefined) return { error: USAGE };
    patterns.push(p);
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
    if ((after || before) && last >= 0 && k > last + 1) out.push('--');
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
  let stdout = '';
  let stderr = '';
  let found = 0;
  let failed = false;
  const files = named.flatMap((f) => {
    const abs = f === '-' ? '-' : io.fs.resolve(f);
    if (abs === '-' || !io.fs.isDir(abs)) return [f];
    if (!recursive) {
      failed = true;
      stderr += `grep: ${f}: Is a directory\n`;
      return [];
    }
    const base = f.replace(/\/$/, '');
    return io.fs
      .list(abs)
      .filter((x) => !x.endsWith('/'))
      .map((x) => `${base}${x.slice(abs === '/' ? 0 : abs.length)}`);
  });
  const several = (files.length > 1 || recursive) && !flags.has('h');
  for (const f of files) {
    const r = f === '-' ? { ok: true as const, data: io.stdin ?? '' } : io.fs.read(io.fs.resolve(f));
    if (!r.ok) {
      failed = true;
      if (!flags.has('s')) stderr += `grep: ${f}: ${errnoText[r.errno]}\n`;
      continue;
    }
    const name = f === '-' ? '(standard input)' : f;
    const { out, count } = matches(r.data, re, flags, several || flags.has('H') ? name : '');
    found += count;
    if (flags.has('q')) continue;
    if (flags.has('l') || flags.has('L')) stdout += count > 0 === flags.has('l') ? `${name}\n` : '';
    else if (flags.has('c')) stdout += `${several || flags.has('H') ? `${name}:` : ''}${count}\n`;
    else {
      // Context groups are apart by `--` across files too.
      const apart = (flags.has('A') || flags.has('B')) && stdout && out.length ? '--\n' : '';
      stdout += apart + out.map((l) => `${l}\n`).join('');
    }
  }
  // -q: a selected line is success even after an error.
  if (flags.has('q') && found) return { stdout: '', stderr, status: 0 };
  return { stdout, stderr, status: failed ? 2 : found ? 0 : 1 };
};
