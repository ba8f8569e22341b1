import { errnoText, type HostFs } from './host-fs';

/** What a host tool gets: the host's files, its standard input (a pipe, `<` or a here-document) and the time. */
export interface ToolIo {
  fs: HostFs;
  stdin?: string;
  now: number;
}
export type ToolOut = { stdout: string; stderr: string; status: number };
export type Tool = (argv: string[], io: ToolIo) => ToolOut;

export const out = (stdout: string, stderr = '', status = stderr ? 1 : 0): ToolOut => ({ stdout, stderr, status });
export const base = (p: string) => p.replace(/\/+$/, '').slice(p.replace(/\/+$/, '').lastIndexOf('/') + 1);
export const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
export const usage = (tool: string, what: string) =>
  out('', `${tool}: ${what}\nTry '${tool} --help' for more information.\n`);

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
export function inputs(tool: string, operands: string[], io: ToolIo, cannot: (f: string, e: string) => string) {
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
