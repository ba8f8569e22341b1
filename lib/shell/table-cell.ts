/**
 * vshTableSafeEncode: how virsh writes one table cell, given as bytes (one character per byte).
 * A character the locale cannot print is escaped per byte as `\xNN`; a byte ≥ 0x80 goes
 * through a signed `char`, so it always prints as `\xff` (snprintf cuts "\xffffffe4" to four
 * characters). Printable characters count their display width (wcwidth); escapes count 4.
 */
export function tableCell(bytes: string, utf8: boolean): { text: string; width: number } {
  let text = '';
  let width = 0;
  const escapeByte = (b: number) => {
    text += b >= 0x80 ? '\\xff' : `\\x${b.toString(16).padStart(2, '0')}`;
    width += 4;
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes.charCodeAt(i);
    if (b < 0x80) {
      if (b < 0x20 || b === 0x7f) escapeByte(b);
      else {
        text += bytes[i];
        width++;
      }
      i++;
      continue;
    }
    const len = utf8 ? utf8Length(bytes, i) : 0;
    if (!len) {
      escapeByte(b);
      i++;
      continue;
    }
    const seq = bytes.slice(i, i + len);
    const cp = decodeUtf8(seq);
    if (cp < 0xa0) for (const c of seq) escapeByte(c.charCodeAt(0));
    else {
      text += seq;
      width += isWide(cp) ? 2 : 1;
    }
    i += len;
  }
  return { text, width };
}

/** Length of a well-formed UTF-8 sequence at `i`, or 0. */
export function utf8Length(bytes: string, i: number): number {
  const b = bytes.charCodeAt(i);
  const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
  if (!len || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if ((bytes.charCodeAt(i + k) & 0xc0) !== 0x80) return 0;
  return len;
}

export function decodeUtf8(seq: string): number {
  const b = [...seq].map((c) => c.charCodeAt(0));
  if (b.length === 2) return ((b[0] & 0x1f) << 6) | (b[1] & 0x3f);
  if (b.length === 3) return ((b[0] & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f);
  return ((b[0] & 0x07) << 18) | ((b[1] & 0x3f) << 12) | ((b[2] & 0x3f) << 6) | (b[3] & 0x3f);
}

/** East Asian wide and fullwidth ranges, as glibc's wcwidth gives 2. */
export const isWide = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1f64f) ||
  (cp >= 0x20000 && cp <= 0x3fffd);
