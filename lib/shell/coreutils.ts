import { copyOrMove } from './copy-move';
import { type Chunk, write } from './output-order';
import { inputs, lines, ordered, out, splitArgs, type Tool } from './tool-io';

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

/** `cat [FILE]…`: operand by operand, an unreadable one's error between the others' text. */
const cat: Tool = (argv, io) => {
  const chunks: Chunk[] = [];
  for (const p of inputs('cat', splitArgs(argv).operands, io, (f, e) => `${f}: ${e}`).pieces)
    'error' in p ? write(chunks, 2, p.error) : write(chunks, 1, p.text);
  return ordered(chunks);
};

/** `head`/`tail [-n N] [FILE]…`: the first or last N lines (10), a `==> FILE <==` header per file when several. */
const ends =
  (tool: 'head' | 'tail'): Tool =>
  (argv, io) => {
    const { flags, operands } = splitArgs(argv, 'n');
    const n = Number(flags.get('n') ?? 10);
    if (!Number.isInteger(n) || n < 0) return out('', `${tool}: invalid number of lines: '${flags.get('n')}'\n`);
    const { pieces } = inputs(tool, operands, io, (f, e) => `cannot open '${f}' for reading: ${e}`);
    const pick = (t: string) => {
      const ls = lines(t);
      const kept = tool === 'head' ? ls.slice(0, n) : ls.slice(Math.max(0, ls.length - n));
      return kept.map((l) => `${l}\n`).join('');
    };
    // Headers when several operands are named (opened or not); the blank line only after a header shown.
    const many = operands.length > 1;
    const chunks: Chunk[] = [];
    let first = true;
    for (const p of pieces) {
      if ('error' in p) {
        write(chunks, 2, p.error);
        continue;
      }
      if (many) write(chunks, 1, `${first ? '' : '\n'}==> ${p.name === '-' ? 'standard input' : p.name} <==\n`);
      first = false;
      write(chunks, 1, pick(p.text));
    }
    return ordered(chunks);
  };

/** `wc [-lwc] [FILE]…`: counts right-aligned to the widest total, as GNU wc prints them. */
const wc: Tool = (argv, io) => {
  const { flags, operands } = splitArgs(argv);
  const pick = ['l', 'w', 'c'].filter((f) => flags.has(f));
  const shown = pick.length ? pick : ['l', 'w', 'c'];
  const { texts, pieces } = inputs('wc', operands, io, (f, e) => `${f}: ${e}`);
  const count = (t: string) => ({
    l: (t.match(/\n/g) ?? []).length,
    w: t.split(/\s+/).filter(Boolean).length,
    c: t.length,
  });
  const rows = texts.map((t) => ({ name: t.name === '-' ? '' : t.name, n: count(t.text) }));
  const sum = (k: 'l' | 'w' | 'c') => rows.reduce((a, r) => a + r.n[k], 0);
  if (operands.length > 1) rows.push({ name: 'total', n: { l: sum('l'), w: sum('w'), c: sum('c') } });
  const fromStdin = operands.length === 0;
  const width =
    shown.length === 1 && rows.length === 1 ? 1 : fromStdin ? 7 : String(Math.max(...rows.map((r) => r.n.c))).length;
  const row = (r: (typeof rows)[number]) =>
    `${shown.map((k) => String(r.n[k as 'l']).padStart(width)).join(' ')}${r.name ? ` ${r.name}` : ''}\n`;
  // Each file's row as it is counted, an unreadable one's error in its place, the total last.
  const chunks: Chunk[] = [];
  let k = 0;
  for (const p of pieces) write(chunks, 'error' in p ? 2 : 1, 'error' in p ? p.error : row(rows[k++]));
  if (rows.length > texts.length) write(chunks, 1, row(rows[rows.length - 1]));
  return ordered(chunks);
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
