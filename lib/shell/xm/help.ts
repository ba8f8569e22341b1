import { xmHelpData } from './help-data.gen';

/** xm's help printers (Xen 4.4 main.py cmdHelp / shortHelp / longHelp) and opts.wrap. */

/** opts._line_wrap: words joined while they fit in `width`. */
function lineWrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    if (current.length + word.length + 1 < width) current += `${word} `;
    else {
      lines.push(current.trim());
      current = `${word} `;
    }
  }
  if (current) lines.push(current.trim());
  return lines;
}

/** opts.wrap: short text unchanged, else each line wrapped. */
export function wrap(text: string, width = 70): string[] {
  if (text.length < width) return [text];
  return text.split('\n').flatMap((l) => lineWrap(l, width));
}

const helpOf = (cmd: string) => xmHelpData.subcommandHelp[cmd] as readonly [string, string] | undefined;

/** Python's print: items joined by spaces, a newline at the end. */
const row = (name: string, desc: string) => {
  const w = wrap(desc, 50);
  return `${[` ${name.padEnd(20)} ${w[0].padEnd(50)}`, ...w.slice(1).map((l) => `${' '.repeat(22)}${l}`)].join('\n')}\n`;
};

/** `xm` with no subcommand: the common commands. */
export function shortHelp(): string {
  let out = `${xmHelpData.usageHelp}\nCommon 'xm' commands:\n\n`;
  for (const c of xmHelpData.commonCommands) {
    const h = helpOf(c);
    if (h) out += row(c, h[1]);
  }
  return `${out}\n${xmHelpData.usageFooter}\nFor a complete list of subcommands run 'xm help'.\n`;
}

/** `xm help`: every subcommand. */
export function longHelp(): string {
  let out = `${xmHelpData.usageHelp}\nxm full list of subcommands:\n\n`;
  for (const c of xmHelpData.allCommands) {
    const h = helpOf(c);
    if (h) out += row(c, h[1]);
  }
  return `${out}\n${xmHelpData.usageFooter}\n`;
}

/** cmdHelp: usage and description, then the option table or the imported module's help. */
export function cmdHelp(cmd0: string): string {
  let cmd = cmd0;
  if (!helpOf(cmd)) cmd = Object.keys(xmHelpData.subcommandHelp).find((k) => k.startsWith(cmd)) ?? cmd;
  const h = helpOf(cmd);
  if (!h) return shortHelp();
  let out = `Usage: xm ${cmd} ${h[0]}\n\n${h[1]}\n`;
  const options = xmHelpData.subcommandOptions[cmd];
  if (options) {
    for (const [short, long, desc] of options) {
      const optdesc = short && long ? `${short}, ${long}` : short || long;
      const w = wrap(desc, 43);
      out += `  ${optdesc.padEnd(30)} ${w[0].padEnd(43)}\n`;
      for (const l of w.slice(1)) out += `${' '.repeat(33)}${l}\n`;
    }
    out += '\n';
  } else if (cmd in xmHelpData.moduleHelp) {
    out += `${xmHelpData.moduleHelp[cmd]}\n`;
  }
  return out;
}
