import { configUnsupported, fail, internalError, ok, type Result } from '../result';
import { escapeXml } from './escape';
import { parseUuid } from './uuid-parse';
import type { XmlTree } from './xml-tree';

/**
 * virNodeDevCapsDefParseXML and virNodeDeviceDefFormat for a device a test-driver node file lists
 * (testParseNodedevs: an existing device, so names, host numbers and sizes are read, not made up):
 * each capability is read with its parser's errors and comes back as the lines libvirt formats for
 * it. Modelled: system, pci, usb_device, usb, net, scsi_host, scsi_target, scsi, storage, drm,
 * ccw, ap_card, ap_queue; the types the parser does not take (fc_host, vports, scsi_generic,
 * mdev_types, vdpa, vpd) are its "unknown capability type" error. Not modelled: mdev, css,
 * ap_matrix, and a PCI device's SR-IOV, mdev, VPD, IOMMU group and PCIe sub-elements.
 */

export const kids = (el: XmlTree, name: string) => el.kids.filter((k): k is XmlTree => 'el' in k && k.el === name);
const textOf = (el: XmlTree): string =>
  el.kids.map((k) => ('text' in k ? k.text : 'el' in k ? textOf(k) : '')).join('');
export const attrOf = (el: XmlTree | undefined, name: string) => el?.attrs.find(([k]) => k === name)?.[1];
/** virXPathString("string(./a[1]/b[1])"): the text, undefined when absent or empty. */
export function str(el: XmlTree | undefined, ...path: string[]): string | undefined {
  let cur = el;
  for (const p of path) cur = cur && kids(cur, p)[0];
  const t = cur ? textOf(cur) : '';
  return t === '' ? undefined : t;
}
const esc = (s: string | undefined, line: (v: string) => string) => (s === undefined ? [] : [line(escapeXml(s))]);

type Num = bigint | 'missing' | 'invalid';
/** virStrToLong_uip / _ullp / _i as strtoul reads them: leading blanks, a sign, the digits (0x in base 16), nothing after. */
function toInteger(s: string | undefined, base: 10 | 16, min: bigint, max: bigint, sign: boolean): Num {
  if (s === undefined || s === '') return 'missing';
  const m = (base === 16 ? /^[ \t\n\v\f\r]*([+-]?)(?:0[xX])?([0-9a-fA-F]+)$/ : /^[ \t\n\v\f\r]*([+-]?)(\d+)$/).exec(s);
  if (!m || (m[1] === '-' && !sign)) return 'invalid';
  const v = BigInt(base === 16 ? `0x${m[2]}` : m[2]) * (m[1] === '-' ? -1n : 1n);
  return v < min || v > max ? 'invalid' : v;
}
const UINT = 4294967295n;
const uint = (s: string | undefined, base: 10 | 16 = 10) => toInteger(s, base, 0n, UINT, false);
/** The same bits as C's `%d` of an unsigned int. */
const asInt = (v: bigint) => (v > 2147483647n ? v - 4294967296n : v);

/** One capability's reader: the lines inside its element, or its parser's error. */
type Cap = (el: XmlTree, dev: string) => Result<string[]>;

/** A run of required unsigned numbers, each with its "no X supplied" / "invalid X supplied" error. */
function numbers(el: XmlTree, dev: string, fields: [string, string, 10 | 16, string[]?][]): Result<bigint[]> {
  const out: bigint[] = [];
  for (const [name, what, base, path] of fields) {
    const v = uint(path ? (attrOf(kids(el, path[0])[0], path[1]) ?? undefined) : str(el, name), base);
    if (v === 'missing') return internalError(`no ${what} supplied for '${dev}'`);
    if (v === 'invalid') return internalError(`invalid ${what} supplied for '${dev}'`);
    out.push(v);
  }
  return ok(out);
}
const hex4 = (v: bigint) => `0x${v.toString(16).padStart(4, '0')}`;
/** `<product id='0x…'>name</product>`, or the empty form each formatter writes its own way. */
const named = (tag: string, id: bigint, name: string | undefined, empty: string) =>
  `<${tag} id='${hex4(id)}'${name === undefined ? empty : `>${escapeXml(name)}</${tag}>`}`;

