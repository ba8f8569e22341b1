/**
 * bash's words for a console line: '…', "…" and \ quoting, `~` and $HOME-style variables,
 * operators (`|`, `||`, `&&`, `;`, `&`, newline) and redirections (`>`, `>>`, `<`, `<<`, `<<-`,
 * `2>`, `2>&1`, `&>`), each redirection with its file descriptor. Here-document bodies are
 * read from the lines after the one holding `<<`. Input that bash would continue on a `> `
 * prompt (an open quote, a here-document without its end, a trailing `|`) is `incomplete`.
 */
export type Token =
  | { kind: 'word'; text: string; quoted: boolean }
  | { kind: 'op'; op: string; at?: number }
  | { kind: 'redirect'; fd: number; op: string };
export type Lexed = { ok: true; tokens: Token[]; bodies: string[] } | { ok: false; incomplete: true; error: string };

const OPS = ['&&', '||', ';;', '|', ';', '&', '\n'];
const REDIRECTS = ['<<-', '<<', '>>', '>&', '&>', '>|', '<', '>'];
const isBlank = (c: string) => c === ' ' || c === '\t';
const isMeta = (c: string | undefined) => c !== undefined && ' \t\n;&|<>'.includes(c);

/** The shell's variables (its environment, LANG among them, and HOSTNAME); any other `$NAME` is empty, as in bash. */
export interface ShellEnv {
  HOME: string;
  PWD: string;
  HOSTNAME: string;
  [name: string]: string;
}

/**
 * Where `$?` stood: the status is known only when the command runs (after the list's earlier pipelines),
 * so the console puts it in then (console.ts). NUL cannot be typed, so it never stands for anything else.
 */
export const STATUS_MARK = '\u0000?';

export function lexShell(text: string, env: ShellEnv): Lexed {
  const tokens: Token[] = [];
  const bodies: string[] = [];
  const pending: { delim: string; strip: boolean; expand: boolean }[] = [];
  const vars: Record<string, string> = { ...env, USER: 'root', LOGNAME: 'root', SHELL: '/bin/bash' };
  const expand = (s: string, at: number): [string, number] => {
    if (s[at + 1] === '?') return [STATUS_MARK, at + 2];
    const m = /^\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(s.slice(at + 1));
    if (!m || (s[at + 1] === '{') !== m[0].endsWith('}')) return ['$', at + 1];
    return [Object.hasOwn(vars, m[1]) ? vars[m[1]] : '', at + 1 + m[0].length];
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isBlank(c) || (c === '\\' && text[i + 1] === '\n')) {
      i += c === '\\' ? 2 : 1;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const op = text.startsWith('&>', i) ? undefined : OPS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', op, at: i });
      i += op.length;
      if (op === '\n' && pending.length) {
        // Here-document bodies follow the line that asked for them, in order.
        for (const h of pending.splice(0)) {
          let body = '';
          while (true) {
            if (i >= text.length) return { ok: false, incomplete: true, error: hereEof(h.delim) };
            const end = text.indexOf('\n', i);
            let line = text.slice(i, end < 0 ? text.length : end);
            i = end < 0 ? text.length : end + 1;
            if (h.strip) line = line.replace(/^\t+/, '');
            if (line === h.delim) break;
            if (end < 0) return { ok: false, incomplete: true, error: hereEof(h.delim) };
            body += `${h.expand ? line.replace(/\$(\?|\{?[A-Za-z_][A-Za-z0-9_]*\}?)/g, (_m, _n, o) => expand(line, o)[0]) : line}\n`;
          }
          bodies.push(body);
        }
      }
      continue;
    }
    const fdWord = /^(\d)(?=[<>])/.exec(text.slice(i));
    const redirect = REDIRECTS.find((r) => text.startsWith(r, i + (fdWord ? 1 : 0)));
    if (redirect && (fdWord || !/\d/.test(c))) {
      const fd = fdWord ? Number(fdWord[1]) : redirect.startsWith('<') ? 0 : redirect === '&>' ? -1 : 1;
      tokens.push({ kind: 'redirect', fd, op: redirect === '>|' ? '>' : redirect });
      i += redirect.length + (fdWord ? 1 : 0);
      if (redirect.startsWith('<<')) {
        while (isBlank(text[i])) i++;
        const w = readWord(text, i, expand);
        if (!w.ok) return w;
        if (w.text !== '' || w.quoted) pending.push({ delim: w.text, strip: redirect === '<<-', expand: !w.quoted });
      }
      continue;
    }
    const w = readWord(text, i, expand);
    if (!w.ok) return w;
    tokens.push({ kind: 'word', text: w.text, quoted: w.quoted });
    i = w.end;
  }
  if (pending.length) return { ok: false, incomplete: true, error: hereEof(pending[0].delim) };
  return { ok: true, tokens, bodies };
}

const hereEof = (delim: string) => `warning: here-document delimited by end-of-file (wanted \`${delim}')`;

type WordRead =
  | { ok: true; text: string; quoted: boolean; end: number }
  | { ok: false; incomplete: true; error: string };

function readWord(text: string, start: number, expand: (s: string, at: number) => [string, number]): WordRead {
  let out = '';
  let quoted = false;
  let i = start;
  if (text[i] === '~' && (isMeta(text[i + 1]) || text[i + 1] === '/' || i + 1 === text.length)) {
    out = expand('$HOME', 0)[0];
    i++;
  }
  while (i < text.length && !isMeta(text[i])) {
    const c = text[i];
    if (c === "'") {
      const j = text.indexOf("'", i + 1);
      if (j < 0) return { ok: false, incomplete: true, error: "unexpected EOF while looking for matching `''" };
      out += text.slice(i + 1, j);
      quoted = true;
      i = j + 1;
    } else if (c === '"') {
      quoted = true;
      i++;
      while (text[i] !== '"') {
        if (i >= text.length)
          return { ok: false, incomplete: true, error: 'unexpected EOF while looking for matching `"\'' };
        if (text[i] === '\\' && '"\\$`\n'.includes(text[i + 1] ?? '')) {
          if (text[i + 1] !== '\n') out += text[i + 1];
          i += 2;
        } else if (text[i] === '$') {
          const [v, next] = expand(text, i);
          out += v;
          i = next;
        } else out += text[i++];
      }
      i++;
    } else if (c === '\\') {
      if (i + 1 >= text.length) return { ok: false, incomplete: true, error: 'unexpected end of file' };
      out += text[i + 1];
      quoted = true;
      i += 2;
    } else if (c === '$') {
      const [v, next] = expand(text, i);
      out += v;
      i = next;
    } else out += text[i++];
  }
  return { ok: true, text: out, quoted, end: i };
}
