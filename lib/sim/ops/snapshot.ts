import {
  configUnsupported,
  fail,
  ok,
  operationFailed,
  operationInvalid,
  unsupported,
  unsupportedFlags,
  type Result,
} from '../result';
import { isActive } from '../states';
import type { Disk, Domain, Snapshot } from '../types';
import { updateDomain, withEvents } from '../world';
import { activate, deactivate, structuredCloneDef } from './activation';
import { checkJobLock, commit, domainOf, hostOf, lifecycleEvent, type OpContext, type OpOutcome } from './context';
import { admit } from './admission';

/** VIR_DOMAIN_SNAPSHOT_CREATE_* bits virsh passes. */
export const SNAPSHOT_CREATE = {
  noMetadata: 4,
  halt: 8,
  diskOnly: 16,
  reuseExternal: 32,
  quiesce: 64,
  atomic: 128,
  live: 256,
  validate: 512,
} as const;
/** What testDomainSnapshotCreateXML accepts (REDEFINE, CURRENT, HALT, QUIESCE, ATOMIC, LIVE, VALIDATE). */
export const TEST_CREATE_OK = 1 | 2 | 8 | 64 | 128 | 256 | 512;

const noSnapshot = (name: string) =>
  fail('NO_DOMAIN_SNAPSHOT', `Domain snapshot not found: no domain snapshot with matching name '${name}'`);