const system: Cap = (el, dev) => {
  const uuid = str(el, 'hardware', 'uuid');
  if (uuid === undefined) return internalError(`no system UUID supplied for '${dev}'`);
  const parsed = parseUuid(uuid);
  if (!parsed) return internalError(`malformed uuid element for '${dev}'`);
  const hw = (k: string) => esc(str(el, 'hardware', k), (v) => `  <${k}>${v}</${k}>`);
  const fw = (k: string) => esc(str(el, 'firmware', k), (v) => `  <${k}>${v}</${k}>`);
  return ok([
    ...esc(str(el, 'product'), (v) => `<product>${v}</product>`),
    '<hardware>',
    ...hw('vendor'),
    ...hw('version'),
    ...hw('serial'),
    `  <uuid>${parsed}</uuid>`,
    '</hardware>',
    '<firmware>',
    ...fw('vendor'),
    ...fw('version'),
    ...fw('release_date'),
    '</firmware>',
  ]);
};

const PCI_HEADERS = ['endpoint', 'pci-bridge', 'cardbus-bridge'];
const pci: Cap = (el, dev) => {
  const klass = str(el, 'class');
  const k = klass === undefined ? undefined : toInteger(klass, 16, -2147483648n, 2147483647n, true);
  if (typeof k === 'string' || (k !== undefined && k > 0xffffffn))
    return internalError(`invalid PCI class supplied for '${dev}'`);
  const n = numbers(el, dev, [
    ['domain', 'PCI domain ID', 10],
    ['bus', 'PCI bus ID', 10],
    ['slot', 'PCI slot ID', 10],
    ['function', 'PCI function ID', 10],
    ['vendor', 'PCI vendor ID', 16, ['vendor', 'id']],
    ['product', 'PCI product ID', 16, ['product', 'id']],
  ]);
  if (!n.ok) return n;
  const [domain, bus, slot, fn, vendor, product] = n.value;
  // virPCIHeaderTypeFromString: the first header type named among the sub-capabilities is kept.
  const header = kids(el, 'capability')
    .map((c) => attrOf(c, 'type'))
    .find((t) => t !== undefined && PCI_HEADERS.includes(t));
  const numa = attrOf(kids(el, 'numa')[0], 'node');
  const node = numa === undefined || numa === '' ? undefined : toInteger(numa, 10, -2147483648n, 2147483647n, true);
  if (typeof node === 'string') return internalError(`invalid NUMA node ID supplied for '${dev}'`);
  return ok([
    ...(k !== undefined && k >= 0n ? [`<class>0x${k.toString(16).padStart(6, '0')}</class>`] : []),
    `<domain>${asInt(domain)}</domain>`,
    `<bus>${asInt(bus)}</bus>`,
    `<slot>${asInt(slot)}</slot>`,
    `<function>${asInt(fn)}</function>`,
    named('product', product, str(el, 'product'), '/>'),
    named('vendor', vendor, str(el, 'vendor'), '/>'),
    ...(header ? [`<capability type='${header}'/>`] : []),
    ...(node !== undefined && node >= 0n ? [`<numa node='${node}'/>`] : []),
  ]);
};

const usbDevice: Cap = (el, dev) => {
  const n = numbers(el, dev, [
    ['bus', 'USB bus number', 10],
    ['device', 'USB device number', 10],
    ['vendor', 'USB vendor ID', 16, ['vendor', 'id']],
    ['product', 'USB product ID', 16, ['product', 'id']],
  ]);
  if (!n.ok) return n;
  const [bus, device, vendor, product] = n.value;
  return ok([
    `<bus>${asInt(bus)}</bus>`,
    `<device>${asInt(device)}</device>`,
    named('product', product, str(el, 'product'), ' />'),
    named('vendor', vendor, str(el, 'vendor'), ' />'),
  ]);
};

const usbInterface: Cap = (el, dev) => {
  const n = numbers(el, dev, [
    ['number', 'USB interface number', 10],
    ['class', 'USB interface class', 10],
    ['subclass', 'USB interface subclass', 10],
    ['protocol', 'USB interface protocol', 10],
  ]);
  if (!n.ok) return n;
  const [num, klass, sub, proto] = n.value.map(asInt);
  return ok([
    `<number>${num}</number>`,
    `<class>${klass}</class>`,
    `<subclass>${sub}</subclass>`,
    `<protocol>${proto}</protocol>`,
    ...esc(str(el, 'description'), (v) => `<description>${v}</description>`),
  ]);
};

