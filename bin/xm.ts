/**
 * `npm run -s xm -- list`: VirtLab's xm (Xen 4.4, xend running) on the lab host XEN_HOST
 * (default xen1), with xm's stdout, stderr and exit status. /etc/xen is the host's; other
 * paths are real files, relative to the folder npm was started from. VIRTLAB_WORLD=file.json
 * keeps the lab between runs.
 */
import { runXenCli } from '../lib/node/xen-cli';
import { xmMain } from '../lib/shell/xm/main';

runXenCli('xm', xmMain);
