/**
 * yajl 2.1's lexer (yajl_lex.c), as libvirt 9.0 on Debian links it for virJSONValueFromString:
 * comments not allowed, strings validated as UTF-8. It works on bytes and keeps yajl's offsets
 * (what an error's caret points at): a lexical error on a character consumes it, one found by
 * looking ahead (numbers, escapes, a comment) leaves the offset on the offending byte.
 */
export type Tok = 'eof' | 'error' | 'string' | 'bool' | 'null' | 'number' | '{' | '}' | '[' | ']' | ',' | ':';

/** yajl_lex_error_to_string's texts. */
export const lexErrors = {
  utf8: 'invalid bytes in UTF8 string.',
  escape: "inside a string, '\\' occurs before a character which it may not.",
  jsonChar: 'invalid character inside string.',
  hex: "invalid (non-hex) character occurs after '\\u' inside string.",
  char: 'invalid char in json text.',
  literal: 'invalid string in json text.',
  exponent: 'malformed number, a digit is required after the exponent.',
  fraction: 'malformed number, a digit is required after the decimal point.',
  minus: 'malformed number, a digit is required after the minus sign.',
  comment: 'probable comment found in input text, comments are not enabled.',
} as const;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** The characters a backslash may escape: " \ / b f n r t (u apart). */
const escapable = new Set([...'"\\/bfnrt'].map((c) => c.charCodeAt(0)));
const punct = new Map([...'{}[],:'].map((c) => [c.charCodeAt(0), c as Tok]));
/** true, false and null: the first letter starts the token, the rest must follow. */
const literals = new Map(['true', 'false', 'null'].map((w) => [w.charCodeAt(0), w.slice(1)]));

/** Reads one token from `b` at `pos` (`eof` when the bytes end, mid-token or not). */
export class Lexer {
  pos = 0;
  /** The farthest byte the lexer tried to read: past the text, yajl_complete_parse's phase. */
  far = 0;
  error: keyof typeof lexErrors | undefined;
  /** The token's bytes (a string's without its quotes). */
  start = 0;
  constructor(readonly b: Uint8Array) {}

  private fail(e: keyof typeof lexErrors, unread: boolean): Tok {
    if (unread) this.pos--;
    this.error = e;
    return 'error';
  }

  lex(): Tok {
    for (;;) {
      this.far = Math.max(this.far, this.pos);
      if (this.pos >= this.b.length) return 'eof';
      this.start = this.pos;
      const c = this.b[this.pos++];
      const p = punct.get(c);
      if (p) return p;
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      const rest = literals.get(c);
      if (rest) return this.literal(rest, c === 0x6e ? 'null' : 'bool');
      if (c === 0x22) return this.string();
      if (c === 0x2d || isDigit(c)) {
        this.pos--;
        return this.number();
      }
      return this.fail(c === 0x2f ? 'comment' : 'char', c === 0x2f);
    }
  }

  private literal(rest: string, tok: Tok): Tok {
    for (const want of rest) {
      const c = this.next();
      if (c === undefined) return 'eof';
      if (c !== want.charCodeAt(0)) return this.fail('literal', true);
    }
    return tok;
  }

  private next(): number | undefined {
    this.far = Math.max(this.far, this.pos);
    return this.pos >= this.b.length ? undefined : this.b[this.pos++];
  }

  private number(): Tok {
    let c = this.next();
    if (c === 0x2d) c = this.next();
    if (c === undefined) return 'eof';
    if (c === 0x30) c = this.next();
    else if (c >= 0x31 && c <= 0x39) {
      do c = this.next();
      while (c !== undefined && isDigit(c));
    } else return this.fail('minus', true);
    if (c === undefined) return 'eof';
    if (c === 0x2e) {
      let digits = 0;
      c = this.next();
      while (c !== undefined && isDigit(c)) {
        digits++;
        c = this.next();
      }
      if (c === undefined) return 'eof';
      if (!digits) return this.fail('fraction', true);
    }
    if (c === 0x65 || c === 0x45) {
      c = this.next();
      if (c === 0x2b || c === 0x2d) c = this.next();
      if (c === undefined) return 'eof';
      if (!isDigit(c)) return this.fail('exponent', true);
      do c = this.next();
      while (c !== undefined && isDigit(c));
      if (c === undefined) return 'eof';
    }
    // yajl always reads one byte too far.
    this.pos--;
    return 'number';
  }

  private string(): Tok {
    for (;;) {
      const c = this.next();
      if (c === undefined) return 'eof';
      if (c === 0x22) return 'string';
      if (c === 0x5c) {
        const e = this.next();
        if (e === undefined) return 'eof';
        if (e === 0x75) {
          for (let i = 0; i < 4; i++) {
            const h = this.next();
            if (h === undefined) return 'eof';
            if (!isHex(h)) return this.fail('hex', true);
          }
        } else if (!escapable.has(e)) return this.fail('escape', true);
      } else if (c < 0x20) return this.fail('jsonChar', true);
      else if (c >= 0x80) {
        const t = this.utf8(c);
        if (t !== 'string') return t;
      }
    }
  }

  /** yajl_lex_utf8_char: a lead byte and its continuation bytes (overlongs are not checked). */
  private utf8(lead: number): Tok {
    const more = lead >> 5 === 0x6 ? 1 : lead >> 4 === 0xe ? 2 : lead >> 3 === 0x1e ? 3 : -1;
    if (more < 0) return this.fail('utf8', false);
    for (let i = 0; i < more; i++) {
      const c = this.next();
      if (c === undefined) return 'eof';
      if (c >> 6 !== 0x2) return this.fail('utf8', false);
    }
    return 'string';
  }
}
