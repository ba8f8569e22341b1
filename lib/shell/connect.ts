import { fail, ok, type Result } from '../sim/result';
import type { World } from '../sim/types';
import { findHost } from '../sim/world';
import { testDefaultWorld } from '../sim/worlds/test-default';
import { loadTestNodeXml } from '../sim/worlds/test-xml';
import type { HostFs } from './host-fs';
import { labHostUri, localUri } from './lab-uri';
import type { Session } from './session';
import { testAuthenticate } from './test-auth';
import { parseTestUri } from './test-uri';

/**
 * Opens a URI as virConnectOpen does: test:///default is a fresh test-driver world,
 * test:///PATH.xml loads a node file, any other URI must name a host of the current world
 * (lib/shell/lab-uri.ts). With no URI, a root shell on a lab host reaches its own hypervisor.
 */
export function connectUri(uri: string | null, s: Session): Result<{ world: World; host: string; uri: string }> {
  const here = s.localHost ? findHost(s.world, s.localHost) : undefined;
  // A lab host that is itself a test-driver connection (the real backend's twin in
  // mocks/__tests__/both-backends.test.ts) is reached as it is, not as a fresh test:///default.
  if (uri === null && here?.driver === 'test') return ok({ world: s.world, host: here.name, uri: here.uri });
  const target = uri ?? (here ? localUri(here) : 'test:///default');
  // libxml2's URI parser (virURIParse) refuses characters a URI may not hold: blanks, quotes,
  // <>\^`{|} and anything beyond ASCII.
  if (/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/.test(target))
    return fail('INTERNAL_ERROR', `internal error: Unable to parse URI ${target}`);
  const test = parseTestUri(target);
  if (test.kind === 'no-path')
    return fail('INVALID_ARG', 'invalid argument: testOpen: supply a path or use test:///default');
  // A server hands the URI to the remote driver, which wants TLS certificates first.
  if (test.kind === 'remote')
    return fail('SYSTEM_ERROR', `Cannot read CA certificate '/etc/pki/CA/cacert.pem': No such file or directory`);
  if (test.kind === 'default') {
    const world = testDefaultWorld();
    return ok({ world, host: world.hosts[0].name, uri: test.uri });
  }
  if (test.kind === 'file') {
    const read = s.fs.read(s.fs.resolve(test.path));
    if (!read.ok) return fail('XML_ERROR', `XML error: failed to parse xml document '${test.path}'`);
    const include = (p: string) => {
      const r = s.fs.read(s.fs.resolve(p));
      return r.ok ? r.data : r.errno === 'EISDIR' ? null : undefined;
    };
    const world = loadTestNodeXml(read.data, test.uri, test.path, include);
    if (!world.ok) return world;
    const auth = testAuthenticate(world.value.hosts[0], s.credentials);
    return auth.ok ? ok({ world: world.value, host: world.value.hosts[0].name, uri: test.uri }) : auth;
  }
  const lab = labHostUri(s.world, target, s.localHost);
  if (lab) return lab.ok ? ok({ world: s.world, ...lab.value }) : lab;
  // virConnectOpen finds no driver for a URI without a scheme (an empty one means the default).
  if (target !== '' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target))
    return fail('NO_CONNECT', `no connection driver available for URI '${target}' does not include a driver name`);
  // Without a daemon, the client's remote driver finds no libvirtd socket (virsh 9.0 on Debian).
  return fail('NO_CONNECT', `Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory`);
}

/**
 * libxml2's warning when a test:///PATH node file, or a file it includes (`<pool file=…>`, named
 * in the connection's error), cannot be read.
 */
export function connectWarning(uri: string | null, fs: HostFs, error?: { message: string }): string {
  const test = parseTestUri(uri ?? '');
  if (test.kind !== 'file') return '';
  const warn = (p: string) => `I/O warning : failed to load external entity "${p}"\n`;
  if (!/\s/.test(uri ?? '') && !fs.read(fs.resolve(test.path)).ok) return warn(test.path);
  const include = /^XML error: failed to parse xml document '(.*)'$/.exec(error?.message ?? '')?.[1];
  if (include !== undefined && include !== test.path && !fs.read(fs.resolve(include)).ok) return warn(include);
  const dir = /^(.*):1: Document is empty\n\(null\)\n\^$/.exec(error?.message ?? '')?.[1];
  const read = dir === undefined ? undefined : fs.read(fs.resolve(dir));
  return read && !read.ok && read.errno === 'EISDIR' ? 'I/O error : Is a directory\n' : '';
}