/** virDomainSnapshotCreateXML: a snapshot of the current state, child of the current snapshot. */
export function domainSnapshotCreate(
  ctx: OpContext,
  uuid: string,
  spec: {
    name: string;
    description?: string;
    disks?: string[];
    diskModes?: Record<string, string>;
    diskFiles?: string[];
    memoryExternal?: boolean;
    /** stat(2)'s S_ISREG on the host virsh runs on (the test driver stats a disk's image there). */
    regularFile?: (path: string) => boolean;
  },
  flags: number,
): Result<OpOutcome & { snapshot: Snapshot }> {
  const host = hostOf(ctx);
  const bad = flags & ~TEST_CREATE_OK;
  if (host.driver === 'test' && bad) return unsupportedFlags(bad, 'testDomainSnapshotCreateXML');
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const lock = checkJobLock(d, 'virDomainSnapshotCreateXML');
  if (!lock.ok) return lock;
  if (!d.config && flags & SNAPSHOT_CREATE.halt) return operationInvalid('cannot halt after transient domain snapshot');
  // The test driver refuses a disk's 'manual' mode before it aligns the disks.
  if (host.driver === 'test' && Object.values(spec.diskModes ?? {}).includes('manual'))
    return unsupported("'manual' snapshot mode is not supported by the test driver");
  // virDomainSnapshotAlignDisks: at most one request per disk, each naming one.
  const def = (d.live ?? d.config)!;
  const wanted = spec.disks ?? [];
  if (wanted.length > def.disks.length) return configUnsupported('too many disk snapshot requests for domain');
  const unknown = wanted.find((n) => !def.disks.some((k) => k.target === n || (k.source !== '' && k.source === n)));
  if (unknown !== undefined) return configUnsupported(`no disk named '${unknown}'`);
  // testDomainSnapshotAlignDisks: with the memory internal, every disk must be too (snapshot='no' or
  // 'external' refused); with it external, disks default to external and need no match.
  const other = wanted.find((n) => !['internal', 'default'].includes(spec.diskModes?.[n] ?? 'internal'));
  if (host.driver === 'test' && !spec.memoryExternal && other !== undefined)
    return configUnsupported(`disk '${other}' must use snapshot mode 'internal'`);
  if (host.driver === 'test' && spec.memoryExternal) {
    const named = externalNames(def.disks, spec);
    if (!named.ok) return named;
  }
  if (d.snapshots.some((s) => s.name === spec.name))
    return operationFailed(`domain moment ${spec.name} already exists`);
  const snapshot: Snapshot = {
    name: spec.name,
    creationTime: Math.floor(ctx.now / 1000),
    state: d.state,
    def: structuredCloneDef((d.live ?? d.config)!),
    ...(d.currentSnapshot ? { parent: d.currentSnapshot } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    ...(d.hung && isActive(d.state) ? { hung: d.hung } : {}),
  };
  const withSnap = (x: Domain): Domain => ({ ...x, snapshots: [...x.snapshots, snapshot], currentSnapshot: spec.name });
  let world = updateDomain(ctx.world, ctx.host, uuid, withSnap);
  const events = [];
  if (flags & SNAPSHOT_CREATE.halt && isActive(d.state)) {
    world = deactivate({ ...ctx, world }, withSnap(d), 'from snapshot');
    events.push(lifecycleEvent(ctx, d, ['Stopped', 'From snapshot']));
  }
  const done = commit(world, events);
  return done.ok ? ok({ ...done.value, snapshot }) : done;
}

/**
 * virDomainSnapshotDefAssignExternalNames: an external disk given no image of its own gets one named
 * after its source, which must be a regular file on the host (the test driver's /guest/diskimage1
 * is not, so its external snapshots stop here).
 */
function externalNames(
  disks: Disk[],
  spec: { diskModes?: Record<string, string>; diskFiles?: string[]; regularFile?: (path: string) => boolean },
): Result<void> {
  for (const k of disks) {
    const given = [k.target, k.source].find((n) => n !== '' && spec.diskModes?.[n] !== undefined);
    const mode = given === undefined ? 'external' : spec.diskModes![given];
    const hasFile = [k.target, k.source].some((n) => n !== '' && spec.diskFiles?.includes(n));
    if (mode !== 'external' || hasFile) continue;
    if (k.type !== 'file')
      return configUnsupported(`cannot generate external snapshot name for disk '${k.target}' on a '${k.type}' device`);
    if (k.source === '')
      return configUnsupported(`cannot generate external snapshot name for disk '${k.target}' without source`);
    if (!spec.regularFile?.(k.source))
      return configUnsupported(
        `source for disk '${k.target}' is not a regular file; refusing to generate external snapshot name`,
      );
  }
  return ok(undefined);
}

export const findSnapshot = (d: Domain, name: string): Result<Snapshot> => {
  const s = d.snapshots.find((x) => x.name === name);
  return s ? ok(s) : noSnapshot(name);
};

export function currentSnapshot(d: Domain): Result<Snapshot> {
  const s = d.currentSnapshot ? d.snapshots.find((x) => x.name === d.currentSnapshot) : undefined;
  return s
    ? ok(s)
    : fail('NO_DOMAIN_SNAPSHOT', 'Domain snapshot not found: the domain does not have a current snapshot');
}

export interface RevertFlags {
  running?: boolean;
  paused?: boolean;
  force?: boolean;
}

/**
 * virDomainRevertToSnapshot (testDomainRevertToSnapshot): the snapshot's definition becomes the
 * domain's, and its state comes back with reason "from snapshot"; --running/--paused override it.
 */
export function domainSnapshotRevert(
  ctx: OpContext,
  uuid: string,
  name: string,
  flags: RevertFlags,
): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const lock = checkJobLock(d, 'virDomainRevertToSnapshot');
  if (!lock.ok) return lock;
  const snap = findSnapshot(d, name);
  if (!snap.ok) return snap;
  const s = snap.value;
  const wasActive = isActive(s.state);
  if (!d.config && !wasActive && !flags.running && !flags.paused) {
    return operationInvalid('transient domain needs to request run or pause to revert to inactive snapshot');
  }
  if (!flags.force && isActive(d.state) && !wasActive && (flags.running || flags.paused)) {
    return fail('OPERATION_INVALID', 'revert requires force: must respawn guest to start inactive snapshot');
  }
  const def = structuredCloneDef(s.def);
  // The guest's memory is the snapshot's: hung if it was taken of a hung guest, not hung otherwise.
  const base: Domain = { ...d, config: d.config ? def : null, currentSnapshot: s.name, hung: s.hung };
  const paused = !flags.running && (s.state === 'paused' || !!flags.paused);
  // testDomainRevertToSnapshot announces a start for --running/--paused to an inactive snapshot but never starts it.
  const run = wasActive || (hostOf(ctx).driver !== 'test' && (flags.running || flags.paused));
  let c: OpContext = ctx;
  if (!run) {
    const world = isActive(d.state)
      ? deactivate(ctx, base, 'from snapshot')
      : updateDomain(ctx.world, ctx.host, uuid, () => base);
    return commit(world, isActive(d.state) ? [lifecycleEvent(ctx, d, ['Stopped', 'From snapshot'])] : []);
  }
  // The test driver respawns even a running guest (it gets a new id); other drivers load the state in place.
  if (isActive(d.state) && wasActive && hostOf(ctx).driver !== 'test') {
    c = {
      ...ctx,
      world: updateDomain(ctx.world, ctx.host, uuid, () => ({
        ...base,
        state: paused ? 'paused' : 'running',
        reason: 'from snapshot',
      })),
    };
    return commit(c.world, [
      lifecycleEvent(ctx, d, paused ? ['Suspended', 'From snapshot'] : ['Resumed', 'From snapshot']),
    ]);
  }
  // An inactive domain (or, with --force, a running one) starts afresh from the snapshot.
  if (isActive(d.state)) c = { ...ctx, world: deactivate(ctx, base, 'from snapshot') };
  const admitted = admit(c, def);
  if (!admitted.ok) return failedRevertStart(ctx, d, admitted);
  const started = activate(c, base, def, paused ? 'paused' : 'running', 'from snapshot');
  const events = [lifecycleEvent(ctx, d, ['Started', 'From snapshot'])];
  if (paused) events.push(lifecycleEvent(ctx, d, ['Suspended', 'From snapshot']));
  return commit(started.ctx.world, events);
}

/**
 * A revert whose new start fails (qemuSnapshotRevertInactive, --force of a running guest to an
 * inactive snapshot with --running/--paused): the guest was stopped first and its Stopped
 * FromSnapshot event already queued; the failed start sends no Started event and never reaches
 * qemuSnapshotRevertWriteMetadata, so the current snapshot stays what it was. The failure's world is
 * the one `admit` left (the id spent, "shut off (failed)"); a failure that changed nothing stays so.
 */
function failedRevertStart(ctx: OpContext, d: Domain, r: Extract<Result<true>, { ok: false }>): Result<OpOutcome> {
  if (!r.world) return r;
  const kept = updateDomain(r.world, ctx.host, d.uuid, (x) => ({ ...x, currentSnapshot: d.currentSnapshot }));
  const stopped = isActive(d.state) ? [lifecycleEvent(ctx, d, ['Stopped', 'From snapshot'] as const)] : [];
  return { ok: false, error: r.error, world: withEvents(kept, stopped).world };
}
