import type { HostFs } from './host-fs';
import { errnoText } from './host-fs';

type ToolOut = { stdout: string; stderr: string; status: number };

/** `sed [-i] 's/RE/REPL/[g]' [FILE]`: the one edit a lesson needs (e.g. xend-config.sxp). */
export function sed(argv: string[], fs: HostFs, stdin: string | undefined): ToolOut {
  const inPlace = argv.includes('-i');
  const extended = argv.includes('-E') || argv.includes('-r');
  const args = argv.filter((a) => !['-i', '-e', '-E', '-r'].includes(a));
  const [script, file] = args;
  const m = script ? /^s(.)(.*?)\1(.*?)\1([gi]*)$/.exec(script) : null;
  if (!m)
    return {
      stdout: '',
      stderr: `sed: -e expression #1, char ${script?.length ?? 0}: unknown command: \`${script?.[0] ?? ''}'\n`,
      status: 1,
    };
  let re: RegExp;
  try {
    re = new RegExp(extended ? m[2] : breToJs(m[2]), m[4].includes('g') ? 'g' : '');
  } catch {
    return { stdout: '', stderr: 'sed: -e expression #1: Invalid regular expression\n', status: 1 };
  }
  const replace = m[3]
    .replace(/\$/g, '$$$$')
    .replace(/\\(\d)/g, '$$$1')
    .replace(/(^|[^\\])&/g, '$1$$&')
    .replace(/\\&/g, '&');
  let text: string;
  if (file) {
    const abs = fs.resolve(file);
    const r = fs.read(abs);
    if (!r.ok) return { stdout: '', stderr: `sed: can't read ${file}: ${errnoText[r.errno]}\n`, status: 2 };
    text = r.data;
    const out = text
      .split('\n')
      .map((l) => l.replace(re, replace))
      .join('\n');
    if (inPlace) {
      fs.write(abs, out);
      return { stdout: '', stderr: '', status: 0 };
    }
    return { stdout: out, stderr: '', status: 0 };
  }
  return {
    stdout: (stdin ?? '')
      .split('\n')
      .map((l) => l.replace(re, replace))
      .join('\n'),
    stderr: '',
    status: 0,
  };
}

/** POSIX basic regular expressions: ( ) { } + ? | are literal unless escaped. */
function breToJs(re: string): string {
  let out = '';
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\' && i + 1 < re.length) {
      const n = re[++i];
      out += '(){}+?|'.includes(n) ? n : `\\${n}`;
    } else out += '(){}+?|'.includes(c) ? `\\${c}` : c;
  }
  return out;
}
