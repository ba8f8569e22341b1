import { volumeKey, volumePath } from '../../../sim/ops/pools';
import type { StoragePool, StorageVolume } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { poolArg, poolsHere, reqString } from './pool-lookup';

export interface FoundVolume {
  pool: StoragePool;
  vol: StorageVolume;
  path: string;
}

/** libvirt's messages spelled whole: the Japanese catalogue is matched on them. */
const noVol = (by: 'name' | 'path', v: string) => ({
  code: 'NO_STORAGE_VOL' as const,
  message:
    by === 'name'
      ? `Storage volume not found: no storage vol with matching name '${v}'`
      : `Storage volume not found: no storage vol with matching path '${v}'`,
});

/**
 * virStorageVolLookupByKey, then ByPath: the test driver searches its active pools (key and path
 * are alike unless a node file gave a volume its own key).
 */
export function volumeByPath(c: CmdCtx, ps: StoragePool[], v: string): FoundVolume | undefined {
  const active = ps.filter((p) => p.active);
  for (const by of [volumeKey, volumePath])
    for (const pool of active)
      for (const vol of pool.volumes) if (by(pool, vol) === v) return { pool, vol, path: volumePath(pool, vol) };
  c.libvirtError(noVol('path', v));
  return undefined;
}

/** virStorageVolLookupByName in one pool (an active one). */
export function volumeByName(c: CmdCtx, pool: StoragePool, v: string): FoundVolume | undefined {
  const vol = pool.active ? pool.volumes.find((x) => x.name === v) : undefined;
  if (vol) return { pool, vol, path: volumePath(pool, vol) };
  c.libvirtError(
    pool.active
      ? noVol('name', v)
      : {
          code: 'OPERATION_INVALID',
          message: `Requested operation is not valid: storage pool '${pool.def.name}' is not active`,
        },
  );
  return undefined;
}

/**
 * virshCommandOptVolBy: the pool first when --pool is given (it must be running), then the
 * volume by name in it, by key, by path; virsh's hint when no pool was named.
 */
export function volumeArg(c: CmdCtx, opt = 'vol', poolOpt: string | null = 'pool'): FoundVolume | undefined {
  const ps = poolsHere(c);
  const v = ps && reqString(c, opt);
  if (!ps || v == null) return undefined;
  const p = poolOpt ? reqString(c, poolOpt) : undefined;
  if (p === null) return undefined;
  let pool: StoragePool | undefined;
  if (p !== undefined) {
    pool = poolArg(c, poolOpt ?? undefined);
    if (!pool) return undefined;
    if (!pool.active) {
      c.error(`pool '${p}' is not active`);
      return undefined;
    }
  }
  const found = (pool && volumeByName(c, pool, v)) || volumeByPath(c, ps, v);
  if (found) return found;
  c.error(
    pool || !poolOpt ? `failed to get vol '${v}'` : `failed to get vol '${v}', specifying --${poolOpt} might help`,
  );
  return undefined;
}
