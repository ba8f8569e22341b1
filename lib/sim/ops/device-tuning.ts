import { fail, invalidArg, ok, type Result } from '../result';
import {
  IOTUNE_FIELDS,
  type BandwidthRate,
  type BlockIoTune,
  type Disk,
  type DomainDef,
  type Interface,
  type IotuneField,
} from '../types';
import type { AffectFlags } from './defs';
import type { OpContext, OpOutcome } from './context';
import { changeOneDef, oneDef } from './tuning';

const macKey = (s: string) =>
  s
    .split(':')
    .map((b) => b.toLowerCase().padStart(2, '0'))
    .join(':');

/** virDomainNetFind: a MAC address finds the interface by MAC, anything else by its target device name. */
function netIndex(def: DomainDef, device: string): Result<number> {
  const isMac = /^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$/.test(device);
  const i = def.interfaces.findIndex((n) => (isMac ? macKey(n.mac) === macKey(device) : n.target === device));
  return i < 0 ? invalidArg(`'${device}' is not a known interface`) : ok(i);
}

export type BandwidthParams = { inbound?: BandwidthRate; outbound?: BandwidthRate };

/**
 * testDomainSetInterfaceParameters: a direction without an average (or, inbound, a floor) is cleared;
 * a direction not given is kept. The first change on an interface without `<bandwidth>` always adds one.
 */
export function domainSetInterfaceParameters(
  ctx: OpContext,
  uuid: string,
  device: string,
  params: BandwidthParams,
  flags: AffectFlags,
): Result<OpOutcome> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const found = netIndex(r.value.def, device);
  if (!found.ok) return found;
  const { inbound, outbound } = params;
  const usable = {
    inbound: inbound && (inbound.average || inbound.floor) ? inbound : undefined,
    outbound: outbound?.average ? outbound : undefined,
  };
  const change = (n: Interface): Interface => {
    if (!n.bandwidth) return { ...n, bandwidth: usable };
    return {
      ...n,
      bandwidth: {
        inbound: inbound ? usable.inbound : n.bandwidth.inbound,
        outbound: outbound ? usable.outbound : n.bandwidth.outbound,
      },
    };
  };
  const set = (def: DomainDef): DomainDef => {
    const i = netIndex(def, device);
    return i.ok ? { ...def, interfaces: def.interfaces.map((n, j) => (j === i.value ? change(n) : n)) } : def;
  };
  return changeOneDef(ctx, uuid, r.value.t, set);
}

/** virDomainGetInterfaceParameters: the seven rates, zero where unset. */
export function domainGetInterfaceParameters(
  ctx: OpContext,
  uuid: string,
  device: string,
  flags: AffectFlags,
): Result<Array<[string, number]>> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const found = netIndex(r.value.def, device);
  if (!found.ok) return found;
  const bw = r.value.def.interfaces[found.value].bandwidth;
  const rate = (dir: 'inbound' | 'outbound', keys: readonly (keyof BandwidthRate)[]) =>
    keys.map((k) => [`${dir}.${k}`, bw?.[dir]?.[k] ?? 0] as [string, number]);
  return ok([
    ...rate('inbound', ['average', 'peak', 'burst', 'floor']),
    ...rate('outbound', ['average', 'peak', 'burst']),
  ]);
}

/** virDomainDiskByName: a disk by its target name or its source path. */
const diskIndex = (def: DomainDef, path: string) =>
  def.disks.findIndex((d) => d.target === path || (d.source !== '' && d.source === path));

/** The test driver's ceiling for any throttle value (TEST_BLOCK_IOTUNE_MAX). */
const IOTUNE_MAX = 1000000000000000;

const conflicts = ['bytes_sec', 'iops_sec', 'bytes_sec_max', 'iops_sec_max'] as const;
const capped = [
  'total_bytes_sec',
  'read_bytes_sec',
  'write_bytes_sec',
  'total_iops_sec',
  'read_iops_sec',
  'write_iops_sec',
];

/** testDomainSetBlockIoTune's checks, in its order, on the disk's values after the change. */
function checkIoTune(t: BlockIoTune): Result<true> {
  const v = (f: string) => t[f as IotuneField] ?? 0;
  for (const k of conflicts)
    if (v(`total_${k}`) && (v(`read_${k}`) || v(`write_${k}`)))
      return invalidArg(`total and read/write of ${k} cannot be set at the same time`);
  for (const f of capped) if (v(f) > v(`${f}_max`)) return invalidArg(`${f} cannot be set higher than ${f}_max `);
  return ok(true);
}

/** testDomainSetBlockIoTune: values above the ceiling refused first; then the combined checks. */
export function domainSetBlockIoTune(
  ctx: OpContext,
  uuid: string,
  path: string,
  params: Array<[IotuneField, number] | ['group_name', string]>,
  flags: AffectFlags,
): Result<OpOutcome> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const i = diskIndex(r.value.def, path);
  if (i < 0) return invalidArg(`missing persistent configuration for disk '${path}'`);
  const next: BlockIoTune = { ...r.value.def.disks[i].iotune };
  for (const [field, value] of params) {
    if (typeof value === 'number' && value > IOTUNE_MAX)
      return fail(
        'ARGUMENT_UNSUPPORTED',
        `argument unsupported: block I/O throttle limit value must be no more than ${IOTUNE_MAX}`,
      );
    Object.assign(next, { [field]: value });
  }
  const checked = checkIoTune(next);
  if (!checked.ok) return checked;
  const disk = (d: Disk): Disk => ({ ...d, iotune: next });
  const set = (def: DomainDef): DomainDef => {
    const j = diskIndex(def, path);
    return j < 0 ? def : { ...def, disks: def.disks.map((d, k) => (k === j ? disk(d) : d)) };
  };
  return changeOneDef(ctx, uuid, r.value.t, set);
}

/** virDomainGetBlockIoTune: every field in order, zero (or an empty group name) where unset. */
export function domainGetBlockIoTune(
  ctx: OpContext,
  uuid: string,
  path: string,
  flags: AffectFlags,
): Result<Array<[string, string]>> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const i = diskIndex(r.value.def, path);
  if (i < 0) return invalidArg(`disk '${path}' was not found in the domain config`);
  const t = r.value.def.disks[i].iotune ?? {};
  return ok(IOTUNE_FIELDS.map((f) => [f, f === 'group_name' ? (t.group_name ?? '') : String(t[f] ?? 0)]));
}
