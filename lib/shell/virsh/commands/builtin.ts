import { virshHelpGroups } from '../help-data.gen';
import { renderAllHelp, renderCommandHelp, renderGroupHelp } from '../help';
import { virshCommandSpec } from '../options';
import { errnoText } from '../../host-fs';
import { connectWarning } from '../../connect';
import type { VirshCommand } from './types';

/**
 * virBufferEscapeShell: a word of only safe characters (letters, digits, `%+,-./:=@_` and
 * non-ASCII) stays bare; anything else goes in '…' with ' written as '\''.
 */
function shellQuote(s: string) {
  if (s !== '' && [...s].every((ch) => ch > '\x7f' || /[A-Za-z0-9%+,\-./:=@_]/.test(ch))) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');

const help: VirshCommand = {
  name: 'help',
  noConnect: true,
  readOnly: true,
  run(c) {
    const name = c.str('command');
    // An empty --command is no command: the full help.
    if (!name) {
      c.print(renderAllHelp());
      return true;
    }
    const group = virshHelpGroups.find((g) => g.keyword === name || g.name === name);
    if (group) {
      c.print(renderGroupHelp(group));
      return true;
    }
    const spec = virshCommandSpec(name);
    if (!spec) {
      c.error(`command or command group '${name}' doesn't exist`);
      return false;
    }
    c.print(renderCommandHelp(spec));
    return true;
  },
};

const echo: VirshCommand = {
  name: 'echo',
  noConnect: true,
  readOnly: true,
  run(c) {
    if (!c.exclusive('shell', 'xml') || !c.exclusive('shell', 'split') || !c.exclusive('xml', 'split')) return false;
    // --split prints each comma-separated piece on a line of its own (",," is a literal comma).
    const split = (a: string) =>
      a === ''
        ? []
        : a
            .replace(/,,/g, '\u0000')
            .split(',')
            .map((p) => `${p.replaceAll('\u0000', ',')}\n`);
    const text = c
      .argv('string')
      .map((a) => {
        const w = c.has('xml') ? xmlEscape(a) : c.has('shell') ? shellQuote(a) : a;
        return c.has('split') ? split(w).join('') : w;
      })
      .join(' ');
    // Without words there is nothing to print, not even an empty error line.
    if (!c.argv('string').length) return true;
    if (c.has('err')) c.error(text);
    else c.print(text);
    return true;
  },
};

const quit: VirshCommand = { name: 'quit', noConnect: true, readOnly: true, run: () => true };
const exit: VirshCommand = { name: 'exit', noConnect: true, readOnly: true, run: () => true };

const pwd: VirshCommand = {
  name: 'pwd',
  noConnect: true,
  readOnly: true,
  run(c) {
    c.print(`${c.s.fs.cwd()}\n`);
    return true;
  },
};

const cd: VirshCommand = {
  name: 'cd',
  noConnect: true,
  readOnly: true,
  run(c) {
    if (!c.s.interactive) {
      c.error('cd: command valid only in interactive mode');
      return false;
    }
    const dir = c.str('dir') || '/root';
    const r = c.s.fs.chdir(dir);
    if (!r.ok) {
      c.error(`cd: ${errnoText[r.errno]}: ${dir}`);
      return false;
    }
    return true;
  },
};

const connect: VirshCommand = {
  name: 'connect',
  noConnect: true,
  readOnly: true,
  run(c) {
    const name = c.str('name') ?? c.s.uri;
    const r = c.s.connect(name, c.s);
    if (!r.ok) {
      // virshReconnect keeps the old URI: the next command reconnects to it.
      c.s.host = null;
      c.io.err += connectWarning(name, c.s.fs, r.error);
      c.error('failed to connect to the hypervisor');
      c.libvirtError(r.error);
      return false;
    }
    c.s.world = r.value.world;
    c.s.host = r.value.host;
    c.s.uri = r.value.uri;
    c.s.readonly = c.has('readonly');
    return true;
  },
};

export const builtinCommands = [help, echo, quit, exit, pwd, cd, connect];
