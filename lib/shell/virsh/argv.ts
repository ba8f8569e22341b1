/**
 * virsh's own options (virshParseArgv: getopt_long "+:c:d:e:hk:K:l:qrtvV"): short options may be
 * bundled (`-qr`), values may be attached (`-ctest:///default`, `--connect=URI`), and the
 * first word that is not an option starts the command.
 */
export interface VirshArgs {
  uri: string | null;
  quiet: boolean;
  timing: boolean;
  readonly: boolean;
  /** -h / -v / -V answered at once, before connecting. */
  exit?: { kind: 'help' | 'version' | 'long-version' } | { kind: 'error'; message: string };
  rest: string[];
  /** Errors virsh prints and carries on after. */
  warnings: string[];
}

const SHORT_WITH_VALUE = new Set(['c', 'd', 'e', 'k', 'K', 'l']);
const LONG: Record<string, { short: string; value: 'required' | 'optional' | 'none' }> = {
  connect: { short: 'c', value: 'required' },
  debug: { short: 'd', value: 'required' },
  escape: { short: 'e', value: 'required' },
  help: { short: 'h', value: 'none' },
  'keepalive-interval': { short: 'k', value: 'required' },
  'keepalive-count': { short: 'K', value: 'required' },
  log: { short: 'l', value: 'required' },
  quiet: { short: 'q', value: 'none' },
  readonly: { short: 'r', value: 'none' },
  timing: { short: 't', value: 'none' },
  version: { short: 'V', value: 'optional' },
};

/** virshParseArgv's checks of option values (the log file is not opened here). */
function checkValue(opt: string, value: string | undefined, shown: string): string | undefined {
  if (value === undefined) return undefined;
  const int = /^\s*[+-]?\d+$/.test(value) ? Number(value) : NaN;
  if (opt === 'd') {
    if (Number.isNaN(int)) return `option ${shown} takes a numeric argument`;
  }
  if (opt === 'k' || opt === 'K') {
    if (Number.isNaN(int)) return `Invalid value for option ${shown}`;
    if (int < 0) return `option ${shown} requires a positive integer argument`;
  }
  // vshAllowedEscapeChar: one character, or ^ and a control-character letter.
  if (opt === 'e' && !(value.length === 1 || /^\^[A-Za-z@[\\\]^_]$/.test(value)))
    return `Invalid string '${value}' for escape sequence`;
  return undefined;
}

const missing = (short: string): VirshArgs['exit'] => {
  const long = Object.keys(LONG).find((k) => LONG[k].short === short);
  return { kind: 'error', message: `option '-${short}'/'--${long}' requires an argument` };
};

export function parseVirshArgv(argv: readonly string[]): VirshArgs {
  const out: VirshArgs = { uri: null, quiet: false, timing: false, readonly: false, rest: [], warnings: [] };
  const apply = (opt: string, value: string | undefined, shown: string): VirshArgs['exit'] | undefined => {
    const bad = checkValue(opt, value, shown);
    if (bad) return { kind: 'error', message: bad };
    if (opt === 'c') out.uri = value!;
    // An out-of-range debug level is reported and ignored.
    else if (opt === 'd' && (Number(value) < 0 || Number(value) > 4))
      out.warnings.push(`ignoring debug level ${Number(value)} out of range [0-4]`);
    else if (opt === 'q') out.quiet = true;
    else if (opt === 't') out.timing = true;
    else if (opt === 'r') out.readonly = true;
    else if (opt === 'h') return { kind: 'help' };
    else if (opt === 'v') return { kind: 'version' };
    else if (opt === 'V') return { kind: value === undefined || value === 'long' ? 'long-version' : 'version' };
    return undefined;
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    let exit: VirshArgs['exit'] | undefined;
    if (a.startsWith('--')) {
      const [name, inline] = a.includes('=')
        ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a.slice(2), undefined];
      const spec = LONG[name];
      if (!spec) return { ...out, exit: { kind: 'error', message: `unsupported option '${a}'. See --help.` } };
      let value = inline;
      if (spec.value === 'required' && value === undefined) {
        if (i + 1 >= argv.length) return { ...out, exit: missing(spec.short) };
        value = argv[++i];
      }
      if (spec.value === 'none' && inline !== undefined)
        return { ...out, exit: { kind: 'error', message: `unsupported option '-${spec.short}'. See --help.` } };
      // --version without a value is the short version.
      exit = name === 'version' && value === undefined ? { kind: 'version' } : apply(spec.short, value, `--${name}`);
    } else {
      for (let j = 1; j < a.length && !exit; j++) {
        const ch = a[j];
        if (!SHORT_WITH_VALUE.has(ch) && !'hqrtvV'.includes(ch))
          return { ...out, exit: { kind: 'error', message: `unsupported option '-${ch}'. See --help.` } };
        if (!SHORT_WITH_VALUE.has(ch)) {
          exit = apply(ch, undefined, `-${ch}`);
          continue;
        }
        let value = a.slice(j + 1);
        if (value === '') {
          if (i + 1 >= argv.length) return { ...out, exit: missing(ch) };
          value = argv[++i];
        }
        exit = apply(ch, value, `-${ch}`);
        break;
      }
    }
    if (exit) return { ...out, exit };
  }
  return { ...out, rest: argv.slice(i) };
}
