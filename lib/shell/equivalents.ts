import type { Driver } from '../sim/types';
import { equivalentReasonsJa } from './equivalents-ja';
import type { FlagEquivalent } from './virsh/commands/types';
import { parseScaled } from './virsh/numbers';
import { parseVirshCommand } from './virsh/options';
import { virshCommand } from './virsh/registry';
import { commandLine } from './command-line';
import { quoteWord } from './tokenize';

/** One command in the three dialects; a dialect without one says why, in English and in Japanese. */
export type Dialect = 'virsh' | 'xl' | 'xm';
export type Equivalent = { line: string } | { none: string; ja?: string };
type None = { none: string; ja: string };

const none = (en: string, ja: string): None => ({ none: en, ja });
/** A reason from the registry, with its Japanese (equivalents-ja.ts) and the template's values filled in. */
const registryNone = (text: string, values: Record<string, string> = {}): None =>
  none(withValues(text, values), withValues(equivalentReasonsJa[text] ?? text, values));
export type Equivalents = Record<Dialect, Equivalent>;

/** Values for the registry's xm/xl templates ({domain}, {file}, {size-mib} ...) from virsh's options. */
function templateValues(opts: Map<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of opts) if (typeof v === 'string') values[k] = v;
  // virsh migrate's DESTURI names the host xm and xl take (qemu+ssh://kvm2.lab/system → kvm2.lab).
  if (values.desturi !== undefined)
    values.target = /^[a-z0-9+]+:\/\/(?:[^@/]*@)?([^/:?]+)/i.exec(values.desturi)?.[1] ?? values.desturi;
  values['live-flag'] = opts.get('live') ? '--live ' : '';
  const size = values.size;
  if (size !== undefined) {
    const bytes = parseScaled(size, 'size', 1024);
    // xm mem-set takes MiB; libvirt's sizes default to KiB.
    if (bytes.ok) values['size-mib'] = String((bytes.value + 1048575n) / 1048576n);
  }
  return values;
}

function fill(template: string, values: Record<string, string>): Equivalent {
  let missing = '';
  const line = template.replace(/\{([a-z-]+)\}/g, (_, k: string) => {
    if (values[k] === undefined) missing = k;
    // A {x-flag} is a ready-made option (or nothing), not a word to quote.
    return k.endsWith('-flag') ? (values[k] ?? '') : quoteWord(values[k] ?? '');
  });
  return missing ? none(`needs <${missing}>`, `<${missing}> が必要です`) : { line };
}

const withValues = (text: string, values: Record<string, string>) =>
  text.replace(/\{([a-z-]+)\}/g, (_, k: string) => values[k] ?? k);

/** The words the set (or, for `!name`, absent) options add in `tool`, or the first one's reason there is none. */
function flagWords(
  flags: Record<string, FlagEquivalent> | undefined,
  opts: Map<string, unknown>,
  tool: 'xm' | 'xl',
  sub: string,
): string[] | None {
  const words: string[] = [];
  for (const [name, eq] of Object.entries(flags ?? {})) {
    const absent = name.startsWith('!');
    const option = absent ? name.slice(1) : name;
    if (!!opts.get(option) === absent) continue;
    const e = eq[tool];
    if (e === undefined)
      return none(
        `${tool} ${sub} has no equivalent of ${absent ? 'leaving out ' : ''}--${option}`,
        `${tool} ${sub} には --${option} ${absent ? 'なしに' : 'に'}相当するものがありません`,
      );
    // Its {placeholders} are filled where the template's are (dialect).
    if (typeof e !== 'string') return none(e.none, equivalentReasonsJa[e.none] ?? e.none);
    if (e) words.push(e);
  }
  return words;
}

function dialect(
  t: string | { none: string } | undefined,
  values: Record<string, string>,
  tool: 'xm' | 'xl',
  extra: string[] | None,
): Equivalent {
  if (t === undefined)
    return none(
      `${tool} has no equivalent in VirtLab's table`,
      `VirtLab の対応表には ${tool} の相当するコマンドがありません`,
    );
  if (typeof t !== 'string') return registryNone(t.none, values);
  if (!Array.isArray(extra)) return none(withValues(extra.none, values), withValues(extra.ja, values));
  const flags = extra.map((w) => withValues(w, values));
  // The options go where the template says ({flags}), else right after the subcommand.
  const placed = t.includes('{flags}')
    ? t.replace('{flags}', flags.join(' ')).replace(/ {2,}/g, ' ').trim()
    : t.replace(/^(\S+ \S+)/, (head) => [head, ...flags].join(' '));
  return fill(placed, values);
}

/** On a host that is not Xen, xm and xl do not exist: say so rather than print a line that cannot run. */
const notXen = (host: { name: string; driver: Driver }): Equivalent =>
  none(
    `${host.name} is a ${host.driver === 'qemu' ? 'QEMU/KVM' : 'libvirt test driver'} host: xm and xl manage Xen only`,
    `${host.name} は${host.driver === 'qemu' ? ' QEMU/KVM ' : ' libvirt のテストドライバーの'}ホストです: xm と xl が管理するのは Xen だけです`,
  );

/**
 * A virsh command (its words after `virsh`) and its xl and xm equivalents, from the command
 * registry's templates — the same text the console's help and the UI's forms show.
 */
export function equivalents(virshArgv: readonly string[], host?: { name: string; driver: Driver }): Equivalents {
  const virsh = { line: commandLine('virsh', virshArgv) };
  const parsed = parseVirshCommand(virshArgv);
  const cmd = virshCommand(virshArgv[0] ?? '');
  if (!parsed.ok || !cmd) {
    // virsh's own error stays as virsh prints it.
    const why = parsed.ok
      ? none(`virsh ${virshArgv[0]} is not simulated`, `virsh ${virshArgv[0]} はシミュレートしていません`)
      : none(parsed.errors[0], parsed.errors[0]);
    return { virsh, xl: why, xm: why };
  }
  if (host && host.driver !== 'xen') return { virsh, xl: notXen(host), xm: notXen(host) };
  const opts = parsed.command.opts;
  const values = templateValues(opts);
  const sub = (t: string | { none: string } | undefined) => (typeof t === 'string' ? t.split(' ')[1] : cmd.name);
  return {
    virsh,
    xl: dialect(cmd.xl, values, 'xl', flagWords(cmd.flags, opts, 'xl', sub(cmd.xl))),
    xm: dialect(cmd.xm, values, 'xm', flagWords(cmd.flags, opts, 'xm', sub(cmd.xm))),
  };
}
