import { domainSetAutostart } from '../../sim/ops/resources';
import type { World } from '../../sim/types';
import { domainName, findHost } from '../../sim/world';

/**
 * On Xen there is no autostart command: the xendomains init script starts every config linked
 * into /etc/xen/auto at boot (`ln -s /etc/xen/web.cfg /etc/xen/auto/`). A domain's autostart
 * flag therefore follows the link: present → on, absent → off.
 */
export const AUTO_DIR = '/etc/xen/auto';
export const autoLink = (name: string) => `${AUTO_DIR}/${name}.cfg`;

export function syncXenAutostart(world: World, hostName: string, files: Record<string, string>, now: number): World {
  const host = findHost(world, hostName);
  if (!host?.xen) return world;
  let w = world;
  for (const d of host.domains) {
    if (!d.config) continue;
    const linked = autoLink(domainName(d)) in files;
    if (linked === d.autostart) continue;
    const r = domainSetAutostart({ world: w, host: hostName, now }, d.uuid, linked);
    if (r.ok) w = r.value.world;
  }
  return w;
}
