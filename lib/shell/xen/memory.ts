/**
 * Memory sizes on the command line. xm's int_unit (Xen 4.4 main.py) and xl's parse_mem_size_kb
 * (xl_cmdimpl.c) both default to MiB, unlike virsh (KiB): `xm mem-set web 512` is 512 MiB,
 * `virsh setmem web 512` is 512 KiB.
 */

/** Python's int(): optional blanks and sign around decimal digits. */
function pyInt(text: string): number | null {
  const m = /^\s*([+-]?\d+)\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** xm's unit(): the multiplier of a suffix letter; 0 for no letter, 1 (with a warning) for others. */
function unit(c: string): { base: number; warning?: string } {
  if (!/^[A-Za-z]$/.test(c)) return { base: 0 };
  if (c === 'G' || c === 'g') return { base: 1024 ** 3 };
  if (c === 'M' || c === 'm') return { base: 1024 ** 2 };
  if (c === 'K' || c === 'k') return { base: 1024 };
  return { base: 1, warning: 'ignoring unknown unit' };
}

/**
 * xm's int_unit(str, 'm'): MiB, with integer division when the unit is smaller. `null` where
 * Python raises ValueError (xm prints "Error: Invalid argument."). The warning goes to stdout.
 */
export function xmIntUnit(text: string, dest: 'm' | 'k' = 'm'): { value: number; warning?: string } | null {
  if (text === '') return null;
  const u = unit(text[text.length - 1]);
  if (!u.base) {
    const n = pyInt(text);
    return n === null ? null : { value: n };
  }
  const n = pyInt(text.slice(0, -1));
  if (n === null) return null;
  const dst = unit(dest).base;
  // Python 2 integer division floors.
  const value = dst > u.base ? Math.floor(n / (dst / u.base)) : n * (u.base / dst);
  return { value, warning: u.warning };
}

/** xl's parse_mem_size_kb: strtoll then one suffix letter (t g m k b, none = MiB); -1 when invalid. */
export function xlParseMemSizeKb(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)?(.*)$/s.exec(text)!;
  let kb = m[1] === undefined ? 0 : Number(m[1]);
  const rest = m[1] === undefined ? text : m[2];
  if (rest.length > 1) return -1;
  switch (rest.toLowerCase()) {
    case 't':
      return kb * 1024 ** 3;
    case 'g':
      return kb * 1024 ** 2;
    case '':
    case 'm':
      return kb * 1024;
    case 'k':
      return kb;
    case 'b':
      kb = Math.floor(kb / 1024);
      return kb;
    default:
      return -1;
  }
}
