import { errnoText, type HostFs } from './host-fs';

/** What a host tool gets: the host's files, its standard input (a pipe, `<` or a here-document) and the time. */
export interface ToolIo {
  fs: HostFs;
  stdin?: string;
  now: number;
}
export type ToolOut = { stdout: string; stderr: string; status: number };
export type Tool = (argv: string[], io: ToolIo) => ToolOut;

const out = (stdout: string, stderr = '', status = stderr ? 1 : 0): ToolOut => ({ stdout, stderr, status });
const base = (p: string) => p.replace(/\/+$/, '').slice(p.replace(/\/+$/, '').lastIndexOf('/') + 1);
const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
const usage = (tool: string, what: string) => out('', `${tool}: ${what}\nTry '${tool} --help' for more information.\n`);

/** Options (`-n 5`, `-n5`, `-5`, `-lw`) and operands, GNU style: `--` ends options. */
export function splitArgs(
  argv: string[],
  withValue = '',
): { flags: Map<string, string>; operands: string[]; values: [string, string][] } {
  const flags = new Map<string, string>();
  const values: [string, string][] = [];
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    if (/^-\d+$/.test(a)) {
      flags.set('n', a.slice(1));
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      if (withValue.includes(a[j])) {
        flags.set(a[j], a.slice(j + 1) || (argv[++i] ?? ''));
        values.push([a[j], flags.get(a[j])!]);
        break;
      }
      flags.set(a[j], '');
    }
  }
  return { flags, operands, values };
}

/** Each operand's text (`-` or none: standard input), or the tool's "cannot open" line. */
function inputs(tool: string, operands: string[], io: ToolIo, cannot: (f: string, e: string) => string) {
  const texts: { name: string; text: string }[] = [];
  let stderr = '';
  for (const f of operands.length ? operands : ['-']) {
    if (f === '-') {
      texts.push({ name: f, text: io.stdin ?? '' });
      continue;
    }
    const r = io.fs.read(io.fs.resolve(f));
    if (r.ok) texts.push({ name: f, text: r.data });
    else stderr += `${tool}: ${cannot(f, errnoText[r.errno])}\n`;
  }
  return { texts, stderr };
}