/** virNetDevFeature's names, in the order the formatter walks them. */
const NET_FEATURES = [
  'rx',
  'tx',
  'sg',
  'tso',
  'gso',
  'gro',
  'lro',
  'rxvlan',
  'txvlan',
  'ntuple',
  'rxhash',
  'rdma',
  'txudptnl',
  'switchdev',
];
/** virInterfaceState's names (0, the empty one, is "not given"). */
const LINK_STATES = ['', 'unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up'];

const net: Cap = (el, dev) => {
  const ifname = str(el, 'interface');
  if (ifname === undefined) return internalError(`no network interface supplied for '${dev}'`);
  const features = new Set<number>();
  for (const f of kids(el, 'feature')) {
    const name = attrOf(f, 'name');
    if (name === undefined) return fail('XML_ERROR', 'XML error: missing network device feature name');
    if (!NET_FEATURES.includes(name)) return fail('XML_ERROR', `XML error: unknown network device feature '${name}'`);
    features.add(NET_FEATURES.indexOf(name));
  }
  // string(./capability/@type): the first sub-capability's type.
  const sub = attrOf(kids(el, 'capability')[0], 'type');
  if (sub !== undefined && sub !== '' && sub !== '80203' && sub !== '80211')
    return configUnsupported(`invalid network type supplied for '${dev}'`);
  const link = kids(el, 'link')[0];
  const state = attrOf(link, 'state');
  const speed = attrOf(link, 'speed');
  // virInterfaceLinkParseXML: virXMLPropEnum for the state, virXMLPropUInt for the speed.
  const invalid = (a: string, v: string, why = '') =>
    fail('XML_ERROR', `XML error: Invalid value for attribute '${a}' in element 'link': '${v}'.${why}`);
  if (state !== undefined && !LINK_STATES.includes(state)) return invalid('state', state);
  const mbps = speed === undefined ? 0n : uint(speed);
  if (typeof mbps === 'string') return invalid('speed', speed ?? '', ' Expected non-negative integer value');
  const linkAttrs = `${mbps ? ` speed='${mbps}'` : ''}${state ? ` state='${state}'` : ''}`;
  return ok([
    `<interface>${escapeXml(ifname)}</interface>`,
    ...esc(str(el, 'address'), (v) => `<address>${v}</address>`),
    ...(linkAttrs ? [`<link${linkAttrs}/>`] : []),
    ...[...features].sort((a, b) => a - b).map((i) => `<feature name='${NET_FEATURES[i]}'/>`),
    ...(sub === '80203' || sub === '80211' ? [`<capability type='${sub}'/>`] : []),
  ]);
};

const scsiHost: Cap = (el, dev) => {
  const n = numbers(el, dev, [['host', 'SCSI host ID', 10]]);
  if (!n.ok) return n;
  const uid = str(el, 'unique_id');
  const unique = uid === undefined ? -1n : toInteger(uid, 10, -2147483648n, 2147483647n, true);
  if (typeof unique === 'string') return internalError(`invalid unique_id supplied for '${dev}'`);
  let fc: string[] = [];
  let vport = false;
  for (const c of kids(el, 'capability')) {
    const type = attrOf(c, 'type');
    if (type === undefined) return internalError(`missing SCSI host capability type for '${dev}'`);
    if (type === 'vport_ops') vport = true;
    else if (type === 'fc_host') {
      // The test driver gives no virt type, so virRandomGenerateWWN cannot make a name up.
      const wwnn = str(c, 'wwnn');
      if (wwnn === undefined) return internalError(`no WWNN supplied for '${dev}', and auto-generation failed`);
      const wwpn = str(c, 'wwpn');
      if (wwpn === undefined) return internalError(`no WWPN supplied for '${dev}', and auto-generation failed`);
      const fabric = str(c, 'fabric_wwn');
      fc = [
        "<capability type='fc_host'>",
        `  <wwnn>${escapeXml(wwnn)}</wwnn>`,
        `  <wwpn>${escapeXml(wwpn)}</wwpn>`,
        ...esc(fabric, (v) => `  <fabric_wwn>${v}</fabric_wwn>`),
        '</capability>',
      ];
    } else return internalError(`unknown SCSI host capability type '${type}' for '${dev}'`);
  }
  return ok([
    `<host>${asInt(n.value[0])}</host>`,
    ...(unique !== -1n ? [`<unique_id>${unique}</unique_id>`] : []),
    ...fc,
    ...(vport
      ? ["<capability type='vport_ops'>", '  <max_vports>0</max_vports>', '  <vports>0</vports>', '</capability>']
      : []),
  ]);
};

