import { consoleTools } from './console';
import { diskToolCandidates } from './images/complete-disk-tools';
import { quoteWord } from './tokenize';
import { virshHelpCommands } from './virsh/help-data.gen';
import { xlCommands } from './xl/registry';
import { xmCommands } from './xm/registry';

/** A domain as Tab needs it: which tools can see it (xl only running ones, xm also xend-managed shut-off ones). */
export interface CompletionDomain {
  name: string;
  state: string;
  persistent: boolean;
}
/** What Tab can complete besides the command data: the host's domains and files. */
export interface CompletionContext {
  domains: readonly (string | CompletionDomain)[];
  files?: readonly string[];
}

/** The domain names `tool` lists: a name it cannot see is no completion (`xl pause pv<Tab>`). */
function domainNames(ctx: CompletionContext, tool: string): string[] {
  return ctx.domains.flatMap((d) => {
    if (typeof d === 'string') return [d];
    const active = d.state !== 'shut off';
    return tool === 'virsh' || active || (tool === 'xm' && d.persistent) ? [d.name] : [];
  });
}
/** The line after Tab, and the choices to print when more than one fits. */
export interface Completion {
  line: string;
  candidates: string[];
}

const virshNames = virshHelpCommands.map((c) => c.name);

/** The xm / xl subcommands their registries simulate. */
const xenSubcommands = (tool: 'xm' | 'xl') => (tool === 'xm' ? xmCommands : xlCommands).map((c) => c.name);

function candidatesFor(words: string[], current: string, ctx: CompletionContext): string[] {
  const files = ctx.files ?? [];
  if (words.length === 0) return [...consoleTools];
  const [tool, ...args] = words;
  if (tool === 'virsh') {
    const positional = args.filter((a) => !a.startsWith('-'));
    if (positional.length === 0)
      return current.startsWith('-') ? ['--connect', '--quiet', '--readonly', '--help', '--version'] : virshNames;
    const spec = virshHelpCommands.find((c) => c.name === positional[0]);
    if (!spec) return [];
    if (current.startsWith('-')) return spec.options.map((o) => `--${o.name}`).filter((o) => !args.includes(o));
    const wantsFile = spec.options.some((o) => o.name === 'file' || o.name === 'xml');
    const wantsDomain = spec.options.some((o) => o.name === 'domain');
    return [...(wantsDomain ? domainNames(ctx, tool) : []), ...(wantsFile ? files : [])];
  }
  if (tool === 'xm' || tool === 'xl')
    return args.length === 0 ? xenSubcommands(tool) : [...domainNames(ctx, tool), ...files];
  const forGuestTool = diskToolCandidates(tool, args, current, { domains: domainNames(ctx, tool), files });
  if (forGuestTool) return forGuestTool;
  return [...files];
}

const commonPrefix = (xs: string[]) =>
  xs.reduce((p, x) => {
    let i = 0;
    while (i < p.length && p[i] === x[i]) i++;
    return p.slice(0, i);
  });

/**
 * Bash-like Tab: completes the last word of the last command on the line from the tool names,
 * virsh's commands and options (its help data), xm/xl subcommands (their registries), domain names and files.
 */
export function completeLine(line: string, ctx: CompletionContext): Completion {
  const { word, matches: found } = completionMatches(line, ctx);
  if (found.length === 0) return { line, candidates: [] };
  const current = word.replace(/^'/, '');
  const head = line.slice(0, line.length - word.length);
  if (found.length === 1) return { line: `${head}${quoteWord(found[0])} `, candidates: [] };
  const prefix = commonPrefix(found);
  return {
    line: prefix.length > current.length && quoteWord(prefix) === prefix ? `${head}${prefix}` : line,
    candidates: found,
  };
}

/**
 * The word Tab completes at the end of `line` (as typed, a leading quote kept) and its matches,
 * sorted and unquoted: what readline's `*` inserts and `=` lists (vi mode at the console).
 */
export function completionMatches(line: string, ctx: CompletionContext): { word: string; matches: string[] } {
  const amp = line.lastIndexOf('&&');
  const start = Math.max(
    line.lastIndexOf(';') + 1,
    line.lastIndexOf('|') + 1,
    line.lastIndexOf('\n') + 1,
    amp < 0 ? 0 : amp + 2,
  );
  const segment = line.slice(start);
  const m = /(\S*)$/.exec(segment)!;
  const current = m[1].replace(/^'/, '');
  const words = segment
    .slice(0, segment.length - m[1].length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const matches = [...new Set(candidatesFor(words, current, ctx))].filter((c) => c.startsWith(current)).sort();
  return { word: m[1], matches };
}
