import {
  domainGetBlockIoTune,
  domainGetInterfaceParameters,
  domainSetBlockIoTune,
  domainSetInterfaceParameters,
  type BandwidthParams,
} from '../../../sim/ops/device-tuning';
import type { IotuneField } from '../../../sim/types';
import type { CmdCtx } from '../context';
import { parseScaled, parseULongLong } from '../numbers';
import { parseRate, type Rate } from './attach';
import { reqString } from './pool-lookup';
import { answer, countRefused, paramLines, tuningDomain } from './tuning-params';
import type { VirshCommand } from './types';

/** cmdBlkdeviotune's options in the order it reads them: the scaled byte rates, the plain counts, the group name. */
const IOTUNE_OPTIONS: ReadonlyArray<readonly [IotuneField | 'group_name', 'scaled' | 'count' | 'string']> = [
  ['total_bytes_sec', 'scaled'],
  ['read_bytes_sec', 'scaled'],
  ['write_bytes_sec', 'scaled'],
  ['total_bytes_sec_max', 'scaled'],
  ['read_bytes_sec_max', 'scaled'],
  ['write_bytes_sec_max', 'scaled'],
  ['total_iops_sec', 'count'],
  ['read_iops_sec', 'count'],
  ['write_iops_sec', 'count'],
  ['total_iops_sec_max', 'count'],
  ['read_iops_sec_max', 'count'],
  ['write_iops_sec_max', 'count'],
  ['size_iops_sec', 'count'],
  ['total_bytes_sec_max_length', 'count'],
  ['read_bytes_sec_max_length', 'count'],
  ['write_bytes_sec_max_length', 'count'],
  ['total_iops_sec_max_length', 'count'],
  ['read_iops_sec_max_length', 'count'],
  ['write_iops_sec_max_length', 'count'],
  ['group_name', 'string'],
];

type IotuneParam = [IotuneField, number] | ['group_name', string];

/** One blkdeviotune option as virsh reads it; null after printing virsh's error. */
function iotuneOption(c: CmdCtx, field: IotuneField | 'group_name', kind: string): IotuneParam | undefined | null {
  const opt = field.replace(/_/g, '-');
  const text = c.str(opt);
  if (kind === 'string') {
    if (text !== '') return text === undefined ? undefined : ['group_name', text];
    c.error(`Failed to get option '${opt}': Option argument is empty`);
    c.error('Unable to parse group-name parameter');
    return null;
  }
  if (text === undefined) return undefined;
  const r = kind === 'scaled' ? parseScaled(text, opt, 1) : parseULongLong(text, opt);
  if (!r.ok) {
    c.error(r.error);
    c.error('Unable to parse integer parameter');
    if (r.libvirtError) c.libvirtError({ code: 'INVALID_ARG', message: r.libvirtError });
    return null;
  }
  // Above the driver's ceiling of 10^15 the exact value no longer matters: it is refused.
  return [field as IotuneField, Number(r.value)];
}

const blkdeviotune: VirshCommand = {
  name: 'blkdeviotune',
  api: 'virDomainSetBlockIoTune',
  xm: { none: 'xm has no block I/O throttling' },
  xl: { none: 'xl has no block I/O throttling' },
  run(c) {
    const d = tuningDomain(c);
    const disk = c.str('device');
    if (!d || disk === undefined) return false;
    const params: IotuneParam[] = [];
    for (const [field, kind] of IOTUNE_OPTIONS) {
      const p = iotuneOption(c, field, kind);
      if (p === null) return false;
      if (p) params.push(p);
    }
    if (params.length)
      return !!c.apply(
        domainSetBlockIoTune(c.op(), d.uuid, disk, params, c.affect()),
        'Unable to change block I/O throttle',
      );
    if (countRefused(c, 'block I/O throttle parameters')) return false;
    const got = answer(
      c,
      domainGetBlockIoTune(c.op(), d.uuid, disk, c.affect()),
      'Unable to get block I/O throttle parameters',
    );
    if (!got) return false;
    c.print(paramLines(got));
    return true;
  },
};

const UINT_MAX = 4294967295n;

/** cmdDomIftune's checks on one direction's rate; the floor goes to the API as an unsigned int. */
function direction(c: CmdCtx, dir: 'inbound' | 'outbound') {
  const text = reqString(c, dir);
  if (text === null) return null;
  if (text === undefined) return undefined;
  const r: Rate | null = parseRate(c, text);
  if (!r) return null;
  const fail = (msg: string) => {
    c.error(msg);
    return null;
  };
  if (r.average > UINT_MAX || r.peak > UINT_MAX || r.burst > UINT_MAX)
    return fail(`${dir} rate larger than maximum ${UINT_MAX}`);
  if (dir === 'inbound' && !r.average && !r.floor && (r.peak || r.burst))
    return fail('either inbound average or floor is mandatory');
  if (dir === 'outbound' && !r.average && (r.peak || r.burst)) return fail('outbound average is mandatory');
  if (dir === 'outbound' && r.floor) return fail('outbound floor is unsupported yet');
  return {
    average: Number(r.average),
    peak: Number(r.peak),
    burst: Number(r.burst),
    floor: Number(r.floor & UINT_MAX),
  };
}

const domiftune: VirshCommand = {
  name: 'domiftune',
  api: 'virDomainSetInterfaceParameters',
  xm: { none: 'xm sets a vif rate only in the domain configuration (rate=)' },
  xl: { none: 'xl sets a vif rate only in the domain configuration (rate=)' },
  run(c) {
    const d = tuningDomain(c);
    const device = c.str('interface');
    if (!d || device === undefined) return false;
    const inbound = direction(c, 'inbound');
    if (inbound === null) return false;
    const outbound = direction(c, 'outbound');
    if (outbound === null) return false;
    if (inbound || outbound) {
      const params: BandwidthParams = { inbound, outbound };
      const r = domainSetInterfaceParameters(c.op(), d.uuid, device, params, c.affect());
      return !!c.apply(r, 'Unable to set interface parameters');
    }
    const got = answer(
      c,
      domainGetInterfaceParameters(c.op(), d.uuid, device, c.affect()),
      'Unable to get interface parameters',
    );
    if (!got) return false;
    c.print(paramLines(got));
    return true;
  },
};

export const deviceTuningCommands: VirshCommand[] = [blkdeviotune, domiftune];
