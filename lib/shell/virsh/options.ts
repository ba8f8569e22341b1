import { virshHelpCommands, type VirshHelpCommand, type VirshHelpOption } from './help-data.gen';

/** virsh's option grammar (vshCommandParse): named options, `--opt=value`, positional data, `--`. */
export type OptValue = string | true | string[];
export interface ParsedCommand {
  name: string;
  opts: Map<string, OptValue>;
}
export type ParseResult = { ok: true; command: ParsedCommand } | { ok: false; errors: string[] };

const byName = new Map(virshHelpCommands.map((c) => [c.name, c]));

/**
 * Optional string/number options virsh 9.0 marks VSH_OFLAG_REQ_OPT: they must be named
 * (`--period 5`), a bare word never fills them. Every other non-boolean option also takes
 * positional words, in definition order (found by probing virsh 9.0 itself).
 */
const NAMED_ONLY: Record<string, readonly string[]> = {
  dommemstat: ['period'],
  schedinfo: ['weight', 'cap'],
  'snapshot-create-as': ['memspec'],
  'send-key': ['codeset', 'holdtime'],
  'qemu-monitor-command': ['pass-fds'],
  'qemu-agent-command': ['timeout'],
  domsetlaunchsecstate: ['secrethdr', 'secret'],
  dompmsuspend: ['duration'],
  'domxml-to-native': ['domain'],
  'migrate-compcache': ['size'],
  'guest-agent-timeout': ['timeout'],
  'secret-set-value': ['file'],
};
/** VSH_OT_ALIAS options: other names virsh accepts for an option (not shown by help). */
const ALIASES: Record<string, Record<string, string>> = { echo: { str: 'string' } };
const namedOnly = (cmd: string, o: VirshHelpOption) =>
  o.name === 'xpath' || (NAMED_ONLY[cmd]?.includes(o.name) ?? false);
export const virshCommandSpec = (name: string): VirshHelpCommand | undefined => byName.get(name);

export function parseVirshCommand(words: readonly string[]): ParseResult {
  const [name, ...rest] = words;
  const spec = byName.get(name);
  if (!spec) return { ok: false, errors: [`unknown command: '${name}'`] };
  const opts = new Map<string, OptValue>();
  const seen = new Set<string>();
  // Data options take positional words in definition order (vshCmddefGetData).
  const needArg = spec.options.filter((o) => o.type !== 'bool' && !namedOnly(name, o));
  const pending = new Set(needArg.map((o) => o.name));
  let dataOnly = false;
  const isHelp = name === 'help';
  for (let i = 0; i < rest.length; i++) {
    const tk = rest[i];
    let opt: VirshHelpOption | undefined;
    let value: string | undefined;
    if (!dataOnly && tk.startsWith('--') && /[A-Za-z0-9]/.test(tk[2] ?? '')) {
      const eq = tk.indexOf('=');
      const typed = eq >= 0 ? tk.slice(2, eq) : tk.slice(2);
      const optName = ALIASES[name]?.[typed] ?? typed;
      const inline = eq >= 0 ? tk.slice(eq + 1) : undefined;
      if (optName === 'help') {
        opts.set('--help', true);
        continue;
      }
      opt = spec.options.find((o) => o.name === optName);
      if (!opt) {
        if (isHelp) continue;
        return { ok: false, errors: [`command '${name}' doesn't support option --${optName}`] };
      }
      if (seen.has(opt.name) && opt.type !== 'argv') return { ok: false, errors: [`option --${optName} already seen`] };
      seen.add(opt.name);
      if (opt.type === 'bool') {
        if (inline !== undefined) return { ok: false, errors: [`invalid '=' after option --${opt.name}`] };
        opts.set(opt.name, true);
        continue;
      }
      if (inline !== undefined) value = inline;
      else if (i + 1 < rest.length) value = rest[++i];
      else
        return {
          ok: false,
          errors: [`expected syntax: --${opt.name} <${opt.type === 'number' ? 'number' : 'string'}>`],
        };
      if (opt.type !== 'argv') pending.delete(opt.name);
    } else if (!dataOnly && tk === '--') {
      dataOnly = true;
      continue;
    } else {
      const next = needArg.find((o) => pending.has(o.name));
      if (!next) {
        if (isHelp) continue;
        return { ok: false, errors: [`unexpected data '${tk}'`] };
      }
      opt = next;
      if (opt.type !== 'argv') pending.delete(opt.name);
      seen.add(opt.name);
      value = tk;
    }
    if (opt.type === 'argv') opts.set(opt.name, [...((opts.get(opt.name) as string[] | undefined) ?? []), value]);
    else opts.set(opt.name, value);
  }
  if (opts.has('--help')) return { ok: true, command: { name: 'help', opts: new Map([['command', name]]) } };
  const missing = spec.options.filter((o) => o.required && !seen.has(o.name));
  if (missing.length) {
    return {
      ok: false,
      errors: missing.map((o) =>
        o.type === 'number'
          ? `command '${name}' requires --${o.name} option`
          : `command '${name}' requires <${o.name}> option`,
      ),
    };
  }
  return { ok: true, command: { name, opts } };
}
