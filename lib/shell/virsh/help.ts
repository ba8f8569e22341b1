import { virshHelpCommands, virshHelpGroups, type VirshHelpCommand } from './help-data.gen';

/** Renders virsh's help exactly as vshCmddefHelp / vshCmdGrpHelp print it. */
export function renderCommandHelp(c: VirshHelpCommand): string {
  let out = `  NAME\n    ${c.name} - ${c.summary}\n\n  SYNOPSIS\n    ${c.synopsis}\n`;
  if (c.description) out += `\n  DESCRIPTION\n    ${c.description}\n`;
  if (c.options.length) {
    out += '\n  OPTIONS\n';
    c.options.forEach((o, i) => {
      // virsh shows `[--name]` on an argv option when data options before it may be positional.
      const shortopt = c.options.slice(0, i).some((p) => p.type === 'string' || p.type === 'number');
      const label =
        o.type === 'bool'
          ? `--${o.name}`
          : o.type === 'argv'
            ? shortopt
              ? `[--${o.name}] <string>`
              : `<${o.name}>`
            : o.required
              ? `[--${o.name}] <${o.type}>`
              : `--${o.name} <${o.type}>`;
      // The generated help text keeps the padding spaces of labels shorter than 15.
      out += `    ${label.padEnd(15)}  ${o.help.replace(/^ +/, '')}\n`;
    });
  }
  return `${out}\n`;
}

export function renderGroupHelp(g: (typeof virshHelpGroups)[number]): string {
  const summary = new Map(virshHelpCommands.map((c) => [c.name, c.summary]));
  return (
    ` ${g.name} (help keyword '${g.keyword}'):\n` +
    g.commands.map((n) => `    ${n.padEnd(30)} ${summary.get(n)}\n`).join('')
  );
}

export function renderAllHelp(): string {
  return `Grouped commands:\n\n${virshHelpGroups.map((g) => `${renderGroupHelp(g)}\n`).join('')}`;
}
