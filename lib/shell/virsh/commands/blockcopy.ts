import { escapeXml } from '../../../sim/xml/escape';
import type { CmdCtx } from '../context';
import { parseULongLong, parseUInt } from '../numbers';
import { readXmlFile } from './define';
import { timeoutOk } from './events';
import { numberRefused, parseBandwidth } from './unsupported';
import type { VirshCommand } from './types';

/** Numbers in cmdBlockcopy's order; the bandwidth in MiB/s (or bytes/s with --bytes). */
function numbers(c: CmdCtx): { bandwidth: bigint; granularity: number; bufSize: bigint } | undefined {
  const bw = c.str('bandwidth');
  const b = bw === undefined ? undefined : parseBandwidth(bw);
  const g = c.str('granularity') === undefined ? undefined : parseUInt(c.str('granularity')!, 'granularity');
  const s = c.str('buf-size') === undefined ? undefined : parseULongLong(c.str('buf-size')!, 'buf-size');
  for (const p of [b, g, s]) {
    if (p && !p.ok) {
      numberRefused(c, p);
      return undefined;
    }
  }
  if (!timeoutOk(c)) return undefined;
  const value = <T>(p: { ok: true; value: T } | { ok: false } | undefined, zero: T) => (p?.ok ? p.value : zero);
  return { bandwidth: BigInt(value(b, 0n)), granularity: value(g, 0), bufSize: value(s, 0n) };
}

/** virsh's own <disk> for --dest: a file, or a block device with --blockdev. */
function destXml(c: CmdCtx): string {
  const dest = escapeXml(c.str('dest')!);
  const format = c.str('format');
  return [
    `<disk type='${c.has('blockdev') ? 'block' : 'file'}'>`,
    c.has('blockdev') ? `  <source dev='${dest}'/>` : `  <source file='${dest}'/>`,
    ...(format === undefined ? [] : [`  <driver type='${escapeXml(format)}'/>`]),
    '</disk>\n',
  ].join('\n');
}

/** ULONG_MAX >> 20: the most MiB/s the typed parameter's bytes/s can hold. */
const BANDWIDTH_LIMIT = 17592186044415n;

/**
 * cmdBlockcopy: its options, the domain, the --xml file; --print-xml prints the destination and
 * ends there. The test driver has neither virDomainBlockCopy nor virDomainBlockRebase (which
 * virsh calls when nothing needs the new API), so a copy always ends in "not supported".
 */
const blockcopy: VirshCommand = {
  name: 'blockcopy',
  readOnly: true,
  xm: { none: 'xm cannot copy a running guest’s disk' },
  xl: { none: 'xl cannot copy a running guest’s disk' },
  run(c) {
    if (c.host().driver !== 'test') {
      c.error(`command '${c.name}' is not simulated by VirtLab`);
      return false;
    }
    const empty = ['path', 'dest', 'xml', 'format'].find((o) => c.str(o) === '');
    if (empty !== undefined) {
      c.error(`Failed to get option '${empty}': Option argument is empty`);
      return false;
    }
    const n = numbers(c);
    if (!n) return false;
    const pairs = [
      ['dest', 'xml'],
      ['format', 'xml'],
      ['blockdev', 'xml'],
      ['pivot', 'finish'],
    ];
    if (!pairs.every(([a, b]) => c.exclusive(a, b))) return false;
    if (!c.has('dest') && !c.has('xml')) {
      c.error('need either --dest or --xml');
      return false;
    }
    const blocking = ['wait', 'pivot', 'finish', 'timeout'].some((o) => c.has(o));
    for (const o of blocking ? [] : ['verbose', 'async'].filter((x) => c.has(x))) {
      c.error(`--${o} requires at least one of --timeout, --wait, --pivot, or --finish`);
      return false;
    }
    if (!c.domain()) return false;
    const file = c.str('xml');
    const xml = file === undefined ? destXml(c) : readXmlFile(c, file);
    if (xml === undefined) return false;
    const api = copyApi(c, n);
    if (api === 'virDomainBlockCopy' && !c.has('bytes') && n.bandwidth > BANDWIDTH_LIMIT) {
      c.error(`bandwidth must be less than ${BANDWIDTH_LIMIT}`);
      return false;
    }
    if (c.has('print-xml')) {
      c.print(xml);
      return true;
    }
    const denied = c.s.readonly;
    c.libvirtError(
      denied
        ? { code: 'OPERATION_DENIED', message: `operation forbidden: read only access prevents ${api}` }
        : { code: 'NO_SUPPORT', message: `this function is not supported by the connection driver: ${api}` },
    );
    return false;
  },
};

/** What makes virsh use virDomainBlockCopy rather than the older virDomainBlockRebase. */
function copyApi(c: CmdCtx, n: { granularity: number; bufSize: bigint }): string {
  const format = c.str('format');
  const modern =
    n.granularity > 0 ||
    n.bufSize > 0n ||
    (format !== undefined && format !== 'raw') ||
    ['xml', 'transient-job', 'synchronous-writes', 'print-xml'].some((o) => c.has(o));
  return modern ? 'virDomainBlockCopy' : 'virDomainBlockRebase';
}

export const blockcopyCommands = [blockcopy];
