import { poolAllocation, POOL_CAPACITY } from '../../../sim/ops/pools';
import type { Result } from '../../../sim/result';
import type { StoragePool, World } from '../../../sim/types';
import type { CmdCtx } from '../context';

/** Storage is modelled on the test driver only; elsewhere virsh says so and stops. */
export function poolsHere(c: CmdCtx): StoragePool[] | undefined {
  const h = c.host();
  if (h.driver === 'test') return h.pools ?? [];
  c.error(`command '${c.name}' is not simulated by VirtLab`);
  return undefined;
}

/** vshCommandOptStringReq: an empty value is refused when the handler reads it. */
export function reqString(c: CmdCtx, opt: string): string | undefined | null {
  const v = c.str(opt);
  if (v === '') {
    c.error(`Failed to get option '${opt}': Option argument is empty`);
    return null;
  }
  return v;
}

/**
 * virshCommandOptPoolBy: by UUID when the text is 36 characters long, then by name, as `by`
 * allows; "failed to get pool" and libvirt's error from the last lookup tried.
 */
export function poolArg(
  c: CmdCtx,
  opt = 'pool',
  by: { uuid?: boolean; name?: boolean } = { uuid: true, name: true },
): StoragePool | undefined {
  const ps = poolsHere(c);
  const v = ps && reqString(c, opt);
  if (!ps || v == null) return undefined;
  c.io.lastError = null;
  if (by.uuid && v.length === 36) {
    const hex = v.replace(/-/g, '');
    if (!/^[0-9a-fA-F]{32}$/.test(hex) || !/^[0-9a-fA-F-]+$/.test(v))
      c.libvirtError({
        code: 'INVALID_ARG',
        message: 'invalid argument: uuidstr in virStoragePoolLookupByUUIDString must be a valid UUID',
      });
    else {
      const p = ps.find((x) => x.def.uuid.replace(/-/g, '') === hex.toLowerCase());
      if (p) return p;
      c.libvirtError({
        code: 'NO_STORAGE_POOL',
        message: `Storage pool not found: no storage pool with matching uuid '${v}'`,
      });
    }
  }
  if (by.name) {
    const p = ps.find((x) => x.def.name === v);
    if (p) return p;
    c.libvirtError({
      code: 'NO_STORAGE_POOL',
      message: `Storage pool not found: no storage pool with matching name '${v}'`,
    });
  }
  c.error(`failed to get pool '${v}'`);
  return undefined;
}

/** Applies a storage operation: the new world, or virsh's line and libvirt's error. */
export function applyStorage(c: CmdCtx, r: Result<World>, failLine: string): boolean {
  if (c.refuseReadonly(failLine)) return false;
  if (r.ok) {
    c.s.world = r.value;
    return true;
  }
  c.error(failLine);
  c.libvirtError(r.error);
  return false;
}

/** vshPrettyCapacity printed with "%.2lf %s". */
export function prettySize(bytes: bigint): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let i = 0;
  while (i < units.length - 1 && bytes >= 1024n ** BigInt(i + 1)) i++;
  return `${(Number(bytes) / 1024 ** i).toFixed(2)} ${units[i]}`;
}

/** virStoragePoolGetInfo as the test driver answers it. */
export function poolSizes(p: StoragePool) {
  const allocation = poolAllocation(p);
  return { capacity: POOL_CAPACITY, allocation, available: POOL_CAPACITY - allocation };
}
