/**
 * TypeScript source without its comments, strings, template literals and regular expressions kept
 * as written: what the Japanese catalogue generator reads as "text the lab prints" (a message named
 * in a comment is not a use). A `/` starts a regular expression where an operand is expected: at the
 * start, after punctuation that ends no operand, or after a keyword such as `return`.
 */
const OPERAND_EXPECTED = /[(,=:[!&|?{};+\-*%<>~^]/;
const KEYWORDS = /^(return|typeof|case|of|in|void|yield|await|delete|throw|new|else|do|instanceof)$/;

interface Lexed {
  out: string;
  end: number;
}

/** A quoted string or a regular expression from `i` (its opening character) through its end. */
function quoted(src: string, i: number, close: string): number {
  let j = i + 1;
  let inClass = false;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (close === '/' && (c === '[' || c === ']')) inClass = c === '[';
    else if (c === close && !inClass) return j + 1;
    else if (c === '\n' && close !== '`') return j;
    j++;
  }
  return j;
}

/** A template literal from its backquote: text kept, each `${…}` lexed as code. */
function template(src: string, i: number): Lexed {
  let out = '`';
  let j = i + 1;
  while (j < src.length && src[j] !== '`') {
    if (src[j] === '\\') {
      out += src.slice(j, j + 2);
      j += 2;
    } else if (src[j] === '$' && src[j + 1] === '{') {
      const inner = code(src, j + 2, true);
      out += `\${${inner.out}}`;
      j = inner.end + 1;
    } else out += src[j++];
  }
  return { out: `${out}\``, end: j + 1 };
}

/** Code from `i`; `inBraces`: stops at the `}` that closes a template's `${`. */
function code(src: string, i: number, inBraces = false): Lexed {
  let out = '';
  let depth = 0;
  let prev = '';
  let word = '';
  let spaced = false;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    const next = src[j + 1];
    if (c === '/' && next === '/') {
      while (j < src.length && src[j] !== '\n') j++;
      continue;
    }
    if (c === '/' && next === '*') {
      const close = src.indexOf('*/', j + 2);
      j = close < 0 ? src.length : close + 2;
      out += ' ';
      continue;
    }
    if (c === '`') {
      const t = template(src, j);
      out += t.out;
      j = t.end;
      prev = '`';
      word = '';
      continue;
    }
    const regex = c === '/' && (prev === '' || OPERAND_EXPECTED.test(prev) || KEYWORDS.test(word));
    if (c === '"' || c === "'" || regex) {
      const end = quoted(src, j, c);
      out += src.slice(j, end);
      j = end;
      prev = c;
      word = '';
      continue;
    }
    if (inBraces && c === '{') depth++;
    if (inBraces && c === '}' && depth-- === 0) return { out, end: j };
    out += c;
    j++;
    if (/\s/.test(c)) {
      spaced = true;
      continue;
    }
    word = /[\w$]/.test(c) ? (/[\w$]/.test(prev) && !spaced ? word + c : c) : '';
    prev = c;
    spaced = false;
  }
  return { out, end: j };
}

export function stripComments(src: string): string {
  return code(src, 0).out;
}
