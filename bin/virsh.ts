/**
 * `virsh` (package bin, dist/virsh.mjs; `npm run -s virsh -- [-c URI] 'cmd; cmd'`): VirtLab's
 * virsh on the command line, with real virsh's stdout, stderr and exit status. Files are real
 * files; relative names resolve against the folder npm was started from (INIT_CWD). With no
 * command: commands from standard input as they arrive, or an interactive `virsh #` prompt on a terminal.
 */
import { runVirshCli } from '../lib/node/virsh-cli';

void runVirshCli(process.argv.slice(2));
