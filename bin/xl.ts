/**
 * `npm run -s xl -- list`: VirtLab's xl (Xen 4.4) on the lab host XEN_HOST (default xen1),
 * with xl's stdout, stderr and exit status. /etc/xen is the host's; other paths are real
 * files, relative to the folder npm was started from. VIRTLAB_WORLD=file.json keeps the lab
 * between runs.
 */
import { runXenCli } from '../lib/node/xen-cli';
import { xlMain } from '../lib/shell/xl/main';

runXenCli('xl', xlMain);
