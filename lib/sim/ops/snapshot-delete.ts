import { fail, unsupportedFlags, type Result } from '../result';
import type { Domain, Snapshot } from '../types';
import { updateDomain } from '../world';
import { commit, domainOf, hostOf, type OpContext, type OpOutcome } from './context';
import { findSnapshot } from './snapshot';

/** VIR_DOMAIN_SNAPSHOT_DELETE_* bits virsh passes. */
export const SNAPSHOT_DELETE = { children: 1, metadataOnly: 2, childrenOnly: 4 } as const;

export function snapshotDescendants(d: Domain, name: string): Snapshot[] {
  const kids = d.snapshots.filter((s) => s.parent === name);
  return kids.flatMap((k) => [k, ...snapshotDescendants(d, k.name)]);
}

/**
 * virDomainSnapshotDelete as the test driver does it (testDomainSnapshotDelete): the snapshot,
 * its descendants too with CHILDREN, or only them with CHILDREN_ONLY. A deleted snapshot's
 * children move up to its parent; when the current snapshot goes, the nearest survivor above it
 * becomes current.
 */
export function domainSnapshotDelete(ctx: OpContext, uuid: string, name: string, flags: number): Result<OpOutcome> {
  // libvirt.c checks the exclusive flags before the driver's virCheckFlags.
  if (flags & SNAPSHOT_DELETE.children && flags & SNAPSHOT_DELETE.childrenOnly)
    return fail(
      'INVALID_ARG',
      "Flags 'VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN' and 'VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY' are mutually exclusive",
    );
  const bad = flags & ~(SNAPSHOT_DELETE.children | SNAPSHOT_DELETE.childrenOnly);
  if (hostOf(ctx).driver === 'test' && bad) return unsupportedFlags(bad, 'testDomainSnapshotDelete');
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const snap = findSnapshot(d, name);
  if (!snap.ok) return snap;
  const s = snap.value;
  const onlyKids = !!(flags & SNAPSHOT_DELETE.childrenOnly);
  const below = onlyKids || flags & SNAPSHOT_DELETE.children ? snapshotDescendants(d, name) : [];
  const gone = new Set([...below.map((x) => x.name), ...(onlyKids ? [] : [name])]);
  const survivor = onlyKids ? name : s.parent;
  const snapshots = d.snapshots
    .filter((x) => !gone.has(x.name))
    .map((x) => (x.parent === name && gone.has(name) ? { ...x, parent: s.parent } : x));
  const current = d.currentSnapshot && gone.has(d.currentSnapshot) ? survivor : d.currentSnapshot;
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, snapshots, currentSnapshot: current })),
    [],
  );
}

/** snapshot-current --snapshotname: virsh redefines the snapshot with VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT. */
export function domainSnapshotSetCurrent(ctx: OpContext, uuid: string, name: string): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const snap = findSnapshot(found.value, name);
  if (!snap.ok) return snap;
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (x) => ({ ...x, currentSnapshot: name })),
    [],
  );
}
