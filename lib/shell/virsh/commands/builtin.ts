import { virshHelpGroups } from '../help-data.gen';
import { renderAllHelp, renderCommandHelp, renderGroupHelp } from '../help';
import { virshCommandSpec } from '../options';
import type { VirshCommand } from './types';

/** virsh's --shell quoting (virBufferEscapeShell): plain words stay bare, others go in '…'. */
function shellQuote(s: string) {
  if (s !== '' && /^[A-Za-z0-9_+,./:@=%^-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');

const help: VirshCommand = {
  name: 'help', noConnect: true, readOnly: true,
  run(c) {
    const name = c.str('command');
    if (name === undefined) { c.print(renderAllHelp()); return true; }
    const group = virshHelpGroups.find((g) => g.keyword === name || g.name === name);
    if (group) { c.print(renderGroupHelp(group)); return true; }
    const spec = virshCommandSpec(name);
    if (!spec) { c.error(`command or command group '${name}' doesn't exist`); return false; }
    c.print(renderCommandHelp(spec));
    return true;
  },
};

const echo: VirshCommand = {
  name: 'echo', noConnect: true, readOnly: true,
  run(c) {
    let args = c.argv('string');
    if (c.has('split')) args = args.flatMap((a) => a.replace(/,,/g, '\u0000').split(',').map((p) => p.replace(/\u0000/g, ',')));
    const text = args.map((a) => (c.has('xml') ? xmlEscape(a) : a)).map((a) => (c.has('shell') ? shellQuote(a) : a)).join(' ');
    if (c.has('err')) c.error(text);
    else c.print(text);
    return true;
  },
};

const quit: VirshCommand = { name: 'quit', noConnect: true, readOnly: true, run: () => true };
const exit: VirshCommand = { name: 'exit', noConnect: true, readOnly: true, run: () => true };

const pwd: VirshCommand = {
  name: 'pwd', noConnect: true, readOnly: true,
  run(c) { c.print(`${c.s.fs.cwd()}\n`); return true; },
};

const cd: VirshCommand = {
  name: 'cd', noConnect: true, readOnly: true,
  run(c) {
    const dir = c.str('dir') ?? '/root';
    const r = c.s.fs.chdir(dir);
    if (!r.ok) { c.error(`cannot chdir to ${dir}`); return false; }
    return true;
  },
};

const connect: VirshCommand = {
  name: 'connect', noConnect: true, readOnly: true,
  run(c) {
    const r = c.s.connect(c.str('name') ?? c.s.uri, c.s);
    if (!r.ok) { c.libvirtError(r.error); c.error('Failed to connect to the hypervisor'); return false; }
    c.s.world = r.value.world;
    c.s.host = r.value.host;
    c.s.uri = r.value.uri;
    c.s.readonly = c.has('readonly');
    return true;
  },
};

export const builtinCommands = [help, echo, quit, exit, pwd, cd, connect];
