import { ok, type Result, type VirtError } from './result';
import type { Host, World } from './types';
import { requireHost } from './world';

/**
 * Whether xend on a target host accepts a relocation (xm migrate) from a source host, decided
 * before any memory moves. xend reads /etc/xen/xend-config.sxp: `xend-relocation-server`,
 * `-port`, `-address` and `-hosts-allow` (space-separated regexes matched with Python's
 * re.match against the connecting host's FQDN or address; empty allows every host). The
 * messages are xm's (XendDomain._domain_migrate: "can't connect: %s" % socket.error).
 */
export type RelocationRefusal = 'unknown-host' | 'unreachable' | 'connection-refused' | 'not-allowed';
export interface RelocationError extends VirtError {
  reason: RelocationRefusal;
}

export interface RelocationOpts {
  /** xm migrate -p/--port; 0 or absent means the source's own xend-relocation-port (xend's default). */
  port?: number;
  /** For the message xend gives when the target drops the connection: the domain's id, live, HVM. */
  domid?: number;
  live?: boolean;
  hvm?: boolean;
}

const refuse = (reason: RelocationRefusal, message: string): Result<never, RelocationError> => ({
  ok: false,
  error: { code: 'OPERATION_FAILED', message, reason },
});

const LOCAL = ['localhost', 'localhost.localdomain', '127.0.0.1'];

/** The host a name means from `source`: itself for localhost, else by name, host name or address. */
export function resolveHost(world: World, source: Host, name: string): Host | undefined {
  if (LOCAL.includes(name)) return source;
  return world.hosts.find((h) => h.name === name || h.hostname === name || h.address === name);
}

/** Python's re.match: anchored at the start only; an invalid pattern matches nothing. */
function pyMatch(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})`).test(text);
  } catch {
    return false;
  }
}

/** xen.web.connection.hostAllowed: the FQDN or the address must match one pattern. */
export function hostAllowed(allow: string, fqdn: string, address: string): boolean {
  if (allow === '') return true;
  return allow
    .split(' ')
    .filter((p) => p !== '')
    .some((p) => pyMatch(p, fqdn) || pyMatch(p, address));
}

export function checkRelocation(
  world: World,
  sourceHost: string,
  target: string,
  opts: RelocationOpts = {},
): Result<{ target: string }, RelocationError> {
  const source = requireHost(world, sourceHost);
  const host = resolveHost(world, source, target);
  // socket.gaierror from connect((dst, port)).
  if (!host) return refuse('unknown-host', "can't connect: [Errno -2] Name or service not known");
  // sock.settimeout(30.0) before connect: an unreachable host times out.
  if (!host.reachable) return refuse('unreachable', "can't connect: timed out");
  const xend = host.xen?.xend;
  const port = opts.port || source.xen?.xend['xend-relocation-port'] || 8002;
  const local = host === source;
  const listening =
    xend !== undefined &&
    xend['xend-relocation-server'] === 'yes' &&
    xend['xend-relocation-port'] === port &&
    (xend['xend-relocation-address'] === '' ||
      xend['xend-relocation-address'] === (local ? '127.0.0.1' : host.address));
  if (!listening) return refuse('connection-refused', "can't connect: [Errno 111] Connection refused");
  const fqdn = local ? 'localhost' : source.hostname;
  if (!hostAllowed(xend['xend-relocation-hosts-allow'], fqdn, local ? '127.0.0.1' : source.address)) {
    // The target accepts, then closes the socket ("Rejected connection from ..." in its xend.log);
    // the sender only notices when xc_save cannot write the memory stream.
    return refuse('not-allowed', xcSaveFailed(opts.domid ?? 0, !!opts.live, !!opts.hvm));
  }
  return ok({ target: host.name });
}

/** xend's XendCheckpoint.save when xc_save cannot write the stream: its fd, the domid, and live | hvm << 2. */
export const xcSaveFailed = (domid: number, live: boolean, hvm: boolean) =>
  `/usr/lib/xen/bin/xc_save 24 ${domid} 0 0 ${(live ? 1 : 0) | (hvm ? 4 : 0)} failed`;
