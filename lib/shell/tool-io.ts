import { errnoText, type HostFs } from './host-fs';
import { type Chunk, textOf } from './output-order';

/** What a host tool gets: the host's files, its standard input (a pipe, `<` or a here-document) and the time. */
export interface ToolIo {
  fs: HostFs;
  stdin?: string;
  now: number;
  /** Standard output is a terminal (isatty) this many columns wide (TIOCGWINSZ); absent: a pipe or a file. */
  terminal?: { columns: number };
}
export type ToolOut = {
  stdout: string;
  stderr: string;
  /** Both streams in the order the tool writes them, where it is not stdout, then stderr (output-order.ts). */
  chunks?: readonly Chunk[];
  status: number;
};
export type Tool = (argv: string[], io: ToolIo) => ToolOut;

export const out = (stdout: string, stderr = '', status = stderr ? 1 : 0): ToolOut => ({ stdout, stderr, status });
export const base = (p: string) => p.replace(/\/+$/, '').slice(p.replace(/\/+$/, '').lastIndexOf('/') + 1);
export const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
export const usage = (tool: string, what: string) =>
  out('', `${tool}: ${what}\nTry '${tool} --help' for more information.\n`);

/** How a long option takes its value, as getopt_long's `has_arg`. */
export type ArgKind = 'none' | 'required' | 'optional';
/** One row of a getopt_long table: the name, the key it sets (its short letter, or a name), its value. */
export type LongOption = readonly [name: string, key: string, arg?: ArgKind];

export interface OptionSpec {
  /** Short options without a value; undefined takes any letter (the lenient tools: cat, wc, ls…). */
  flags?: string;
  /** Short options with a value: `-A3`, `-A 3`, and last in a cluster (`-nA 3`). */
  withValue?: string;
  /** The long options, in the tool's table order (getopt_long lists an ambiguity's possibilities so). */
  long?: readonly LongOption[];
  /** `-5` is `-KEY 5` (head and tail's -n). */
  digits?: string;
}
/**
 * The options in the order given (a repeated one, like grep's `-e`, once each time), the index in argv
 * of the word each came from (grep's `-12` is one number, `-1 -2` two), and the operands.
 */
export type ParsedOptions = { options: [key: string, value: string][]; at: number[]; operands: string[] };

/** The long option `name` names: itself, or the one option its prefix can mean (glibc's getopt_long rules). */
function longOption(tool: string, name: string, table: readonly LongOption[]): LongOption | string {
  const exact = table.find(([n]) => n === name);
  if (exact) return exact;
  const hits = table.filter(([n]) => n.startsWith(name));
  if (!hits.length) return '';
  // Rows with the same key and argument are one option spelt two ways (--color/--colour): no ambiguity.
  if (hits.every(([, k, v]) => k === hits[0][1] && (v ?? 'none') === (hits[0][2] ?? 'none'))) return hits[0];
  return `${tool}: option '--${name}' is ambiguous; possibilities:${hits.map(([n]) => ` '--${n}'`).join('')}\n`;
}

/**
 * GNU getopt_long as the tools parse their arguments: bundled short flags (`-lw`), attached or
 * separate values (`-A3`, `-A 3`), long options with `=value` or the next argument, an unambiguous
 * prefix of a long option, operands among the options (GNU permutes them), `--` ends the options,
 * `-` is an operand. Errors in glibc's words (without the tool's usage line, which the tool adds), with
 * the argument at fault (for a tool that words its own refusal, as qemu-img does).
 */
export function parseOptions(
  tool: string,
  argv: string[],
  spec: OptionSpec,
): ParsedOptions | { error: string; arg: string } {
  const options: [string, string][] = [];
  const at: number[] = [];
  const operands: string[] = [];
  const withValue = spec.withValue ?? '';
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
    if (spec.digits && /^-\d+$/.test(a)) {
      options.push([spec.digits, a.slice(1)]);
      at.push(i);
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (!spec.long) {
        options.push([name, eq < 0 ? '' : a.slice(eq + 1)]);
        at.push(i);
        continue;
      }
      const o = longOption(tool, name, spec.long);
      if (typeof o === 'string') return { error: o || `${tool}: unrecognized option '${a}'\n`, arg: a };
      const [full, key, arg = 'none'] = o;
      if (eq >= 0 && arg === 'none')
        return { error: `${tool}: option '--${full}' doesn't allow an argument\n`, arg: a };
      at.push(i);
      if (eq < 0 && arg === 'required') {
        if (i + 1 >= argv.length) return { error: `${tool}: option '--${full}' requires an argument\n`, arg: a };
        options.push([key, argv[++i]]);
      } else options.push([key, eq < 0 ? '' : a.slice(eq + 1)]);
      continue;
    }
    const word = i;
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (withValue.includes(f)) {
        const v = a.slice(j + 1) || argv[++i];
        if (v === undefined) return { error: `${tool}: option requires an argument -- '${f}'\n`, arg: a };
        options.push([f, v]);
        at.push(word);
        break;
      }
      if (spec.flags !== undefined && !spec.flags.includes(f))
        return { error: `${tool}: invalid option -- '${f}'\n`, arg: a };
      options.push([f, '']);
      at.push(word);
    }
  }
  return { options, at, operands };
}

/** The lenient form: any letter is a flag (the last value of each kept), `--` ends options. */
export function splitArgs(
  argv: string[],
  withValue = '',
): { flags: Map<string, string>; operands: string[]; values: [string, string][] } {
  const parsed = parseOptions('', argv, { withValue, digits: 'n' });
  // Without a table of flags or long options nothing is refused.
  const { options, operands } = 'error' in parsed ? { options: [], operands: argv } : parsed;
  return { flags: new Map(options), operands, values: options.filter(([k]) => withValue.includes(k)) };
}

/** One operand read, or the tool's line saying it could not be. */
export type Input = { name: string; text: string } | { error: string };

/**
 * Each operand's text (`-` or none: standard input), or the tool's "cannot open" line — in operand order
 * (`pieces`), as the GNU tools go file by file: `cat a nosuch b` prints a, the error, then b.
 */
export function inputs(tool: string, operands: string[], io: ToolIo, cannot: (f: string, e: string) => string) {
  const pieces: Input[] = [];
  for (const f of operands.length ? operands : ['-']) {
    if (f === '-') {
      pieces.push({ name: f, text: io.stdin ?? '' });
      continue;
    }
    const r = io.fs.read(io.fs.resolve(f));
    pieces.push(r.ok ? { name: f, text: r.data } : { error: `${tool}: ${cannot(f, errnoText[r.errno])}\n` });
  }
  const texts = pieces.filter((p): p is { name: string; text: string } => 'text' in p);
  const stderr = pieces.map((p) => ('error' in p ? p.error : '')).join('');
  return { texts, stderr, pieces };
}

/** A tool's output from its runs in the order written (stdout and stderr joined from them). */
export function ordered(chunks: Chunk[], status = textOf(chunks, 2) ? 1 : 0): ToolOut {
  return { stdout: textOf(chunks, 1), stderr: textOf(chunks, 2), chunks, status };
}