const scsiTarget: Cap = (el, dev) => {
  const target = str(el, 'target');
  if (target === undefined) return internalError(`no target name supplied for '${dev}'`);
  let rport: string[] = [];
  for (const c of kids(el, 'capability')) {
    const type = attrOf(c, 'type');
    if (type === undefined) return internalError(`missing type for SCSI target capability for '${dev}'`);
    if (type !== 'fc_remote_port') return internalError(`unknown SCSI target capability type '${type}' for '${dev}'`);
    const r = str(c, 'rport');
    if (r === undefined) return internalError(`missing rport name for '${dev}'`);
    const w = str(c, 'wwpn');
    if (w === undefined) return internalError(`missing wwpn identifier for '${dev}'`);
    // The formatter prints these two with %s, not escaped.
    rport = ["<capability type='fc_remote_port'>", `  <rport>${r}</rport>`, `  <wwpn>${w}</wwpn>`, '</capability>'];
  }
  return ok([`<target>${escapeXml(target)}</target>`, ...rport]);
};

const scsi: Cap = (el, dev) => {
  const n = numbers(el, dev, [
    ['host', 'SCSI host ID', 10],
    ['bus', 'SCSI bus ID', 10],
    ['target', 'SCSI target ID', 10],
    ['lun', 'SCSI LUN ID', 10],
  ]);
  if (!n.ok) return n;
  const [host, bus, target, lun] = n.value.map(asInt);
  return ok([
    `<host>${host}</host>`,
    `<bus>${bus}</bus>`,
    `<target>${target}</target>`,
    `<lun>${lun}</lun>`,
    ...esc(str(el, 'type'), (v) => `<type>${v}</type>`),
  ]);
};

const ULLONG = 18446744073709551615n;
const storage: Cap = (el, dev) => {
  const block = str(el, 'block');
  if (block === undefined) return internalError(`no block device path supplied for '${dev}'`);
  const opt = (k: string) => esc(str(el, k), (v) => `<${k}>${v}</${k}>`);
  let hotplug = false;
  let removable: string[] | undefined;
  for (const c of kids(el, 'capability')) {
    const type = attrOf(c, 'type');
    if (type === undefined) return internalError(`missing storage capability type for '${dev}'`);
    if (type === 'hotpluggable') hotplug = true;
    else if (type === 'removable') {
      const media = kids(c, 'media_available').some((m) => textOf(m) === '1') ? 1 : 0;
      const size = toInteger(str(c, 'media_size'), 10, 0n, ULLONG, false);
      if (size === 'missing') return internalError(`no removable media size supplied for '${dev}'`);
      if (size === 'invalid') return internalError(`invalid removable media size supplied for '${dev}'`);
      removable = [
        "<capability type='removable'>",
        `  <media_available>${media}</media_available>`,
        `  <media_size>${size}</media_size>`,
        ...esc(str(c, 'media_label'), (v) => `  <media_label>${v}</media_label>`),
        '</capability>',
      ];
    } else return internalError(`unknown storage capability type '${type}' for '${dev}'`);
  }
  let size: Num = 0n;
  if (!removable) {
    size = toInteger(str(el, 'size'), 10, 0n, ULLONG, false);
    if (size === 'missing') return internalError(`no size supplied for '${dev}'`);
    if (size === 'invalid') return internalError(`invalid size supplied for '${dev}'`);
  }
  return ok([
    `<block>${escapeXml(block)}</block>`,
    ...opt('bus'),
    ...opt('drive_type'),
    ...opt('model'),
    ...opt('vendor'),
    ...opt('serial'),
    ...(removable ?? [`<size>${size}</size>`]),
    ...(hotplug ? ["<capability type='hotpluggable'/>"] : []),
  ]);
};

