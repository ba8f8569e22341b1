/**
 * Python's getopt.gnu_getopt, as xm's commands call it: options anywhere unless after `--`,
 * long options by unique prefix, GetoptError's messages.
 */
export type Getopt = { ok: true; opts: [string, string][]; params: string[] } | { ok: false; error: string };

export function gnuGetopt(args: readonly string[], shortopts: string, longopts: readonly string[]): Getopt {
  const opts: [string, string][] = [];
  const params: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      params.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.includes('=')
        ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a.slice(2), undefined];
      const exact = longopts.filter((l) => l.replace(/=$/, '') === name);
      const matches = exact.length ? exact : longopts.filter((l) => l.startsWith(name));
      if (!matches.length) return { ok: false, error: `option --${name} not recognized` };
      if (matches.length > 1) return { ok: false, error: `option --${name} not a unique prefix` };
      const full = matches[0];
      const takes = full.endsWith('=');
      const long = full.replace(/=$/, '');
      if (takes) {
        if (value !== undefined) opts.push([`--${long}`, value]);
        else if (i + 1 < args.length) opts.push([`--${long}`, args[++i]]);
        else return { ok: false, error: `option --${long} requires argument` };
      } else {
        if (value !== undefined) return { ok: false, error: `option --${long} must not have an argument` };
        opts.push([`--${long}`, '']);
      }
    } else if (a.startsWith('-') && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const at = shortopts.indexOf(c);
        if (at < 0 || c === ':') return { ok: false, error: `option -${c} not recognized` };
        if (shortopts[at + 1] === ':') {
          const rest = a.slice(j + 1);
          if (rest) opts.push([`-${c}`, rest]);
          else if (i + 1 < args.length) opts.push([`-${c}`, args[++i]]);
          else return { ok: false, error: `option -${c} requires argument` };
          break;
        }
        opts.push([`-${c}`, '']);
      }
    } else params.push(a);
  }
  return { ok: true, opts, params };
}

/**
 * glibc getopt_long as xl's def_getopt calls it (opterr = 0): arguments are permuted, options
 * come back in order; an unknown option or one missing its argument comes back as `?` with the
 * letter (xl then prints "option `x' not supported.").
 */
export type CGetoptItem = { opt: string; arg?: string } | { opt: '?'; optopt: string };
export interface CGetopt {
  items: CGetoptItem[];
  params: string[];
}
export type LongOpts = Record<string, { short: string; arg: boolean }>;

export function cGetopt(args: readonly string[], shortopts: string, longopts: LongOpts = {}): CGetopt {
  const res: CGetopt = { items: [], params: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      res.params.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const keys = Object.keys(longopts);
      const hit = keys.includes(name) ? [name] : keys.filter((k) => k.startsWith(name));
      if (hit.length !== 1) {
        res.items.push({ opt: '?', optopt: '\0' });
        continue;
      }
      const spec = longopts[hit[0]];
      if (!spec.arg) {
        res.items.push({ opt: spec.short });
        continue;
      }
      const v = eq >= 0 ? a.slice(eq + 1) : args[++i];
      res.items.push(v === undefined ? { opt: '?', optopt: spec.short } : { opt: spec.short, arg: v });
    } else if (a.startsWith('-') && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const at = shortopts.indexOf(c);
        if (at < 0 || c === ':') {
          res.items.push({ opt: '?', optopt: c });
          continue;
        }
        if (shortopts[at + 1] === ':') {
          const v = a.slice(j + 1) || args[++i];
          res.items.push(v === undefined ? { opt: '?', optopt: c } : { opt: c, arg: v });
          break;
        }
        res.items.push({ opt: c });
      }
    } else res.params.push(a);
  }
  return res;
}
