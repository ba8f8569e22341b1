import { fail, ok, type Result } from '../sim/result';
import type { World } from '../sim/types';
import { findHost } from '../sim/world';
import { testDefaultWorld } from '../sim/worlds/test-default';
import { loadTestNodeXml } from '../sim/worlds/test-xml';
import type { HostFs } from './host-fs';
import { labHostUri, localUri } from './lab-uri';
import type { Session } from './session';

/**
 * Opens a URI as virConnectOpen does: test:///default is a fresh test-driver world,
 * test:///PATH.xml loads a node file, any other URI must name a host of the current world
 * (lib/shell/lab-uri.ts). With no URI, a root shell on a lab host reaches its own hypervisor.
 */
export function connectUri(uri: string | null, s: Session): Result<{ world: World; host: string; uri: string }> {
  const here = s.localHost ? findHost(s.world, s.localHost) : undefined;
  const target = uri ?? (here ? localUri(here) : 'test:///default');
  // libxml2's URI parser (virURIParse) refuses blanks.
  if (/\s/.test(target)) return fail('INTERNAL_ERROR', `internal error: Unable to parse URI ${target}`);
  if (target === 'test:///default') {
    const world = testDefaultWorld();
    return ok({ world, host: world.hosts[0].name, uri: target });
  }
  const file = /^test:\/\/(\/.*)$/.exec(target);
  if (file) {
    const read = s.fs.read(file[1]);
    if (!read.ok) return fail('XML_ERROR', `XML error: failed to parse xml document '${file[1]}'`);
    const world = loadTestNodeXml(read.data, target, file[1]);
    return world.ok ? ok({ world: world.value, host: world.value.hosts[0].name, uri: target }) : world;
  }
  const lab = labHostUri(s.world, target, s.localHost);
  if (lab) return lab.ok ? ok({ world: s.world, ...lab.value }) : lab;
  // Without a daemon, the client's remote driver finds no libvirtd socket (virsh 9.0 on Debian).
  return fail('NO_CONNECT', `Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory`);
}

/** libxml2's warning when a test:///PATH node file cannot be read. */
export function connectWarning(uri: string | null, fs: HostFs): string {
  const m = /^test:\/\/(\/\S*)$/.exec(uri ?? '');
  return m && !fs.read(m[1]).ok ? `I/O warning : failed to load external entity "${m[1]}"\n` : '';
}
