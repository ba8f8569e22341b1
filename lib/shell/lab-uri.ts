import { fail, ok, type Result } from '../sim/result';
import type { Host, World } from '../sim/types';
import { findHost, hostByUri } from '../sim/world';

/** The URI scheme of each lab driver: what a local root shell's virsh connects to by default. */
const SCHEME: Record<string, string> = { qemu: 'qemu', xen: 'xen' };
/** What each driver's connectOpen accepts as a path (qemuConnectOpen wants /system as root; libxl `/` too). */
const PATHS: Record<string, string[]> = { qemu: ['/system'], xen: ['', '/', '/system'] };

/** The URI virsh connects to with no -c on a lab host (libvirt probes its one driver): `virsh uri` prints it. */
export const localUri = (host: Host) => `${SCHEME[host.driver] ?? host.driver}:///system`;

/**
 * Which lab host a URI reaches, as from a root shell on `local`: `qemu:///system` (or `xen:///`)
 * is this host's own daemon, `qemu+ssh://kvm2.lab/system` another lab host. Null when the URI is
 * not a lab driver's (test:///… and the rest are for connectUri). Failures are the words the
 * remote driver or the daemon uses.
 */
export function labHostUri(world: World, uri: string, local?: string): Result<{ host: string; uri: string }> | null {
  // A lab host may be named bare; the test driver's host name is not a URI.
  const named = findHost(world, uri);
  const exact = hostByUri(world, uri) ?? (named?.driver !== 'test' ? named : undefined);
  if (exact) return ok({ host: exact.name, uri: exact.uri });
  const m = /^([a-z]+)(?:\+([a-z]+))?:\/\/(?:[^@/?#]*@)?([^/:?#]*)(?::\d+)?([^?#]*)$/i.exec(uri);
  if (!m || !Object.values(SCHEME).includes(m[1])) return null;
  const [, scheme, transport, server, path] = m;
  const here = local ? findHost(world, local) : undefined;
  if (!server && !here) return null;
  const host = server ? world.hosts.find((h) => h.hostname === server || h.name === server) : here;
  if (!host) {
    if (transport !== 'ssh') return null;
    return fail(
      'SYSTEM_ERROR',
      `Cannot recv data: ssh: Could not resolve hostname ${server}: Name or service not known: Connection reset by peer`,
    );
  }
  if (server && host !== here && !host.reachable)
    return fail(
      'SYSTEM_ERROR',
      `Cannot recv data: ssh: connect to host ${server} port 22: No route to host: Connection reset by peer`,
    );
  // The daemon there has one hypervisor driver: another scheme finds none.
  if (SCHEME[host.driver] !== scheme) return fail('NO_CONNECT', `no connection driver available for ${uri}`);
  if (!PATHS[host.driver].includes(path))
    return fail(
      'INTERNAL_ERROR',
      `internal error: unexpected ${scheme.toUpperCase()} URI path '${path}', try ${scheme}:///system`,
    );
  return ok({ host: host.name, uri });
}
