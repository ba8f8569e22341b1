import { decodeUtf8, isWide, utf8Length } from '../../table-cell';

/**
 * readline's multibyte steps in a UTF-8 locale (mbutil.c: _rl_find_next_mbchar, _rl_find_prev_mbchar,
 * _rl_col_width): the line is bytes, the point moves over a whole character, a byte that starts no
 * valid sequence is a character of its own; a character takes wcwidth's columns (2 for East Asian
 * wide ones). Without `mb` (the C locale) every byte is a character one column wide.
 */
export const charLength = (t: string, i: number, mb: boolean) => (mb ? utf8Length(t, i) || 1 : 1);

/** The start of the character after the one at `i` (at most the end). */
export const nextChar = (t: string, i: number, mb: boolean) => Math.min(t.length, i + charLength(t, i, mb));

/** The start of the character before `i` (at least 0). */
export function prevChar(t: string, i: number, mb: boolean): number {
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
export function stepChars(t: string, i: number, count: number, mb: boolean): number {
  let p = i;
  for (let n = count; n > 0 && p < t.length; n--) p = nextChar(t, p, mb);
  for (let n = -count; n > 0 && p > 0; n--) p = prevChar(t, p, mb);
  return p;
}

/** Columns the bytes of `s` take on the screen (printable text; control keys are drawn `^X` first). */
export function columns(s: string, mb: boolean): number {
  if (!mb) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const len = utf8Length(s, i);
    n += len > 1 && isWide(decodeUtf8(s.slice(i, i + len))) ? 2 : 1;
    i += len || 1;
  }
  return n;
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
