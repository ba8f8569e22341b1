import type { ShellResult, Transcript } from '@/lib/api/contract';
import type { ConsoleLang } from '@/lib/shell/shell-env';
import { tokenize } from '@/lib/shell/tokenize';
import type { Connection } from './connections';
import type { Backend } from './context';
import { domstate, lifecycle, runVirsh } from './actions';

/**
 * virsh subcommands the console may run on a real host: reading, and what the UI's buttons do.
 * Not define/create/edit (they read or edit files on the server), not connect (the URI is the
 * server's), not dump/save/migrate from a typed line (the buttons guard their files and jobs).
 */
export const CONSOLE_ALLOWED = new Set([
  'list',
  'dominfo',
  'domstate',
  'domid',
  'domname',
  'domuuid',
  'dumpxml',
  'vcpuinfo',
  'vcpupin',
  'vcpucount',
  'domjobinfo',
  'domjobabort',
  'nodeinfo',
  'hostname',
  'uri',
  'version',
  'capabilities',
  'freecell',
  'nodememstats',
  'schedinfo',
  'dommemstat',
  'domblklist',
  'domiflist',
  'start',
  'shutdown',
  'reboot',
  'reset',
  'destroy',
  'suspend',
  'resume',
  'managedsave',
  'managedsave-remove',
  'setmem',
  'setmaxmem',
  'setvcpus',
  'autostart',
  'domrename',
  'help',
  'echo',
]);

/** The typed line's virsh words, or why the console on a real host does not run it. */
export function consoleWords(line: string): { ok: true; argv: string[] } | { ok: false; message: string } {
  const t = tokenize(line);
  if (!t.ok) return { ok: false, message: t.error };
  if (t.commands.length !== 1) return { ok: false, message: 'one virsh command per line on a real host' };
  const [tool, sub, ...rest] = t.commands[0];
  if (tool !== 'virsh') return { ok: false, message: `${tool}: only virsh runs on a real host (no shell)` };
  if (!sub) return { ok: false, message: 'virsh: name a command (the interactive shell is not offered)' };
  if (sub.startsWith('-'))
    return { ok: false, message: `virsh ${sub}: the server chooses the connection and its options` };
  if (!CONSOLE_ALLOWED.has(sub)) return { ok: false, message: `virsh ${sub}: not offered on a real host` };
  return { ok: true, argv: [sub, ...rest] };
}

/** A console line on a real host: allowed virsh commands run (in the page's language); anything else is refused in the transcript. */
export async function runConsole(b: Backend, c: Connection, line: string, lang?: ConsoleLang): Promise<ShellResult> {
  if (line.trim() === '') return { transcript: b.log.record(blank(c, line, '', 0)), events: [] };
  const words = consoleWords(line);
  if (!words.ok) return { transcript: b.log.record(blank(c, line, `error: ${words.message}\n`, 1)), events: [] };
  const action = lifecycle(words.argv[0]);
  const domain = action ? words.argv.slice(1).find((w) => !w.startsWith('-')) : undefined;
  if (domain) b.log.observe(c.name, domain, await domstate(c, domain), { action: null, command: null });
  // The page's language is the console's LANG (decision 045): virsh prints in it where the runner can start it so.
  const transcript = await runVirsh(b, c, words.argv, 'console', undefined, line, lang);
  const seen = domain
    ? b.log.observe(c.name, domain, await domstate(c, domain), { action, command: line })
    : { events: [] };
  return { transcript, events: seen.events };
}

const blank = (c: Connection, line: string, stderr: string, status: number): Omit<Transcript, 'seq'> => ({
  time: Date.now(),
  host: c.name,
  cwd: '/root',
  line,
  stdout: '',
  stderr,
  status,
  source: 'console',
});
