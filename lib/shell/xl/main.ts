import { findHost } from '../../sim/world';
import type { XenCliInput, XenCliOutput } from '../xen-cli';
import { XlCtx } from './context';
import { xlHelp, xlLookup } from './help';
import { xlCommandByName } from './registry';

/** xl.c's XEND_LOCK: while either file exists, xl refuses the commands that modify domains. */
const XEND_LOCKS = ['/var/lock/subsys/xend', '/var/lock/xend'];

/**
 * The xl program (Xen 4.4) on one host of the world, run as root:
 * `xl [-v] [-f] [-N] <subcommand> [args]`. Output, errors and exit status are xl's (main's
 * return value truncated to 0-255, as the shell sees it).
 */
export function xlMain(input: XenCliInput): XenCliOutput {
  const host = findHost(input.world, input.host);
  if (!host?.xen) return { stdout: '', stderr: '-bash: xl: command not found\n', status: 127, world: input.world };
  const done = (stdout: string, stderr: string, status: number, world = input.world) => ({
    stdout,
    stderr,
    status: status & 0xff,
    world,
  });
  let i = 0,
    force = false,
    dryrun = false;
  // getopt(argc, argv, "+vfN"): global options stop at the subcommand.
  for (; i < input.argv.length && input.argv[i].startsWith('-') && input.argv[i] !== '-'; i++) {
    const a = input.argv[i];
    if (a === '--') {
      i++;
      break;
    }
    for (const ch of a.slice(1)) {
      if (ch === 'f') force = true;
      else if (ch === 'N') dryrun = true;
      else if (ch !== 'v') return done('', 'unknown global option\n', 2);
    }
  }
  const name = input.argv[i];
  if (!name) return done(xlHelp(), '', 1);
  const args = input.argv.slice(i + 1);
  const spec = xlLookup(name);
  if (!spec) return name === 'help' ? done(xlHelp(args[0]), '', 0) : done('', 'command not implemented\n', 1);
  if (dryrun && !spec.dryrun) return done('', 'command does not implement -N (dryrun) option\n', 1);
  if (spec.modifies && !dryrun && !force && XEND_LOCKS.some((l) => l in host.files)) {
    return done(
      '',
      'xend is running, which may cause unpredictable results when using\nthis xl command.  Please shut down xend before continuing.\n\n(This check can be overridden with the -f option.)\n',
      1,
    );
  }
  const command = xlCommandByName(spec.name);
  if (!command) return done('', `xl ${spec.name}: not simulated by VirtLab\n`, 1);
  const c = new XlCtx(input.world, input.host, input.fs, input.now, spec.name);
  c.background = !!input.background;
  const status = command.run(c, args);
  return done(c.out, c.err, status, c.world);
}
