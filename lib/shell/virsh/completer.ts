import { domainName, findHost } from '../../sim/world';
import type { Session } from '../session';
import { quoteWord } from '../tokenize';
import { virshHelpCommands } from './help-data.gen';
import type { Completer } from './readline';

const commonPrefix = (xs: string[]) =>
  xs.reduce((p, x) => {
    let i = 0;
    while (i < p.length && p[i] === x[i]) i++;
    return p.slice(0, i);
  });

/**
 * virsh's readline completer (vshReadlineCompletion): the command name first, then the
 * command's `--options`, or the connection's domain names where the command takes a domain.
 * One match is completed with a space after it; several, to their common prefix.
 */
export function virshCompleter(s: Session): Completer {
  return (before) => {
    const segment = before.slice(before.lastIndexOf(';') + 1);
    const current = /(\S*)$/.exec(segment)![1];
    const words = segment
      .slice(0, segment.length - current.length)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const spec = words.length ? virshHelpCommands.find((c) => c.name === words[0]) : undefined;
    const host = s.host ? findHost(s.world, s.host) : undefined;
    const candidates = !words.length
      ? virshHelpCommands.map((c) => c.name)
      : !spec
        ? []
        : current.startsWith('-')
          ? spec.options.map((o) => `--${o.name}`).filter((o) => !words.includes(o))
          : spec.options.some((o) => o.name === 'domain')
            ? (host?.domains.map(domainName) ?? [])
            : [];
    const found = [...new Set(candidates)].filter((c) => c.startsWith(current)).sort();
    const head = before.slice(0, before.length - current.length);
    const listed = { word: current, matches: found };
    if (found.length === 0) return { text: before, ambiguous: false, ...listed };
    if (found.length === 1) return { text: `${head}${quoteWord(found[0])} `, ambiguous: false, ...listed };
    const prefix = commonPrefix(found);
    return { text: prefix.length > current.length ? `${head}${prefix}` : before, ambiguous: true, ...listed };
  };
}
