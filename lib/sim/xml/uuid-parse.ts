const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isSpace = (c: string) => /^[ \t\n\v\f\r]$/.test(c);

/**
 * virUUIDParse: blanks before, then 32 hex digits in pairs with '-' or ' ' anywhere between the
 * pairs, then blanks only. The UUID as virUUIDFormat prints it, or undefined.
 */
export function parseUuid(s: string): string | undefined {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  let hex = '';
  while (hex.length < 32) {
    const c = s[i];
    if (c === undefined) return undefined;
    if (c === '-' || c === ' ') {
      i++;
      continue;
    }
    if (!isHex(c) || !isHex(s[i + 1])) return undefined;
    hex += (c + s[i + 1]).toLowerCase();
    i += 2;
  }
  if (![...s.slice(i)].every(isSpace)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
