import {
  fail,
  internalError,
  invalidArg,
  ok,
  operationFailed,
  operationInvalid,
  type Result,
  unsupportedFlags,
} from '../result';
import type { PoolDef, StoragePool, StorageVolume, World } from '../types';
import { updateHost } from '../world';
import { hostOf, type OpContext } from './context';

/**
 * The test driver's storage pools and volumes (src/test/test_driver.c, testStoragePool*,
 * testStorageVol*): every pool is 100 GiB (testStoragePoolObjSetDefaults), a volume's allocation
 * is taken from it, and a volume's key and path are the pool's target path and the volume name.
 */
export const POOL_CAPACITY = 107374182400n;

export const poolsOf = (ctx: OpContext): StoragePool[] => hostOf(ctx).pools ?? [];
export const poolAllocation = (p: StoragePool) => p.volumes.reduce((n, v) => n + BigInt(v.allocation), 0n);
export const volumePath = (p: StoragePool, v: StorageVolume) => v.path ?? `${p.def.target ?? ''}/${v.name}`;
export const volumeKey = (p: StoragePool, v: StorageVolume) => v.key ?? volumePath(p, v);

const put = (ctx: OpContext, fn: (ps: StoragePool[]) => StoragePool[]): World =>
  updateHost(ctx.world, ctx.host, (h) => ({ ...h, pools: fn(h.pools ?? []) }));
const change = (ctx: OpContext, name: string, fn: (p: StoragePool) => StoragePool | null): World =>
  put(ctx, (ps) => ps.flatMap((p) => (p.def.name === name ? (fn(p) ?? []) : [p])));
const find = (ctx: OpContext, name: string) => poolsOf(ctx).find((p) => p.def.name === name);

export const poolNotFound = (name: string) =>
  fail('NO_STORAGE_POOL', `Storage pool not found: no storage pool with matching name '${name}'`);
const isActive = (name: string) => operationInvalid(`storage pool '${name}' is active`);
const notActive = (name: string) => operationInvalid(`storage pool '${name}' is not active`);

/** virStoragePoolObjIsDuplicate, then virStoragePoolObjSourceFindDuplicate for a dir pool's path. */
function clash(ctx: OpContext, def: PoolDef): Result<StoragePool | undefined> {
  const ps = poolsOf(ctx);
  const same = ps.find((p) => p.def.uuid === def.uuid);
  if (same && same.def.name !== def.name)
    return operationFailed(`pool '${same.def.name}' is already defined with uuid ${def.uuid}`);
  const named = ps.find((p) => p.def.name === def.name);
  if (named && named.def.uuid !== def.uuid)
    return operationFailed(`pool '${def.name}' already exists with uuid ${named.def.uuid}`);
  const conflict = ps.find(
    (p) => p !== same && p.def.type === def.type && def.type === 'dir' && p.def.target === def.target,
  );
  if (conflict) return operationFailed(`Storage source conflict with pool: '${conflict.def.name}'`);
  return ok(same);
}

export function poolDefine(ctx: OpContext, def: PoolDef): Result<World> {
  const c = clash(ctx, def);
  if (!c.ok) return c;
  const old = c.value;
  const pool: StoragePool = old
    ? { ...old, def, persistent: true }
    : { def, active: false, persistent: true, autostart: false, volumes: [] };
  return ok(put(ctx, (ps) => (old ? ps.map((p) => (p === old ? pool : p)) : [...ps, pool])));
}

export function poolCreate(ctx: OpContext, def: PoolDef, flags: number): Result<World> {
  if (flags) return unsupportedFlags(flags, 'testStoragePoolCreateXML');
  const c = clash(ctx, def);
  if (!c.ok) return c;
  if (c.value?.active) return operationInvalid(`storage pool '${def.name}' is already active`);
  const pool: StoragePool = { def, active: true, persistent: false, autostart: false, volumes: [] };
  return ok(put(ctx, (ps) => [...ps.filter((p) => p !== c.value), pool]));
}

export function poolStart(ctx: OpContext, name: string, flags: number): Result<World> {
  if (flags) return unsupportedFlags(flags, 'testStoragePoolCreate');
  const p = find(ctx, name);
  if (!p) return poolNotFound(name);
  if (p.active) return isActive(name);
  return ok(change(ctx, name, (x) => ({ ...x, active: true })));
}

/** A transient pool is gone once destroyed. */
export function poolDestroy(ctx: OpContext, name: string): Result<World> {
  const p = find(ctx, name);
  if (!p) return poolNotFound(name);
  if (!p.active) return notActive(name);
  return ok(change(ctx, name, (x) => (x.persistent ? { ...x, active: false } : null)));
}

export function poolUndefine(ctx: OpContext, name: string): Result<World> {
  const p = find(ctx, name);
  if (!p) return poolNotFound(name);
  if (p.active) return isActive(name);
  return ok(change(ctx, name, () => null));
}

/** pool-build and pool-delete: the test driver only checks the pool is inactive. */
export function poolBuild(ctx: OpContext, name: string, flags: number, fn: string): Result<World> {
  if (flags) return unsupportedFlags(flags, fn);
  const p = find(ctx, name);
  if (!p) return poolNotFound(name);
  return p.active ? isActive(name) : ok(ctx.world);
}

export function poolRefresh(ctx: OpContext, name: string): Result<World> {
  const p = find(ctx, name);
  if (!p) return poolNotFound(name);
  return p.active ? ok(ctx.world) : notActive(name);
}

export function poolAutostart(ctx: OpContext, name: string, autostart: boolean): Result<World> {
  const p = find(ctx, name);
  if (!p) return poolNotFound(name);
  if (!p.persistent) return invalidArg('pool has no config file');
  return ok(change(ctx, name, (x) => ({ ...x, autostart })));
}

/**
 * testStorageVolCreateXML (and …XMLFrom for a clone): the flags, an active pool, then the parsed
 * XML, a free name and room in the pool, in the driver's order.
 */
export function volumeCreate(
  ctx: OpContext,
  pool: string,
  parsed: Result<StorageVolume>,
  fn: string,
  flags = 0,
  from?: string,
): Result<World> {
  if (flags) return unsupportedFlags(flags, fn);
  const p = find(ctx, pool);
  if (!p) return poolNotFound(pool);
  if (!p.active) return notActive(pool);
  if (!parsed.ok) return parsed;
  const vol = parsed.value;
  if (p.volumes.some((v) => v.name === vol.name)) return operationFailed('storage vol already exists');
  if (from !== undefined && !p.volumes.some((v) => v.name === from))
    return fail('NO_STORAGE_VOL', `Storage volume not found: no storage vol with matching name '${from}'`);
  if (poolAllocation(p) + BigInt(vol.allocation) > POOL_CAPACITY)
    return internalError(`Not enough free space in pool for volume '${vol.name}'`);
  return ok(change(ctx, pool, (x) => ({ ...x, volumes: [...x.volumes, vol] })));
}

export function volumeDelete(ctx: OpContext, pool: string, name: string, flags: number): Result<World> {
  if (flags) return unsupportedFlags(flags, 'testStorageVolDelete');
  return ok(change(ctx, pool, (x) => ({ ...x, volumes: x.volumes.filter((v) => v.name !== name) })));
}
