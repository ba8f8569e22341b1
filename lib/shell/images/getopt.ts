/**
 * getopt_long as qemu-img and virt-clone's callers use it: options may come anywhere among the
 * operands; `valued` short and long options take the next word (or `--opt=value`).
 */
export interface Parsed {
  opts: Map<string, string[]>;
  operands: string[];
}
export type ParseResult = { ok: true; value: Parsed } | { ok: false; option: string };

export function getopt(argv: string[], valued: readonly string[], flags: readonly string[]): ParseResult {
  const opts = new Map<string, string[]>();
  const operands: string[] = [];
  const add = (k: string, v: string) => opts.set(k, [...(opts.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (valued.includes(name)) {
      const v = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) return { ok: false, option: a };
      add(name, v);
    } else if (flags.includes(a)) add(a, '');
    // "-fqcow2" is "-f qcow2", as getopt reads a short option's attached argument.
    else if (!a.startsWith('--') && a.length > 2 && valued.includes(a.slice(0, 2))) add(a.slice(0, 2), a.slice(2));
    else return { ok: false, option: a };
  }
  return { ok: true, value: { opts, operands } };
}

export const last = (p: Parsed, k: string) => p.opts.get(k)?.at(-1);
