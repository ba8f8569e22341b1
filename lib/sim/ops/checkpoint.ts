import { configUnsupported, fail, ok, operationFailed, unsupported, type Result } from '../result';
import { isActive } from '../states';
import type { Checkpoint, CheckpointDisk, Domain } from '../types';
import { updateDomain } from '../world';
import { structuredCloneDef } from './activation';
import { commit, domainOf, type OpContext, type OpOutcome } from './context';

export const noCheckpoint = (name: string) =>
  fail('NO_DOMAIN_CHECKPOINT', `Domain checkpoint not found: no domain checkpoint with matching name '${name}'`);

export const checkpointsOf = (d: Domain): Checkpoint[] => d.checkpoints ?? [];

export function findCheckpoint(d: Domain, name: string): Result<Checkpoint> {
  const c = checkpointsOf(d).find((x) => x.name === name);
  return c ? ok(c) : noCheckpoint(name);
}

export interface CheckpointSpec {
  name?: string;
  description?: string;
  /** `<disks>` as asked: a name, `checkpoint='no'`, or a bitmap name. */
  disks?: { name: string; checkpoint?: 'no' | 'bitmap'; bitmap?: string }[];
}

/**
 * virDomainCheckpointCreateXML on the test driver (virDomainCheckpointAlignDisks): the running
 * domain's disks each get a bitmap named after the checkpoint unless asked otherwise; the new
 * checkpoint is a child of the current one and becomes current. Its name defaults to the time.
 */
export function domainCheckpointCreate(
  ctx: OpContext,
  uuid: string,
  spec: CheckpointSpec,
): Result<OpOutcome & { checkpoint: Checkpoint }> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  if (!isActive(d.state)) return unsupported('cannot create checkpoint for inactive domain');
  const def = d.live!;
  const creationTime = Math.floor(ctx.now / 1000);
  const name = spec.name ?? String(creationTime);
  const asked = spec.disks ?? [];
  if (asked.length > def.disks.length) return configUnsupported('too many disk checkpoint requests for domain');
  const unknown = asked.find(
    (a) => !def.disks.some((k) => k.target === a.name || (k.source !== '' && k.source === a.name)),
  );
  if (unknown) return configUnsupported(`no disk named '${unknown.name}'`);
  if (def.disks.length === 0) return configUnsupported('domain must have at least one disk to perform checkpoints');
  if (checkpointsOf(d).some((x) => x.name === name)) return operationFailed(`domain moment ${name} already exists`);
  const disks: CheckpointDisk[] = def.disks.map((k) => {
    const a = asked.find((x) => x.name === k.target || x.name === k.source);
    return a?.checkpoint === 'no' ? { name: k.target } : { name: k.target, bitmap: a?.bitmap ?? name };
  });
  const checkpoint: Checkpoint = {
    name,
    creationTime,
    disks,
    def: structuredCloneDef(def),
    ...(d.currentCheckpoint ? { parent: d.currentCheckpoint } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
  };
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => ({
    ...x,
    checkpoints: [...checkpointsOf(x), checkpoint],
    currentCheckpoint: name,
  }));
  const done = commit(world, []);
  return done.ok ? ok({ ...done.value, checkpoint }) : done;
}

/** Every checkpoint below `name`, depth first. */
export function checkpointDescendants(d: Domain, name: string): Checkpoint[] {
  return checkpointsOf(d)
    .filter((x) => x.parent === name)
    .flatMap((k) => [k, ...checkpointDescendants(d, k.name)]);
}

/**
 * virDomainCheckpointDelete: the checkpoint (and with --children its descendants), or only its
 * descendants; the children of a deleted checkpoint move up to its parent, and a deleted current
 * checkpoint hands "current" to its parent.
 */
export function domainCheckpointDelete(
  ctx: OpContext,
  uuid: string,
  name: string,
  mode: { children?: boolean; childrenOnly?: boolean },
): Result<OpOutcome> {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const d = found.value;
  const cp = findCheckpoint(d, name);
  if (!cp.ok) return cp;
  const below = new Set(checkpointDescendants(d, name).map((x) => x.name));
  const gone = new Set(mode.childrenOnly ? below : mode.children ? [name, ...below] : [name]);
  const parent = cp.value.parent;
  const kept = checkpointsOf(d)
    .filter((x) => !gone.has(x.name))
    .map((x) => (x.parent !== undefined && gone.has(x.parent) ? withParent(x, gone.has(name) ? parent : name) : x));
  const current =
    d.currentCheckpoint !== undefined && gone.has(d.currentCheckpoint)
      ? gone.has(name)
        ? parent
        : name
      : d.currentCheckpoint;
  const world = updateDomain(ctx.world, ctx.host, uuid, (x) => {
    const { currentCheckpoint: _, ...rest } = x;
    return { ...rest, checkpoints: kept, ...(current !== undefined ? { currentCheckpoint: current } : {}) };
  });
  return commit(world, []);
}

function withParent(x: Checkpoint, parent: string | undefined): Checkpoint {
  const { parent: _, ...rest } = x;
  return parent === undefined ? rest : { ...rest, parent };
}