const drm: Cap = (el, dev) => {
  const type = str(el, 'type');
  if (!type || !['primary', 'control', 'render'].includes(type))
    return configUnsupported(`unknown drm type '${type ?? '(null)'}' for '${dev}'`);
  return ok([`<type>${type}</type>`]);
};

/** A CCW address part: virStrToLong_uip in base 0 (decimal, 0x hex or 0 octal), devno in base 16. */
function ccwPart(el: XmlTree, key: string, dev: string, base: 0 | 16): Result<bigint> {
  const s = str(el, key);
  if (s === undefined) return configUnsupported(`missing ${key} value for '${dev}'`);
  const m = /^[ \t\n\v\f\r]*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*|[0-9a-fA-F]+)$/.exec(s);
  const digits = m?.[1];
  let v: bigint | undefined;
  if (digits !== undefined) {
    if (base === 16)
      v = /^(0[xX])?[0-9a-fA-F]+$/.test(digits)
        ? BigInt(digits.startsWith('0x') || digits.startsWith('0X') ? digits : `0x${digits}`)
        : undefined;
    else if (/^0[xX]/.test(digits)) v = BigInt(digits);
    else if (/^0[0-7]*$/.test(digits)) v = BigInt(`0o${digits.slice(1) || '0'}`);
    else if (/^\d+$/.test(digits)) v = BigInt(digits);
  }
  if (v === undefined || v > UINT) return configUnsupported(`invalid ${key} value '${s}' for '${dev}'`);
  return ok(v);
}

const ccw: Cap = (el, dev) => {
  const parts: bigint[] = [];
  for (const [key, base] of [
    ['cssid', 0],
    ['ssid', 0],
    ['devno', 16],
  ] as const) {
    const v = ccwPart(el, key, dev, base);
    if (!v.ok) return v;
    parts.push(v.value);
  }
  const [cssid, ssid, devno] = parts;
  return ok([
    `<cssid>0x${cssid.toString(16)}</cssid>`,
    `<ssid>0x${ssid.toString(16)}</ssid>`,
    `<devno>${hex4(devno)}</devno>`,
  ]);
};

function apPart(el: XmlTree, key: 'ap-adapter' | 'ap-domain', dev: string): Result<bigint> {
  const s = str(el, key);
  if (s === undefined) return configUnsupported(`missing ${key} value for '${dev}'`);
  const m = /^[ \t\n\v\f\r]*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  const d = m?.[1];
  const v =
    d === undefined
      ? undefined
      : /^0[xX]/.test(d)
        ? BigInt(d)
        : /^0/.test(d)
          ? BigInt(`0o${d.slice(1) || '0'}`)
          : BigInt(d);
  if (v === undefined || v > UINT) return configUnsupported(`invalid ${key} value '${s}' for '${dev}'`);
  return ok(v);
}

const apCard: Cap = (el, dev) => {
  const a = apPart(el, 'ap-adapter', dev);
  return a.ok ? ok([`<ap-adapter>0x${a.value.toString(16).padStart(2, '0')}</ap-adapter>`]) : a;
};

const apQueue: Cap = (el, dev) => {
  const a = apPart(el, 'ap-adapter', dev);
  if (!a.ok) return a;
  const d = apPart(el, 'ap-domain', dev);
  if (!d.ok) return d;
  if (d.value > 255n)
    return configUnsupported(`ap-domain value '${str(el, 'ap-domain')}' is out of range for '${dev}'`);
  return ok([
    `<ap-adapter>0x${a.value.toString(16).padStart(2, '0')}</ap-adapter>`,
    `<ap-domain>${hex4(d.value)}</ap-domain>`,
  ]);
};

/** The capability readers by virNodeDevCapType name; `null`: a type the parser refuses by its number. */
export const CAPS: Record<string, Cap | null | undefined> = {
  system,
  pci,
  usb_device: usbDevice,
  usb: usbInterface,
  net,
  scsi_host: scsiHost,
  scsi_target: scsiTarget,
  scsi,
  storage,
  fc_host: null,
  vports: null,
  scsi_generic: null,
  drm,
  mdev_types: null,
  ccw,
  vdpa: null,
  ap_card: apCard,
  ap_queue: apQueue,
  vpd: null,
};
