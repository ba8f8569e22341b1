/**
 * virsh's number parsing: vshCommandOptInt/UInt (strtol rules) and vshCommandOptScaledInt
 * (virScaleInteger's suffixes: b, k/KiB, KB, M/MiB, MB, ... E).
 */
export type Parsed<T> =
  | { ok: true; value: T }
  /** `msgid`: the message, where its English is another's too (lib/shell/l10n/message-note.ts). */
  | { ok: false; error: string; libvirtError?: string; msgid?: string };

const INT_RE = /^[ \t\n]*[+-]?\d+$/;

/**
 * virStrToLong_* over the whole value (blanks before it, a sign), then the type's range — one rule
 * for every integer option. `sign`: `signed` (strtol, strtoll); `unsigned` refuses any '-' even
 * "-0" (virStrToLong_uip, _ullp); `wrap` lets strtoul negate a negative value modulo 2^64 (_ul).
 */
function parseIntegral(text: string, name: string, max: bigint, sign: 'signed' | 'unsigned' | 'wrap'): Parsed<bigint> {
  const bad = {
    ok: false as const,
    error: `Numeric value '${text}' for <${name}> option is malformed or out of range`,
  };
  if (!INT_RE.test(text) || (sign === 'unsigned' && text.trim().startsWith('-'))) return bad;
  const n = BigInt(text.trim());
  if (sign === 'wrap') return (n < 0n ? -n : n) > max ? bad : { ok: true, value: n < 0n ? max + 1n + n : n };
  return n > max || (sign === 'signed' && n < -max - 1n) ? bad : { ok: true, value: n };
}

const asNumber = (r: Parsed<bigint>): Parsed<number> => (r.ok ? { ok: true, value: Number(r.value) } : r);

/** vshCommandOptInt: an int. */
export const parseInt32 = (text: string, name: string) => asNumber(parseIntegral(text, name, 2n ** 31n - 1n, 'signed'));

/** vshCommandOptUInt without wrap: negative values are refused. */
export const parseUInt = (text: string, name: string) =>
  asNumber(parseIntegral(text, name, 2n ** 32n - 1n, 'unsigned'));

const SCALE: Record<string, number> = { k: 1, m: 2, g: 3, t: 4, p: 5, e: 6 };

/** Bytes from a scaled value; `unit` is the default multiplier (1024 for KiB). */
export function parseScaled(text: string, name: string, unit: number, max = 18446744073709551615n): Parsed<bigint> {
  const malformed = `Scaled numeric value '${text}' for <${name}> option is malformed or out of range`;
  const m = /^[ \t\n]*(\+?\d+)(.*)$/.exec(text);
  if (!m) return { ok: false, error: malformed };
  let value = BigInt(m[1]);
  if (value > 18446744073709551615n) return { ok: false, error: malformed };
  const suffix = m[2];
  let scale: bigint;
  if (suffix === '') scale = BigInt(unit);
  else {
    // virScaleInteger: a unit letter in any case, then nothing or "iB" (powers of 1024) or "B"
    // (powers of 1000), also in any case; "b" alone is bytes.
    const s = /^([bkmgtpe])(ib|b)?$/i.exec(suffix);
    if (!s) return { ok: false, error: malformed, libvirtError: `invalid argument: unknown suffix '${suffix}'` };
    const c = s[1].toLowerCase();
    if (c === 'b') {
      if (s[2]) return { ok: false, error: malformed, libvirtError: `invalid argument: unknown suffix '${suffix}'` };
      scale = 1n;
    } else scale = (s[2]?.toLowerCase() === 'b' ? 1000n : 1024n) ** BigInt(SCALE[c]);
  }
  value *= scale;
  if (value > max) return { ok: false, error: malformed, libvirtError: `numerical overflow: value too large: ${text}` };
  return { ok: true, value };
}

/** vshCommandOptULongLong: an unsigned 64-bit number, no sign wrap-around. */
export const parseULongLong = (text: string, name: string) => parseIntegral(text, name, 2n ** 64n - 1n, 'unsigned');

/** vshCommandOptULWrap: strtoul, so a negative number wraps around instead of being refused. */
export const parseULWrap = (text: string, name: string) => parseIntegral(text, name, 2n ** 64n - 1n, 'wrap');

/** vshCommandOptLongLong: a signed 64-bit number (strtoll over the whole value). */
export const parseLongLong = (text: string, name: string) => parseIntegral(text, name, 2n ** 63n - 1n, 'signed');

/**
 * vshCommandOptTimeoutToMs: an unsigned int of whole seconds, above 0 and small enough that its
 * milliseconds fit an int; that refusal prints the value as read (`%u`), not as typed.
 */
export function parseTimeout(text: string): Parsed<number> {
  const p = parseUInt(text, 'timeout');
  if (!p.ok || (p.value > 0 && p.value <= 2147483)) return p;
  // _("Numeric value '%u' for <%s> option …"): not the '%s' message, and untranslated in Japanese.
  return {
    ok: false,
    error: `Numeric value '${p.value}' for <timeout> option is malformed or out of range`,
    msgid: "Numeric value '%u' for <%s> option is malformed or out of range",
  };
}
