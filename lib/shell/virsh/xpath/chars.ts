/** libxml2's character classes, as its XPath parser uses them (XML 1.0's productions, approximated by Unicode's). */
export const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
export const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
export const isAsciiLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
export const isLetter = (c: string | undefined) => c !== undefined && /^[\p{L}\p{Nl}]$/u.test(c);
const isDigit = (c: string) => /^\p{Nd}$/u.test(c);
const isCombining = (c: string) => /^\p{M}$/u.test(c);
const isExtender = (c: string) =>
  /^[\u00B7\u02D0\u02D1\u0387\u0640\u0E46\u0EC6\u3005\u3031-\u3035\u309D\u309E\u30FC-\u30FE]$/u.test(c);

/** A character that may continue a name (xmlXPathParseNameComplex / xmlXPathScanName). */
export const isNameChar = (c: string | undefined, colon: boolean) =>
  c !== undefined &&
  c !== ' ' &&
  c !== '>' &&
  c !== '/' &&
  (isLetter(c) ||
    isDigit(c) ||
    c === '.' ||
    c === '-' ||
    c === '_' ||
    (colon && c === ':') ||
    isCombining(c) ||
    isExtender(c));

/** UTF-8 length of a string: libxml2 counts its cursor in bytes. */
export const byteLength = (s: string) => unescape(encodeURIComponent(s)).length;

/** The lab's CLI keeps bytes as latin1 characters; the browser has real text. Both read as text here. */
export function asText(s: string): { text: string; bytes: boolean } {
  const codes = [...s].map((c) => c.codePointAt(0) ?? 0);
  if (codes.some((c) => c > 0xff) || !codes.some((c) => c >= 0x80)) return { text: s, bytes: false };
  try {
    return { text: decodeURIComponent(escape(s)), bytes: true };
  } catch {
    return { text: s, bytes: false };
  }
}
export const asBytes = (s: string) => unescape(encodeURIComponent(s));
