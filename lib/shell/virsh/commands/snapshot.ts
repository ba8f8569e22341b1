import { currentSnapshot, domainSnapshotRevert, findSnapshot } from '../../../sim/ops/snapshot';
import type { Domain, Snapshot } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { snapshotCreator } from './snapshot-create';
import { snapshotListCommand } from './snapshot-list';
import { snapshotXml } from './snapshot-xml';
import type { VirshCommand } from './types';

/** cmdSnapshotCreateAs: the same document as snapshot-create's file, built from options. */
const snapshotCreateAs = snapshotCreator('snapshot-create-as', (c) => {
  // --print-xml prints the document whatever the flags (even --no-metadata).
  const xml = snapshotXml(c.str('name'), c.str('description'), c.str('memspec'), c.argv('diskspec'));
  if (typeof xml !== 'string') {
    c.error(xml.error);
    return false;
  }
  if (!c.has('print-xml')) return { xml };
  c.print(`${xml}\n`);
  return true;
});

/** virshLookupSnapshot: by name, or the current snapshot with --current. */
export function lookupSnapshot(c: CmdCtx, d: Domain, exclusive: boolean): Snapshot | undefined {
  const name = c.str('snapshotname');
  if (exclusive && name !== undefined && c.has('current')) {
    c.error('--snapshotname and --current are mutually exclusive');
    return undefined;
  }
  if (name === undefined && !c.has('current')) {
    c.error('--snapshotname or --current is required');
    return undefined;
  }
  const r = name !== undefined ? findSnapshot(d, name) : currentSnapshot(d);
  if (!r.ok) {
    c.libvirtError(r.error);
    return undefined;
  }
  return r.value;
}

const snapshotRevert: VirshCommand = {
  name: 'snapshot-revert',
  api: 'virDomainRevertToSnapshot',
  xm: { none: 'xm has no snapshots: xm restore a saved checkpoint' },
  xl: { none: 'xl has no snapshots: xl restore a saved checkpoint' },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const snap = lookupSnapshot(c, d, true);
    if (!snap) return false;
    const flags = { running: c.has('running'), paused: c.has('paused') };
    let r = domainSnapshotRevert(c.op(), d.uuid, snap.name, flags);
    // virsh retries with FORCE only when the driver says the revert is risky.
    if (!r.ok && c.has('force') && r.error.message.startsWith('revert requires force'))
      r = domainSnapshotRevert(c.op(), d.uuid, snap.name, { ...flags, force: true });
    if (!c.apply(r)) return false;
    c.extra(`Domain snapshot ${snap.name} reverted\n`);
    return true;
  },
};

export const snapshotCommands: VirshCommand[] = [snapshotCreateAs, snapshotListCommand, snapshotRevert];
