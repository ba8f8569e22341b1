/**
 * Guest config files (/etc/xen/<name>.cfg). xm executes them as Python (opts.py load:
 * execfile); xl reads the same `key = value` lines with its own parser (libxlu_cfg). This
 * reads the subset both accept: strings, integers, floats, lists, comments.
 */
export type CfgValue = string | number | CfgValue[];
export interface CfgSetting {
  value: CfgValue;
  line: number;
}

export type CfgParse =
  | { ok: true; vars: Record<string, CfgSetting> }
  | { ok: false; kind: 'syntax'; line: number; text: string; near: string }
  | { ok: false; kind: 'name'; line: number; name: string };

type Tok = { t: 'str' | 'num' | 'name' | 'punct'; v: string; line: number };

function tokenize(src: string): Tok[] | { line: number; near: string } {
  const toks: Tok[] = [];
  let line = 1;
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '\n') {
      toks.push({ t: 'punct', v: '\n', line });
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = src.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      let j = i + close.length,
        v = '';
      while (j < src.length && !src.startsWith(close, j)) {
        if (!triple && src[j] === '\n') return { line, near: src.slice(i, j) };
        if (src[j] === '\\' && j + 1 < src.length) {
          const e = src[j + 1];
          v += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          j += 2;
          continue;
        }
        if (src[j] === '\n') line++;
        v += src[j++];
      }
      if (j >= src.length) return { line, near: src.slice(i, i + 20) };
      toks.push({ t: 'str', v, line });
      i = j + close.length;
      continue;
    }
    const num = /^[+-]?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num && (/\d/.test(c) || ((c === '-' || c === '+') && /\d/.test(src[i + 1] ?? '')))) {
      toks.push({ t: 'num', v: num[0], line });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      toks.push({ t: 'name', v: name[0], line });
      i += name[0].length;
      continue;
    }
    if ('=[],;'.includes(c)) {
      toks.push({ t: 'punct', v: c, line });
      i++;
      continue;
    }
    return { line, near: c };
  }
  toks.push({ t: 'punct', v: '\n', line });
  return toks;
}

/** Python's names for constants a config may use. */
const CONSTANTS: Record<string, number> = { True: 1, False: 0 };

export function parseXenConfig(src: string): CfgParse {
  const toks = tokenize(src);
  const lineText = (n: number) => src.split('\n')[n - 1] ?? '';
  if (!Array.isArray(toks))
    return { ok: false, kind: 'syntax', line: toks.line, text: lineText(toks.line), near: toks.near };
  const vars: Record<string, CfgSetting> = Object.create(null); // `constructor = 1` is a setting like any other
  let i = 0;
  const bad = (t: Tok) => ({
    ok: false as const,
    kind: 'syntax' as const,
    line: t.line,
    text: lineText(t.line),
    near: t.v === '\n' ? '' : t.v,
  });
  const value = (): { v: CfgValue } | { err: CfgParse } => {
    const t = toks[i];
    if (t.t === 'str') {
      i++;
      return { v: t.v };
    }
    if (t.t === 'num') {
      i++;
      return { v: Number(t.v) };
    }
    if (t.t === 'name') {
      i++;
      if (Object.hasOwn(CONSTANTS, t.v)) return { v: CONSTANTS[t.v] };
      if (Object.hasOwn(vars, t.v)) return { v: vars[t.v].value };
      return { err: { ok: false, kind: 'name', line: t.line, name: t.v } };
    }
    if (t.v === '[') {
      i++;
      const list: CfgValue[] = [];
      while (toks[i].v === '\n') i++;
      while (toks[i].v !== ']') {
        const item = value();
        if ('err' in item) return item;
        list.push(item.v);
        while (toks[i].v === '\n') i++;
        if (toks[i].v === ',') {
          i++;
          while (toks[i].v === '\n') i++;
          continue;
        }
        if (toks[i].v !== ']') return { err: bad(toks[i]) };
      }
      i++;
      return { v: list };
    }
    return { err: bad(t) };
  };
  while (i < toks.length) {
    const t = toks[i];
    if (t.v === '\n' || t.v === ';') {
      i++;
      continue;
    }
    if (t.t !== 'name' || toks[i + 1]?.v !== '=') return bad(t.t === 'name' ? toks[i + 1] : t);
    i += 2;
    const v = value();
    if ('err' in v) return v.err;
    vars[t.v] = { value: v.v, line: t.line };
    if (toks[i].v !== '\n' && toks[i].v !== ';') return bad(toks[i]);
  }
  return { ok: true, vars };
}