const echo: Tool = (argv) => {
  let i = 0;
  let newline = true;
  let escapes = false;
  for (; i < argv.length && /^-[neE]+$/.test(argv[i]); i++) {
    if (argv[i].includes('n')) newline = false;
    if (argv[i].includes('e')) escapes = true;
  }
  let text = argv.slice(i).join(' ');
  if (escapes) text = text.replace(/\\([nt\\])/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
  return out(text + (newline ? '\n' : ''));
};

const cat: Tool = (argv, io) => {
  const { texts, stderr } = inputs('cat', splitArgs(argv).operands, io, (f, e) => `${f}: ${e}`);
  return out(texts.map((t) => t.text).join(''), stderr);
};

/** `head`/`tail [-n N] [FILE]…`: the first or last N lines (10), a `==> FILE <==` header per file when several. */
const ends =
  (tool: 'head' | 'tail'): Tool =>
  (argv, io) => {
    const { flags, operands } = splitArgs(argv, 'n');
    const n = Number(flags.get('n') ?? 10);
    if (!Number.isInteger(n) || n < 0) return out('', `${tool}: invalid number of lines: '${flags.get('n')}'\n`);
    const { texts, stderr } = inputs(tool, operands, io, (f, e) => `cannot open '${f}' for reading: ${e}`);
    const pick = (t: string) => {
      const ls = lines(t);
      const kept = tool === 'head' ? ls.slice(0, n) : ls.slice(Math.max(0, ls.length - n));
      return kept.map((l) => `${l}\n`).join('');
    };
    const many = texts.length > 1;
    return out(
      texts
        .map(
          (t, k) =>
            `${many ? `${k ? '\n' : ''}==> ${t.name === '-' ? 'standard input' : t.name} <==\n` : ''}${pick(t.text)}`,
        )
        .join(''),
      stderr,
    );
  };

/** `wc [-lwc] [FILE]…`: counts right-aligned to the widest total, as GNU wc prints them. */
const wc: Tool = (argv, io) => {
  const { flags, operands } = splitArgs(argv);
  const pick = ['l', 'w', 'c'].filter((f) => flags.has(f));
  const shown = pick.length ? pick : ['l', 'w', 'c'];
  const { texts, stderr } = inputs('wc', operands, io, (f, e) => `${f}: ${e}`);
  const count = (t: string) => ({
    l: (t.match(/\n/g) ?? []).length,
    w: t.split(/\s+/).filter(Boolean).length,
    c: t.length,
  });
  const rows = texts.map((t) => ({ name: t.name === '-' ? '' : t.name, n: count(t.text) }));
  const sum = (k: 'l' | 'w' | 'c') => rows.reduce((a, r) => a + r.n[k], 0);
  if (rows.length > 1) rows.push({ name: 'total', n: { l: sum('l'), w: sum('w'), c: sum('c') } });
  const fromStdin = operands.length === 0;
  const width =
    shown.length === 1 && rows.length === 1 ? 1 : fromStdin ? 7 : String(Math.max(...rows.map((r) => r.n.c))).length;
  const text = rows
    .map((r) => `${shown.map((k) => String(r.n[k as 'l']).padStart(width)).join(' ')}${r.name ? ` ${r.name}` : ''}\n`)
    .join('');
  return out(text, stderr);
};

/** `sort [-r] [-n] [-u] [FILE]…` in the C locale's byte order. */
const sort: Tool = (argv, io) => {
  const { flags, operands } = splitArgs(argv);
  const { texts, stderr } = inputs('sort', operands, io, (f, e) => `cannot read: ${f}: ${e}`);
  if (stderr) return out('', stderr, 2);
  let all = texts.flatMap((t) => lines(t.text));
  const num = (s: string) => Number.parseFloat(s) || 0;
  all.sort((a, b) => (flags.has('n') ? num(a) - num(b) || (a < b ? -1 : a > b ? 1 : 0) : a < b ? -1 : a > b ? 1 : 0));
  if (flags.has('r')) all.reverse();
  if (flags.has('u')) all = all.filter((l, i) => i === 0 || l !== all[i - 1]);
  return out(all.map((l) => `${l}\n`).join(''));
};

/** `cp SRC DEST` / `mv SRC DEST` (DEST may be a directory), with coreutils' messages. */
const copyOrMove =
  (tool: 'cp' | 'mv'): Tool =>
  (argv, io) => {
    const { operands } = splitArgs(argv);
    if (operands.length === 0) return usage(tool, 'missing file operand');
    if (operands.length === 1) return usage(tool, `missing destination file operand after '${operands[0]}'`);
    const dest = operands[operands.length - 1];
    const sources = operands.slice(0, -1);
    const destDir = io.fs.isDir(io.fs.resolve(dest));
    if (sources.length > 1 && !destDir) return out('', `${tool}: target '${dest}' is not a directory\n`);
    let stderr = '';
    for (const src of sources) {
      const from = io.fs.resolve(src);
      const to = destDir ? `${io.fs.resolve(dest).replace(/\/$/, '')}/${base(src)}` : io.fs.resolve(dest);
      if (io.fs.isDir(from)) {
        stderr +=
          tool === 'cp'
            ? `cp: -r not specified; omitting directory '${src}'\n`
            : `mv: cannot move '${src}': Is a directory\n`;
        continue;
      }
      const r = io.fs.read(from);
      if (!r.ok) {
        stderr += `${tool}: cannot stat '${src}': ${errnoText[r.errno]}\n`;
        continue;
      }
      const w = io.fs.write(to, r.data);
      if (!w.ok) {
        const shown = destDir ? `${dest.replace(/\/$/, '')}/${base(src)}` : dest;
        stderr +=
          tool === 'cp'
            ? `cp: cannot create regular file '${shown}': ${errnoText[w.errno]}\n`
            : `mv: cannot move '${src}' to '${shown}': ${errnoText[w.errno]}\n`;
        continue;
      }
      if (tool === 'mv' && from !== to) {
        const rm = io.fs.remove(from);
        if (!rm.ok) stderr += `mv: cannot remove '${src}': ${errnoText[rm.errno]}\n`;
      }
    }
    return out('', stderr);
  };

export const coreutils: Record<string, Tool> = {
  echo,
  cat,
  head: ends('head'),
  tail: ends('tail'),
  wc,
  sort,
  cp: copyOrMove('cp'),
  mv: copyOrMove('mv'),
  true: () => out(''),
  false: () => out('', '', 1),
};
