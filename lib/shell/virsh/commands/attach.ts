import type { CmdCtx } from '../context';
import { attr, element, parseAddress } from './device-xml';
import type { VirshCommand } from './types';

/** vshCommandOptStringReq on each option in the order the handler reads them: "" is refused. */
function stringsOk(c: CmdCtx, names: readonly string[]): boolean {
  const empty = names.find((n) => c.str(n) === '');
  if (empty !== undefined) c.error(`Failed to get option '${empty}': Option argument is empty`);
  return empty === undefined;
}

const DISK_STRINGS = [
  'target',
  'driver',
  'subdriver',
  'type',
  'mode',
  'iothread',
  'cache',
  'io',
  'serial',
  'wwn',
  'address',
  'targetbus',
  'alias',
  'sourcetype',
  'source-protocol',
  'source-host-name',
  'source-host-transport',
  'source-host-socket',
];
const IFACE_STRINGS = [
  'type',
  'source',
  'target',
  'mac',
  'script',
  'model',
  'alias',
  'inbound',
  'outbound',
  'source-mode',
];

/** VSH_EXCLUSIVE_OPTIONS_VAR(persistent, current), (current, live), (current, config). */
export const affectOptionsOk = (c: CmdCtx) =>
  c.exclusive('persistent', 'current') && c.exclusive('current', 'live') && c.exclusive('current', 'config');

/** Any of --config/--live/--current/--persistent makes virsh call the *Flags API. */
export const withFlags = (c: CmdCtx) => ['config', 'live', 'current', 'persistent'].some((o) => c.has(o));

/**
 * The device call itself: the test driver has no virDomainAttachDevice, DetachDevice or UpdateDevice
 * (test_driver.c registers none), so it fails after virsh's own line; libvirt.c refuses it first
 * on a read-only connection. On the lab's QEMU and Xen hosts the device model is not built.
 */
export function deviceCall(c: CmdCtx, verb: 'Attach' | 'Detach' | 'Update', failLine: string): boolean {
  if (c.host().driver !== 'test') {
    c.error(`command '${c.name}' is not simulated by VirtLab`);
    return false;
  }
  const api = verb === 'Update' ? 'virDomainUpdateDeviceFlags' : `virDomain${verb}Device${withFlags(c) ? 'Flags' : ''}`;
  c.error(failLine);
  c.libvirtError(
    c.s.readonly
      ? { code: 'OPERATION_DENIED', message: `operation forbidden: read only access prevents ${api}` }
      : { code: 'NO_SUPPORT', message: `this function is not supported by the connection driver: ${api}` },
  );
  return false;
}

/** virValidateWWN: 16 hex digits, after an optional 0x. */
function wwnOk(c: CmdCtx, wwn: string | undefined): boolean {
  if (wwn === undefined || /^[0-9a-fA-F]{16}$/.test(wwn.replace(/^0[xX]/, ''))) return true;
  c.error(`internal error: Malformed wwn: ${wwn}`);
  return false;
}

/** cmdAttachDiskFormatAddress: the address, and the kind a target's prefix expects. */
function addressXml(c: CmdCtx, text: string, target: string): string | null {
  const a = parseAddress(text, c.has('multifunction'));
  const want: [string, string[], string][] = [
    ['vd', ['pci', 'ccw'], 'expecting a pci:0000.00.00.00 or ccw:00.0.0000 address.'],
    ['sd', ['scsi', 'usb', 'sata'], 'expecting a scsi:00.00.00 or usb:00.00 or sata:00.00.00 address.'],
    ['hd', ['ide'], 'expecting an ide:00.00.00 address.'],
  ];
  const rule = want.find(([prefix]) => target.startsWith(prefix));
  const message = !a ? 'Invalid address.' : rule && !rule[1].includes(a.kind) ? rule[2] : undefined;
  if (message) c.error(message);
  return message ? null : a!.xml;
}

