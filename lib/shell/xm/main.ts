import { findHost } from '../../sim/world';
import type { XenCliInput, XenCliOutput } from '../xen-cli';
import { XmCtx } from './context';
import type { XmExit } from './exits';
import { cmdHelp, longHelp, shortHelp } from './help';
import { xmHelpData } from './help-data.gen';
import { xmCommandByName, xmRealCommands } from './registry';

/** xm_lookup_cmd: exact name, alias (with a deprecation notice), `help`, or a unique prefix. */
function lookup(name: string, io: { err: string }): string | 'help' | null {
  if (xmRealCommands.includes(name)) return name;
  const alias = Object.hasOwn(xmHelpData.aliases, name) ? xmHelpData.aliases[name] : undefined;
  if (alias) {
    io.err += `Command ${name} is deprecated.  Please use xm ${alias} instead.\n`;
    return alias;
  }
  if (name === 'help') return 'help';
  if (name.length > 1) {
    const same = xmRealCommands.filter((c) => c.startsWith(name));
    if (same.length === 1) return same[0];
  }
  return null;
}

/** libvirt's job-lock refusal (lib/sim/ops/context.ts checkJobLock), which xend never says. */
const JOB_LOCK = /^Timed out during operation: cannot acquire state change lock /;

/** What _run_cmd prints for each way a command can end, and xm's exit status. */
function finish(c: XmCtx, name: string, end: XmExit | undefined): number {
  if (!end) return 0;
  switch (end.kind) {
    case 'no-domain':
      c.error(`Domain '${end.dom}' does not exist.`);
      return 3;
    case 'fault':
      // The simulator's libvirt job lock (a migration holds the domain): xend has no such lock and would act.
      if (JOB_LOCK.test(end.message)) {
        c.err += `virtlab: xend takes no lock while a domain migrates: xm ${name} would act on it mid-migration, and what that does to the migration is not simulated by VirtLab; nothing changed\n`;
        return 1;
      }
      c.error(end.message);
      c.print(cmdHelp(name));
      return 1;
    case 'value':
      c.error('Invalid argument.');
      c.print(cmdHelp(name));
      return 1;
    case 'option':
      c.error(end.message);
      c.print(cmdHelp(name));
      c.print(`${end.usage ?? ''}\n`);
      return 1;
    // sys.exit(rc) with the caught SystemExit itself: Python prints it on stderr and exits 1.
    case 'exit':
      c.err += `${end.code}\n`;
      return 1;
    case 'exit-status':
      return end.status;
  }
}

/**
 * The xm program (Xen 4.4, xend running) on one host of the world, run as root:
 * `xm <subcommand> [args]`. Output, errors and exit status are xm's.
 */
export function xmMain(input: XenCliInput): XenCliOutput {
  const argv = input.argv;
  if (!findHost(input.world, input.host)?.xen)
    return { stdout: '', stderr: '-bash: xm: command not found\n', status: 127, world: input.world };
  const done = (out: string, err: string, status: number, world = input.world) => ({
    stdout: out,
    stderr: err,
    status,
    world,
  });
  if (argv.length === 0) return done(shortHelp(), '', 1);
  for (const h of ['--help', '-h']) {
    if (argv.includes(h)) return argv[0] === h ? done(longHelp(), '', 0) : done(cmdHelp(argv[0]), '', 1);
  }
  const io = { err: '' };
  const name = lookup(argv[0], io);
  if (name === 'help') return done(longHelp(), io.err, 0);
  if (name === null) return done(shortHelp(), `Error: Subcommand ${argv[0]} not found!\n`, 1);
  const command = xmCommandByName(name);
  const c = new XmCtx(input.world, input.host, input.fs, input.now, argv[0]);
  c.err = io.err;
  c.background = !!input.background;
  if (!command) {
    c.err += `Error: xm ${name} is not simulated by VirtLab.\n`;
    return done(c.out, c.err, 1);
  }
  const status = finish(c, argv[0], command.run(c, argv.slice(1)));
  return done(c.out, c.err, status, c.world);
}
