import type { Tool } from './tool-io';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' };

/** The backslash escapes of printf's format (and of %b's argument): \n \t \\ \" \xHH \NNN (octal). */
function backslashes(s: string, octalNeedsZero: boolean): string {
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|0?[0-7]{1,3}|.)/g, (m, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e) && (!octalNeedsZero || e[0] === '0'))
      return String.fromCharCode(Number.parseInt(e.slice(e[0] === '0' && e.length > 1 ? 1 : 0), 8) & 0xff);
    return ESCAPES[e] ?? (e === '\\' || e === '"' || e === "'" ? e : m);
  });
}

/** A numeric argument as bash reads it: decimal, 0x hex, 0 octal, 'c (the character's code); else an error. */
function number(arg: string | undefined, errors: string[]): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const t = arg.trim();
  const n = /^[+-]?0[xX][0-9a-fA-F]+$/.test(t)
    ? Number.parseInt(t, 16)
    : /^[+-]?0[0-7]+$/.test(t)
      ? Number.parseInt(t, 8)
      : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)
        ? Number(t)
        : Number.NaN;
  if (Number.isNaN(n)) {
    errors.push(`-bash: printf: ${arg}: invalid number\n`);
    return Number.parseFloat(t) || 0;
  }
  return n;
}

const pad = (s: string, flags: string, width: number) =>
  flags.includes('-')
    ? s.padEnd(width)
    : flags.includes('0') && /^[+-]?\d/.test(s)
      ? zeroPad(s, width)
      : s.padStart(width);
const zeroPad = (s: string, width: number) =>
  /^[+-]/.test(s) ? s[0] + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');

/** One conversion: %s %b %c %d %i %u %o %x %X %f %e %g, with flags, width and precision. */
function convert(spec: string, arg: string | undefined, errors: string[]): string {
  const [, flags, w, p, c] = /^%([-+ 0#]*)(\d*)(?:\.(\d*))?([a-zA-Z])$/.exec(spec)!;
  const width = Number(w || 0);
  const prec = p === undefined ? undefined : Number(p || 0);
  const s = arg ?? '';
  if (c === 's' || c === 'b') {
    const v = c === 'b' ? backslashes(s, true) : s;
    return pad(prec === undefined ? v : v.slice(0, prec), flags, width);
  }
  if (c === 'c') return pad(s.slice(0, 1), flags, width);
  const n = number(arg, errors);
  const sign = (v: string) => (n >= 0 && flags.includes('+') ? `+${v}` : n >= 0 && flags.includes(' ') ? ` ${v}` : v);
  const int = Math.trunc(n);
  const hex = (int >>> 0).toString(16);
  const text =
    c === 'd' || c === 'i'
      ? sign(String(int))
      : c === 'u'
        ? String(int < 0 ? BigInt.asUintN(64, BigInt(int)) : int)
        : c === 'o'
          ? (int >>> 0).toString(8)
          : c === 'x'
            ? hex
            : c === 'X'
              ? hex.toUpperCase()
              : c === 'f'
                ? sign(n.toFixed(prec ?? 6))
                : c === 'e'
                  ? sign(n.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2'))
                  : sign(String(Number(n.toPrecision(prec || 6))));
  return pad(text, flags, width);
}

/**
 * bash's printf builtin: the format's escapes and conversions, reused while arguments remain; a missing
 * argument is empty or 0; a bad number is reported (`invalid number`), printed as 0, and the status is 1.
 */
export const printf: Tool = (argv) => {
  const [format, ...args] = argv[0] === '--' ? argv.slice(1) : argv;
  if (format === undefined)
    return { stdout: '', stderr: 'printf: usage: printf [-v var] format [arguments]\n', status: 2 };
  const errors: string[] = [];
  let out = '';
  let i = 0;
  do {
    const before = i;
    const spec = /%%|%[-+ 0#]*\d*(?:\.\d*)?[a-zA-Z]/g;
    let last = 0;
    for (let m = spec.exec(format); m; m = spec.exec(format)) {
      out += backslashes(format.slice(last, m.index), false);
      last = m.index + m[0].length;
      if (m[0] === '%%') out += '%';
      else if (!/[sbcdiuoxXfeg]$/.test(m[0])) {
        errors.push(`-bash: printf: \`${m[0].slice(-1)}': invalid format character\n`);
        return { stdout: out, stderr: errors.join(''), status: 1 };
      } else out += convert(m[0], args[i++], errors);
    }
    out += backslashes(format.slice(last), false);
    if (i === before) break;
  } while (i < args.length);
  return { stdout: out, stderr: errors.join(''), status: errors.length ? 1 : 0 };
};