function diskXml(c: CmdCtx, type: string): string[] | null {
  const s = (o: string) => c.str(o);
  const target = s('target')!;
  const hostName = s('source-host-name');
  const [name, port] = hostName === undefined ? [] : [hostName.split(':')[0], hostName.split(':').slice(1).join(':')];
  const host =
    type === 'network'
      ? element(
          'host',
          attr('transport', s('source-host-transport')) +
            attr('socket', s('source-host-socket')) +
            attr('name', name) +
            attr('port', hostName?.includes(':') ? port : undefined),
        )
      : [];
  const source =
    type === 'network'
      ? attr('protocol', s('source-protocol')) + attr('name', s('source'))
      : attr(type === 'block' ? 'dev' : 'file', s('source'));
  const address = s('address') === undefined ? undefined : addressXml(c, s('address')!, target);
  if (address === null) return null;
  const children = [
    ...element(
      'driver',
      attr('name', s('driver')) +
        attr('type', s('subdriver')) +
        attr('iothread', s('iothread')) +
        attr('cache', s('cache')) +
        attr('io', s('io')),
    ),
    ...element('source', source, host),
    `<target dev='${target}'${s('targetbus') !== undefined ? ` bus='${s('targetbus')}'` : ''}/>`,
    ...(s('mode') ? [`<${s('mode')}/>`] : []),
    ...(s('serial') !== undefined ? [`<serial>${s('serial')}</serial>`] : []),
    ...(s('alias') !== undefined ? [`<alias name='${s('alias')}'/>`] : []),
    ...(s('wwn') !== undefined ? [`<wwn>${s('wwn')}</wwn>`] : []),
    ...(address ? [address] : []),
  ];
  return element(
    'disk',
    ` type='${type}'${attr('device', s('type'))}${c.has('rawio') ? " rawio='yes'" : ''}`,
    children,
  );
}

/**
 * cmdAttachDisk without --sourcetype: a source that stat(2) finds to be a block device is
 * type='block' (<source dev=...>), unless --driver is file or tap; anything else is a file.
 */
function blockSource(c: CmdCtx): boolean {
  const source = c.str('source');
  const driver = c.str('driver');
  if (!source || driver === 'file' || driver === 'tap') return false;
  return c.s.fs.isBlockDevice?.(c.s.fs.resolve(source)) ?? false;
}

/** cmdAttachDisk: options, then the XML (printed with --print-xml), then the domain and the call. */
const attachDisk: VirshCommand = {
  name: 'attach-disk',
  before(c) {
    if (!affectOptionsOk(c)) return false;
    for (const o of ['source-host-name', 'source-host-transport', 'source-host-socket'])
      if (!c.requires(o, 'source-protocol')) return false;
    return (
      c.requires('source-host-socket', 'source-host-transport') && c.exclusive('source-host-name', 'source-host-socket')
    );
  },
  run(c) {
    // The source may be empty (a CD-ROM drive without a medium).
    if (!stringsOk(c, DISK_STRINGS)) return false;
    const stype = c.str('sourcetype');
    if (stype !== undefined && !['file', 'block', 'network'].includes(stype)) {
      c.error(`Unknown source type: '${stype}'`);
      return false;
    }
    const type = stype || (c.has('source-protocol') ? 'network' : blockSource(c) ? 'block' : 'file');
    if ((type === 'network') !== c.has('source-protocol')) {
      c.error('--source-protocol option requires --sourcetype network');
      return false;
    }
    const mode = c.str('mode');
    if (mode !== undefined && mode !== 'readonly' && mode !== 'shareable') {
      c.error(`No support for ${mode} in command 'attach-disk'`);
      return false;
    }
    if (!wwnOk(c, c.str('wwn'))) return false;
    const xml = diskXml(c, type);
    if (!xml) return false;
    if (c.has('print-xml')) {
      c.print(`${xml.join('\n')}\n`);
      return true;
    }
    if (!c.domain()) return false;
    return deviceCall(c, 'Attach', 'Failed to attach disk');
  },
};

export type Rate = { average: bigint; peak: bigint; burst: bigint; floor: bigint };

/** virshParseRateStr: `average,peak,burst,floor`, empty fields allowed, each a whole unsigned number. */
export function parseRate(c: CmdCtx, text: string): Rate | null {
  const tok = text.split(',');
  if (tok.length > 4) {
    c.error(`Rate string '${text}' has too many fields`);
    return null;
  }
  const names = ['average', 'peak', 'burst', 'floor'] as const;
  const rate: Rate = { average: 0n, peak: 0n, burst: 0n, floor: 0n };
  for (const [i, t] of tok.entries()) {
    if (t === '') continue;
    if (!/^[ \t\n\v\f\r]*\+?\d+$/.test(t) || BigInt(t.trim()) > 0xffffffffffffffffn) {
      c.error(`field '${names[i]}' is malformed`);
      return null;
    }
    rate[names[i]] = BigInt(t.trim());
  }
  return rate;
}

