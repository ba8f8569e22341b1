import { invalidArg, ok, type Result, type VirtError } from '../result';
import type { BlkioDevice, DomainDef } from '../types';
import type { AffectFlags } from './defs';
import type { OpContext, OpOutcome } from './context';
import { changeOneDef, oneDef } from './tuning';

/** The per-device blkio parameters (VIR_DOMAIN_BLKIO_DEVICE_*), each a list of "path,value" pairs. */
export const BLKIO_DEVICE_FIELDS = [
  'device_weight',
  'device_read_iops_sec',
  'device_write_iops_sec',
  'device_read_bytes_sec',
  'device_write_bytes_sec',
] as const;
export type BlkioDeviceField = (typeof BLKIO_DEVICE_FIELDS)[number];
export type BlkioParam = ['weight', number] | [BlkioDeviceField, string];

/** Which BlkioDevice member a device parameter sets; the byte rates are unsigned 64-bit, the others 32-bit. */
const member = {
  device_weight: 'weight',
  device_read_iops_sec: 'read_iops_sec',
  device_write_iops_sec: 'write_iops_sec',
  device_read_bytes_sec: 'read_bytes_sec',
  device_write_bytes_sec: 'write_bytes_sec',
} as const;
const isBytes = (f: BlkioDeviceField) => f.endsWith('bytes_sec');

/** virStrToLong_uip/ullp: blanks, an optional '+', digits; the end is where the digits stop. */
function unsignedPrefix(text: string, max: bigint): { value: bigint; end: number } | null {
  const m = /^[ \t\n\v\f\r]*\+?(\d+)/.exec(text);
  if (!m || BigInt(m[1]) > max) return null;
  return { value: BigInt(m[1]), end: m[0].length };
}

/** virDomainDriverParseBlkioDeviceStr: "path,value,path,value" — an odd number of commas, values to the next comma. */
function parseDevices(text: string, field: BlkioDeviceField): Result<Array<[string, bigint]>> {
  const parseError = invalidArg(`unable to parse blkio device '${field}' '${text}'`);
  if (text === '') return ok([]);
  if ((text.split(',').length - 1) % 2 === 0) return parseError;
  const out: Array<[string, bigint]> = [];
  let rest = text;
  for (;;) {
    const comma = rest.indexOf(',');
    if (comma < 0) return parseError;
    const path = rest.slice(0, comma);
    rest = rest.slice(comma + 1);
    const n = unsignedPrefix(rest, isBytes(field) ? 0xffffffffffffffffn : 0xffffffffn);
    if (!n) return invalidArg(`invalid value '${rest}' for parameter '${field}' of device '${path}'`);
    out.push([path, n.value]);
    if (n.end === rest.length) return ok(out);
    if (rest[n.end] !== ',') return parseError;
    rest = rest.slice(n.end + 1);
  }
}

const isZero = (v: number | string | undefined) => v === undefined || Number(v) === 0;
export const blkioDeviceEmpty = (d: BlkioDevice) =>
  (['weight', 'read_iops_sec', 'write_iops_sec', 'read_bytes_sec', 'write_bytes_sec'] as const).every((k) =>
    isZero(d[k]),
  );

/** virDomainDriverMergeBlkioDevice: a known path gets the new value (even 0); a new one is added unless 0. */
function merge(devices: BlkioDevice[], field: BlkioDeviceField, parsed: Array<[string, bigint]>): BlkioDevice[] {
  const out = devices.map((d) => ({ ...d }));
  const key = member[field];
  for (const [path, value] of parsed) {
    const v = isBytes(field) ? String(value) : Number(value);
    const found = out.find((d) => d.path === path);
    if (found) Object.assign(found, { [key]: v });
    else if (value !== 0n) out.push({ path, [key]: v });
  }
  return out;
}

/**
 * testDomainSetBlkioParameters → virDomainDriverSetupPersistentDefBlkioParams on one definition:
 * a list it cannot parse fails the call, yet the others are still applied, and the last failure is
 * the one reported — so a failed call can change the domain (`error` says why it failed).
 */
export function domainSetBlkioParameters(
  ctx: OpContext,
  uuid: string,
  params: BlkioParam[],
  flags: AffectFlags,
): Result<OpOutcome & { error?: VirtError }> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  let tune = { weight: r.value.def.blkiotune?.weight, devices: r.value.def.blkiotune?.devices ?? [] };
  let error: VirtError | undefined;
  for (const [field, value] of params) {
    if (field === 'weight') tune = { ...tune, weight: value };
    else {
      const parsed = parseDevices(value, field);
      if (parsed.ok) tune = { ...tune, devices: merge(tune.devices, field, parsed.value) };
      else error = parsed.error;
    }
  }
  const set = (def: DomainDef): DomainDef => ({ ...def, blkiotune: tune });
  const done = changeOneDef(ctx, uuid, r.value.t, set);
  return done.ok && error ? ok({ ...done.value, error }) : done;
}

/** virDomainGetBlkioParameters: the weight, then each device list of the devices with that value set. */
export function domainGetBlkioParameters(
  ctx: OpContext,
  uuid: string,
  flags: AffectFlags,
): Result<Array<[string, string]>> {
  const r = oneDef(ctx, uuid, flags);
  if (!r.ok) return r;
  const tune = r.value.def.blkiotune;
  const list = (f: BlkioDeviceField) =>
    (tune?.devices ?? [])
      .filter((d) => !isZero(d[member[f]]))
      .map((d) => `${d.path},${d[member[f]]}`)
      .join(',');
  return ok([
    ['weight', String(tune?.weight ?? 0)],
    ...BLKIO_DEVICE_FIELDS.map((f) => [f, list(f)] as [string, string]),
  ]);
}
