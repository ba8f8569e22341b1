import type { World } from '../sim/types';
import { findHost, updateHost } from '../sim/world';
import { parseXendConfigSxp } from '../sim/worlds/xen-files';

type ToolOut = { stdout: string; stderr: string; status: number; world?: World };

/**
 * `/etc/init.d/xend restart` (also `service xend restart`): xend re-reads
 * /etc/xen/xend-config.sxp, so edited relocation settings take effect only after it.
 */
export function xendService(argv: string[], world: World, host: string): ToolOut {
  const action = argv[0] ?? '';
  const h = findHost(world, host)!;
  if (!h.xen) return { stdout: '', stderr: '-bash: /etc/init.d/xend: No such file or directory\n', status: 127 };
  if (!['restart', 'reload', 'start', 'stop', 'status'].includes(action)) {
    return {
      stdout: '',
      stderr: 'Usage: /etc/init.d/xend {start|stop|status|restart|reload|force-reload}\n',
      status: 1,
    };
  }
  if (action === 'status' || action === 'stop')
    return { stdout: action === 'status' ? 'xend is running.\n' : '', stderr: '', status: 0 };
  const text = h.files['/etc/xen/xend-config.sxp'] ?? '';
  const xend = parseXendConfigSxp(text, h.xen.xend);
  const next = updateHost(world, host, (x) => ({ ...x, xen: { ...x.xen!, xend } }));
  return {
    stdout: `[ ok ] ${action === 'reload' ? 'Reloading' : 'Restarting'} Xen daemons: xend.\n`,
    stderr: '',
    status: 0,
    world: next,
  };
}
