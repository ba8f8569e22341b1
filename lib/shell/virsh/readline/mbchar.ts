import { decodeUtf8, isWide, utf8Length } from '../../table-cell';

/**
 * readline's multibyte steps in a UTF-8 locale (mbutil.c: _rl_find_next_mbchar, _rl_find_prev_mbchar,
 * _rl_col_width): the line is bytes, the point moves over a whole character, a byte that starts no
 * valid sequence is a character of its own; a character takes wcwidth's columns (2 for East Asian
 * wide ones, 0 for combining marks). Without `mb` (the C locale) every byte is a character one column wide.
 */
export const charLength = (t: string, i: number, mb: boolean) => (mb ? utf8Length(t, i) || 1 : 1);

/**
 * glibc's wcwidth 0 (Debian 12, checked against libc over every code point): non-spacing and enclosing
 * marks, format characters but the soft hyphen and the prepended concatenation marks, Hangul's medial
 * and final jamo, U+200B.
 */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff\ud7b0-\ud7ff\u200b]$/u;
const ONE_WIDTH = /^[\u00ad\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}]$/u;
const zeroWidth = (cp: number) =>
  cp >= 0x300 && ZERO_WIDTH.test(String.fromCodePoint(cp)) && !ONE_WIDTH.test(String.fromCodePoint(cp));

/** wcwidth of a code point that prints: 0, 1 or 2 columns. */
export const charWidth = (cp: number) => (zeroWidth(cp) ? 0 : isWide(cp) ? 2 : 1);

/** The character at `i` as a code point (_rl_char_value): a byte that starts no valid sequence is itself. */
export function charValue(t: string, i: number, mb: boolean): number {
  const len = mb ? utf8Length(t, i) : 0;
  return len > 1 ? decodeUtf8(t.slice(i, i + len)) : t.charCodeAt(i);
}

/** A valid character of width 0 starts at `i` (a combining mark: the point never stops before one). */
const zeroAt = (t: string, i: number) => utf8Length(t, i) > 1 && zeroWidth(charValue(t, i, true));

/**
 * The start of the character after the one at `i` (at most the end). readline's motions ask for the
 * next character that takes a column (MB_FIND_NONZERO): the combining marks after it go with it; `any`
 * (MB_FIND_ANY: vi's INCREMENT_POS, the character searches, the redisplay) stops at each.
 */
export function nextChar(t: string, i: number, mb: boolean, any = false): number {
  let p = Math.min(t.length, i + charLength(t, i, mb));
  if (!mb || any) return p;
  // A zero-width character at the point does not count as the step (_rl_find_next_mbchar_internal).
  if (zeroAt(t, i) && p < t.length) p = Math.min(t.length, p + charLength(t, p, mb));
  while (p < t.length && zeroAt(t, p)) p += charLength(t, p, mb);
  return p;
}

/** The start of the character before `i` (at least 0); without `any`, back over combining marks to their base. */
export function prevChar(t: string, i: number, mb: boolean, any = false): number {
  let p = prevAny(t, i, mb);
  while (mb && !any && p > 0 && zeroAt(t, p)) p = prevAny(t, p, mb);
  return p;
}

function prevAny(t: string, i: number, mb: boolean): number {
  if (i <= 0) return 0;
  if (mb)
    for (let k = 2; k <= 4 && i - k >= 0; k++) {
      const b = t.charCodeAt(i - k + 1);
      if ((b & 0xc0) !== 0x80) break;
      if (utf8Length(t, i - k) === k) return i - k;
    }
  return i - 1;
}

/** `count` characters on from `i` (back when negative), stopping at the ends. */
export function stepChars(t: string, i: number, count: number, mb: boolean, any = false): number {
  let p = i;
  for (let n = count; n > 0 && p < t.length; n--) p = nextChar(t, p, mb, any);
  for (let n = -count; n > 0 && p > 0; n--) p = prevChar(t, p, mb, any);
  return p;
}

/** Columns the bytes of `s` take on the screen (printable text; control keys are drawn `^X` first). */
export function columns(s: string, mb: boolean): number {
  if (!mb) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const len = utf8Length(s, i);
    n += len > 1 ? charWidth(decodeUtf8(s.slice(i, i + len))) : 1;
    i += len || 1;
  }
  return n;
}

/**
 * towupper (`up`) or towlower of one character given as its bytes (a UTF-8 locale): the bytes of the
 * other case, or the same bytes when it has no other case of one character (ß), or is not valid UTF-8.
 */
export function otherCase(bytes: string, up: boolean): string {
  const valid = bytes.length === 1 ? bytes.charCodeAt(0) < 0x80 : utf8Length(bytes, 0) === bytes.length;
  if (!valid) return bytes;
  const c = bytes.length === 1 ? bytes : String.fromCodePoint(decodeUtf8(bytes));
  const turned = up ? c.toUpperCase() : c.toLowerCase();
  return [...turned].length === 1 ? encodeUtf8(turned.codePointAt(0)!) : bytes;
}

/** A code point as its UTF-8 bytes (one character each). */
export function encodeUtf8(cp: number): string {
  const bytes =
    cp < 0x80
      ? [cp]
      : cp < 0x800
        ? [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)]
        : cp < 0x10000
          ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
          : [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return String.fromCharCode(...bytes);
}