function bandwidthXml(c: CmdCtx): string[] | null {
  const inStr = c.str('inbound');
  const outStr = c.str('outbound');
  const inbound = inStr === undefined ? undefined : parseRate(c, inStr);
  if (inbound === null) return null;
  if (inbound && !inbound.average && !inbound.floor) {
    c.error('either inbound average or floor is mandatory');
    return null;
  }
  const outbound = outStr === undefined ? undefined : parseRate(c, outStr);
  if (outbound === null) return null;
  if (outbound && !outbound.average) c.error('outbound average is mandatory');
  else if (outbound?.floor) c.error('outbound floor is unsupported yet');
  if (outbound && (!outbound.average || outbound.floor)) return null;
  if (!inbound && !outbound) return [];
  const rate = (r: Rate, keys: (keyof Rate)[]) => keys.map((k) => (r[k] > 0n ? ` ${k}='${r[k]}'` : '')).join('');
  return [
    '<bandwidth>',
    ...(inbound ? [`  <inbound${rate(inbound, ['average', 'peak', 'burst', 'floor'])}/>`] : []),
    ...(outbound ? [`  <outbound${rate(outbound, ['average', 'peak', 'burst'])}/>`] : []),
    '</bandwidth>',
  ];
}

/** virDomainNetType's names; only some of them can be attached by virsh. */
const NET_TYPES = [
  'user',
  'ethernet',
  'vhostuser',
  'server',
  'client',
  'mcast',
  'network',
  'bridge',
  'internal',
  'direct',
  'hostdev',
  'udp',
  'vdpa',
  'null',
  'vds',
];

function interfaceSource(c: CmdCtx, type: string, source: string): string[] | null {
  if (type === 'network' || type === 'bridge') return [`<source ${type}='${source}'/>`];
  if (type === 'direct') return [`<source dev='${source}'/>`];
  if (type === 'hostdev') {
    const a = parseAddress(`pci:${source}`, false);
    if (!a) c.error(`cannot parse pci address '${source}' for network interface`);
    return a && ['<source>', `  ${a.xml}`, '</source>'];
  }
  if (type === 'vhostuser') {
    if (!c.has('source-mode')) c.error('source-mode is mandatory');
    return c.has('source-mode') ? [`<source type='unix' path='${source}' mode='${c.str('source-mode')}'/>`] : null;
  }
  c.error(`No support for ${type} in command 'attach-interface'`);
  return null;
}

/** cmdAttachInterface: options, the XML (printed with --print-xml), then the domain and the call. */
const attachInterface: VirshCommand = {
  name: 'attach-interface',
  before: affectOptionsOk,
  run(c) {
    if (!stringsOk(c, IFACE_STRINGS)) return false;
    const type = c.str('type')!;
    if (!NET_TYPES.includes(type)) {
      c.error(`No support for ${type} in command 'attach-interface'`);
      return false;
    }
    const mode = c.str('source-mode');
    if (mode !== undefined && mode !== 'server' && mode !== 'client') {
      c.error(`Invalid source mode: ${mode}`);
      return false;
    }
    const bandwidth = bandwidthXml(c);
    if (!bandwidth) return false;
    const source = interfaceSource(c, type, c.str('source')!);
    if (!source) return false;
    const opt = (o: string, xml: (v: string) => string) => (c.str(o) === undefined ? [] : [xml(c.str(o)!)]);
    const xml = [
      `<interface type='${type}'${c.has('managed') ? " managed='yes'" : ''}>`,
      ...[
        ...source,
        ...opt('target', (v) => `<target dev='${v}'/>`),
        ...opt('mac', (v) => `<mac address='${v}'/>`),
        ...opt('script', (v) => `<script path='${v}'/>`),
        ...opt('model', (v) => `<model type='${v}'/>`),
        ...opt('alias', (v) => `<alias name='${v}'/>`),
        ...bandwidth,
      ].map((l) => `  ${l}`),
      '</interface>',
    ];
    if (c.has('print-xml')) {
      c.print(`${xml.join('\n')}\n`);
      return true;
    }
    if (!c.domain()) return false;
    return deviceCall(c, 'Attach', 'Failed to attach interface');
  },
};

export const attachCommands: VirshCommand[] = [attachDisk, attachInterface];
