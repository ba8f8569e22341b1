import { noSupport } from '../../../sim/result';
import { connectWarning } from '../../connect';
import type { CmdCtx } from '../context';
import { parseInt32, parseULongLong } from '../numbers';

/** cmdMigrate's option checks, in its order, before it looks the domain up. */
export function migrateOptionChecks(c: CmdCtx): boolean {
  return (
    c.exclusive('live', 'offline') &&
    c.exclusive('timeout-suspend', 'timeout-postcopy') &&
    c.requires('timeout-postcopy', 'postcopy') &&
    c.requires('postcopy-after-precopy', 'postcopy') &&
    c.requires('postcopy-resume', 'postcopy') &&
    c.requires('persistent-xml', 'persistent') &&
    c.requires('tls-destination', 'tls')
  );
}

/** Numeric options doMigrate reads, in its order: int or unsigned long long. */
const NUMBERS: [string, 'int' | 'ull'][] = [
  ['disks-port', 'int'],
  ['comp-mt-level', 'int'],
  ['comp-mt-threads', 'int'],
  ['comp-mt-dthreads', 'int'],
  ['comp-xbzrle-cache', 'ull'],
  ['auto-converge-initial', 'int'],
  ['auto-converge-increment', 'int'],
  ['postcopy-bandwidth', 'ull'],
  ['parallel-connections', 'int'],
  ['bandwidth', 'ull'],
];

/**
 * virsh migrate against the test driver, which has no migration support: doMigrate reads its
 * options and files, opens the destination (its error is the only line), then
 * virDomainMigrate3 refuses — offline migration first, as a feature the source lacks.
 * Live, peer-to-peer, direct and --persistent runs make real virsh 9.0 wait forever here;
 * VirtLab answers them like the others.
 */
export function testDriverMigrate(c: CmdCtx, desturi: string): false {
  for (const [name, kind] of NUMBERS) {
    const v = c.str(name);
    if (v === undefined) continue;
    const r = kind === 'int' ? parseInt32(v, name) : parseULongLong(v, name);
    if (!r.ok) {
      c.error(r.error);
      return false;
    }
  }
  for (const opt of ['xml', 'persistent-xml']) {
    const file = c.str(opt);
    if (file === undefined) continue;
    const r = c.s.fs.read(c.s.fs.resolve(file));
    if (!r.ok) {
      c.error(`cannot read file '${file}'`);
      c.libvirtError({
        code: 'SYSTEM_ERROR',
        message: `Failed to open file '${file}': ${r.errno === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}`,
      });
      return false;
    }
  }
  if (!c.has('p2p') && !c.has('direct')) {
    const dest = c.s.connect(desturi, { ...c.s, world: { ...c.s.world } });
    if (!dest.ok) {
      c.io.err += connectWarning(desturi, c.s.fs, dest.error);
      c.libvirtError(dest.error);
      return false;
    }
  }
  if (c.has('offline')) {
    c.libvirtError({
      code: 'ARGUMENT_UNSUPPORTED',
      message: 'argument unsupported: offline migration is not supported by the source host',
    });
    return false;
  }
  const refused = noSupport('virDomainMigrate3');
  if (!refused.ok) c.libvirtError(refused.error);
  return false;
}
