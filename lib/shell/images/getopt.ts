import { type ArgKind, type LongOption, parseOptions } from '../tool-io';

/**
 * getopt_long as qemu-img and virt-clone's callers use it: options may come anywhere among the
 * operands; `valued` short and long options take the next word (or `--opt=value`, or `-fqcow2`).
 */
export interface Parsed {
  opts: Map<string, string[]>;
  operands: string[];
}
export type ParseResult = { ok: true; value: Parsed } | { ok: false; option: string };

/** qemu-img's options as getopt_long reads them (tool-io's parseOptions), keyed as spelt: `-f`, `--output`. */
export function getopt(argv: string[], valued: readonly string[], flags: readonly string[]): ParseResult {
  const short = (list: readonly string[]) =>
    list
      .filter((o) => /^-[^-]$/.test(o))
      .map((o) => o[1])
      .join('');
  const long = (list: readonly string[], arg: ArgKind): LongOption[] =>
    list.filter((o) => o.startsWith('--')).map((o) => [o.slice(2), o, arg] as const);
  const p = parseOptions('qemu-img', argv, {
    flags: short(flags),
    withValue: short(valued),
    long: [...long(valued, 'required'), ...long(flags, 'none')],
  });
  if ('error' in p) return { ok: false, option: p.arg };
  const opts = new Map<string, string[]>();
  for (const [k, v] of p.options) {
    const key = k.startsWith('--') ? k : `-${k}`;
    opts.set(key, [...(opts.get(key) ?? []), v]);
  }
  return { ok: true, value: { opts, operands: p.operands } };
}

export const last = (p: Parsed, k: string) => p.opts.get(k)?.at(-1);
