/**
 * Reads the Python 2 literals xm's help is written in (tools/python/xen/xm/*.py): strings (joined when
 * adjacent), numbers, names, tuples, lists, dicts, `+` of lists, and calls, kept as data. Enough for
 * the help tables and `gopts.opt(...)` declarations; not a Python parser.
 */
export type Py = string | number | Py[] | { dict: [Py, Py][] } | { name: string } | PyCall;
export interface PyCall {
  call: string;
  args: Py[];
  kwargs: Record<string, Py>;
}
type Tok = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'name'; v: string } | { t: 'op'; v: string };

const ESC: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"', '\n': '' };

/** Tokens of one statement starting at `from`: it ends at a newline outside brackets. */
function statementTokens(src: string, from: number): Tok[] {
  const out: Tok[] = [];
  let depth = 0;
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '#') i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if (c === '\\' && src[i + 1] === '\n') i += 2;
    else if (c === '\n') {
      if (depth === 0 && out.length) break;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (/["']/.test(c) || (/[rRuU]/.test(c) && /["']/.test(src[i + 1] ?? ''))) {
      const raw = /[rR]/.test(c);
      if (!/["']/.test(c)) i++;
      const q = src.startsWith(src[i].repeat(3), i) ? src[i].repeat(3) : src[i];
      let j = i + q.length;
      let v = '';
      while (!src.startsWith(q, j)) {
        if (src[j] === '\\' && !raw) {
          v += ESC[src[j + 1]] ?? `\\${src[j + 1]}`;
          j += 2;
        } else v += src[j++];
      }
      i = j + q.length;
      const last = out[out.length - 1];
      if (last?.t === 'str') last.v += v;
      else out.push({ t: 'str', v });
    } else if (/\d/.test(c)) {
      const m = /^\d+(\.\d+)?/.exec(src.slice(i))!;
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(src.slice(i))!;
      out.push({ t: 'name', v: m[0] });
      i += m[0].length;
    } else {
      if ('([{'.includes(c)) depth++;
      if (')]}'.includes(c)) depth--;
      out.push({ t: 'op', v: c });
      i++;
    }
  }
  return out;
}

/** Evaluates one expression; names resolve through `env` (earlier statements) or stay names. */
function expression(ts: Tok[], env: Record<string, Py>): Py {
  let k = 0;
  const peek = (v: string) => ts[k]?.t === 'op' && ts[k].v === v;
  const expect = (v: string) => {
    if (!peek(v)) throw new Error(`expected ${v} at token ${k}: ${JSON.stringify(ts[k])}`);
    k++;
  };
  /** Reads items up to `close`; says whether a comma separated (or ended) them. */
  const items = (close: string, item: () => void) => {
    let comma = false;
    while (!peek(close)) {
      item();
      if (!peek(close)) expect(',');
      else break;
      comma = true;
    }
    expect(close);
    return comma;
  };
  const sum = (): Py => {
    let v = atom();
    while (peek('+')) {
      k++;
      const w = atom();
      v = Array.isArray(v) && Array.isArray(w) ? [...v, ...w] : `${v}${w}`;
    }
    return v;
  };
  const atom = (): Py => {
    const tok = ts[k++];
    if (tok.t === 'str' || tok.t === 'num') return tok.v;
    if (tok.t === 'name') {
      if (!peek('(')) return env[tok.v] ?? { name: tok.v };
      k++;
      const call: PyCall = { call: tok.v, args: [], kwargs: {} };
      items(')', () => {
        if (ts[k].t === 'name' && ts[k + 1]?.t === 'op' && ts[k + 1].v === '=') {
          const key = String(ts[k].v);
          k += 2;
          call.kwargs[key] = sum();
        } else call.args.push(sum());
      });
      return call;
    }
    if (tok.v === '-' && ts[k]?.t === 'num') return -(ts[k++].v as number);
    if (tok.v === '(' || tok.v === '[') {
      const list: Py[] = [];
      const comma = items(tok.v === '(' ? ')' : ']', () => list.push(sum()));
      // (a + b) is a, not a one-element tuple: only a comma makes a tuple.
      return tok.v === '(' && list.length === 1 && !comma ? list[0] : list;
    }
    if (tok.v === '{') {
      const dict: [Py, Py][] = [];
      items('}', () => {
        const key = sum();
        expect(':');
        dict.push([key, sum()]);
      });
      return { dict };
    }
    throw new Error(`unexpected ${JSON.stringify(tok)}`);
  };
  return sum();
}

/** The top-level statements `NAME = expression` and `name(...)` calls of a file, in order. */
export function pythonStatements(src: string, env: Record<string, Py> = {}) {
  const calls: PyCall[] = [];
  const re = /^([A-Za-z_][\w.]*)\s*(=|\()/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    if (m[1] === 'def' || m[1] === 'class') continue;
    const start = m[2] === '=' ? m.index + m[0].length : m.index;
    let value: Py;
    try {
      value = expression(statementTokens(src, start), env);
    } catch {
      continue; // code, not data
    }
    if (m[2] === '=') env[m[1]] = value;
    else if (typeof value === 'object' && 'call' in value) calls.push(value);
  }
  return { env, calls };
}
