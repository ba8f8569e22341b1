import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { keepAttributeBlanks } from './parser-options';
import { configUnsupported, fail, internalError, ok, type Result } from '../result';
import type { Disk, DomainDef, Interface } from '../types';
import { parseCpuSet } from '../cpulist';
import { libxmlError } from './libxml-errors';
import { tuningOf } from './tuning-parse';
import { sanitizeMetadata } from './metadata';
import { parseXmlTree, type XmlTree } from './xml-tree';
import { definitionUuid, readUuid, type UuidRead } from './uuid-parse';
import { domainSchemaError } from './domain-schema';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ...keepAttributeBlanks,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (n) => ['disk', 'interface', 'vcpupin', 'domain', 'console'].includes(n),
});

const text = (n: unknown): string | undefined => {
  if (n == null) return undefined;
  if (typeof n === 'string') return n;
  if (typeof n === 'object' && '#text' in (n as Node)) return String((n as Node)['#text']);
  return '';
};
/** An element's attributes as libvirt would print them back: `type='pci' domain='0x0000' ...`. */
const attrsText = (n: unknown): string | undefined =>
  n && typeof n === 'object'
    ? Object.entries(n as Node)
        .filter(([k]) => k.startsWith('@'))
        .map(([k, v]) => `${k.slice(1)}='${v}'`)
        .join(' ')
    : undefined;
const attr = (n: unknown, name: string): string | undefined =>
  n && typeof n === 'object' ? ((n as Node)[`@${name}`] as string | undefined) : undefined;

/** libvirt scales `<memory unit=...>` to KiB (virDomainParseMemory). */
function memoryKiB(n: unknown): number | undefined {
  const v = text(n);
  if (v === undefined) return undefined;
  const unit = (attr(n, 'unit') ?? 'KiB').toLowerCase();
  const scale: Record<string, number> = {
    b: 1 / 1024,
    bytes: 1 / 1024,
    k: 1,
    kib: 1,
    kb: 1000 / 1024,
    m: 1024,
    mib: 1024,
    mb: 1e6 / 1024,
    g: 1048576,
    gib: 1048576,
    gb: 1e9 / 1024,
  };
  return Math.ceil(Number(v) * (scale[unit] ?? 1));
}

/** virDomainParseScaledValue: a memory element holds digits only, in a unit virScaleInteger knows. */
function badMemoryElement(dom: Node): Result<never> | undefined {
  for (const el of ['memory', 'maxMemory', 'currentMemory']) {
    const n = dom[el];
    if (n === undefined) continue;
    const v = text(n) ?? '';
    if (!/^\s*\d+\s*$/.test(v))
      return fail('XML_ERROR', `XML error: Invalid value '${v}' for element or attribute './${el}[1]'`);
    const unit = attr(n, 'unit');
    if (unit !== undefined && !/^(b|bytes|[kmgtpe](i?b)?)$/i.test(unit))
      return fail('INVALID_ARG', `invalid argument: unknown suffix '${unit}'`);
  }
  return undefined;
}

/** virDomainLifecycleAction / virDomainLifecycleCrashAction names. */
const LIFECYCLE = ['destroy', 'restart', 'rename-restart', 'preserve'];
function badLifecycle(dom: Node): Result<never> | undefined {
  for (const el of ['on_poweroff', 'on_reboot', 'on_crash']) {
    const v = text(dom[el]);
    const ok = [...LIFECYCLE, ...(el === 'on_crash' ? ['coredump-destroy', 'coredump-restart'] : [])];
    if (v !== undefined && !ok.includes(v)) return configUnsupported(`unknown ${el} action: ${v}`);
  }
  return undefined;
}

/** Checks well-formedness the way libxml2 reports it to libvirt (first line only where we can). */
export function checkWellFormed(xml: string, source: string): Result<Node> {
  const libxml = libxmlError(xml, source);
  if (libxml) return fail('XML_ERROR', libxml);
  const v = XMLValidator.validate(xml);
  if (v !== true) {
    const line = v.err.line;
    const src = xml.split('\n')[line - 1] ?? '';
    return fail(
      'XML_ERROR',
      `${source}:${line}: ${v.err.msg} line ${line}\n${src}\n${'-'.repeat(Math.max(0, v.err.col - 1))}^`,
    );
  }
  return ok(parser.parse(xml) as Node);
}

/** Parses domain XML into a definition; libvirt's messages for what it rejects. */
/** Parse-time defaults the driver supplies (the test driver's guests default to i686). */
export interface ParseDefaults {
  arch?: string;
}

export function parseDomainXml(
  xml: string,
  source = '(domain_definition)',
  defaults: ParseDefaults = {},
  validate = false,
): Result<DomainDef> {
  const doc = checkWellFormed(xml, source);
  if (!doc.ok) return doc;
  const dom = (doc.value.domain as Node[] | undefined)?.[0];
  if (!dom)
    return fail(
      'XML_ERROR',
      `XML error: expecting root element of 'domain', not '${Object.keys(doc.value).find((k) => !k.startsWith('?')) ?? ''}'`,
    );
  // virXMLParse validates against domain.rng (--validate) right after the root's name.
  const schema = validate ? domainSchemaError(xml) : undefined;
  if (schema) return fail('XML_ERROR', schema);
  const def = domainFromNode(dom, definitionUuid(xml), defaults);
  return def.ok ? ok(withMetadata(def.value, xml)) : def;
}

/** <metadata> kept whole (its children in their namespaces), which the unordered parse cannot do. */
function withMetadata(def: DomainDef, xml: string): DomainDef {
  const root = parseXmlTree(xml).find((n): n is XmlTree => 'el' in n && n.el === 'domain');
  const meta = root?.kids.find((n): n is XmlTree => 'el' in n && n.el === 'metadata');
  return meta ? { ...def, metadata: sanitizeMetadata(meta) } : def;
}

/** `ownUuid`: the <uuid> read from the document as written (blanks kept); else from the parsed node. */
export function domainFromNode(dom: Node, ownUuid?: UuidRead, defaults: ParseDefaults = {}): Result<DomainDef> {
  const type = attr(dom, 'type');
  // virDomainDefParseXML: no type (or an empty one) is an internal error, an unknown one unsupported.
  if (!type) return internalError('missing domain type attribute');
  if (!['test', 'kvm', 'qemu', 'xen'].includes(type)) return configUnsupported(`invalid domain type ${type}`);
  // string(./name[1]): the first <name>.
  const name = text(Array.isArray(dom.name) ? dom.name[0] : dom.name);
  if (!name) return fail('XML_ERROR', 'missing name information');
  // virDomainDefParseIDs: the uuid right after the name.
  const own = ownUuid ?? readUuid(text(dom.uuid));
  if (own === 'malformed') return internalError('malformed uuid element');
  const os = dom.os as Node | undefined;
  const osTypeNode = os?.type;
  const osType = text(osTypeNode);
  if (!osType) return fail('XML_ERROR', 'XML error: an os <type> must be specified');
  if (!['hvm', 'xen', 'linux'].includes(osType)) return configUnsupported(`Unknown OS type '${osType}'`);
  const badMem = badMemoryElement(dom);
  if (badMem) return badMem;
  const mem = memoryKiB(dom.memory) ?? memoryKiB(dom.maxMemory);
  if (mem === undefined) return fail('XML_ERROR', 'XML error: missing memory element');
  if (mem === 0)
    return fail('XML_ERROR', 'XML error: Memory size must be specified via <memory> or in the <numa> configuration');
  const cur = memoryKiB(dom.currentMemory) ?? mem;
  const vcpuNode = dom.vcpu;
  const vcpuMax = vcpuNode !== undefined ? Number(text(vcpuNode)) : 1;
  const vcpus = attr(vcpuNode, 'current') !== undefined ? Number(attr(vcpuNode, 'current')) : vcpuMax;
  if (!Number.isInteger(vcpuMax) || vcpuMax < 0)
    return fail('XML_ERROR', 'XML error: maximum vcpus count must be an integer');
  const badAction = badLifecycle(dom);
  if (badAction) return badAction;
  const uuid = own === 'none' ? undefined : own.uuid;
  const vcpupin: Record<number, number[]> = {};
  for (const p of ((dom.cputune as Node | undefined)?.vcpupin as Node[] | undefined) ?? []) {
    const cpus = parseCpuSet(attr(p, 'cpuset') ?? '');
    if (cpus.ok) vcpupin[Number(attr(p, 'vcpu'))] = cpus.cpus;
  }
  const devices = (dom.devices ?? {}) as Node;
  const tuning = tuningOf(
    dom,
    (devices.disk as Node[] | undefined) ?? [],
    (devices.interface as Node[] | undefined) ?? [],
  );
  if (!tuning.ok) return tuning;
  const disks: Disk[] = ((devices.disk as Node[] | undefined) ?? []).map((d, i) => {
    const src = d.source as Node | undefined;
    const tgt = d.target as Node | undefined;
    return {
      type: (attr(d, 'type') as Disk['type']) ?? 'file',
      device: (attr(d, 'device') as Disk['device']) ?? 'disk',
      source: attr(src, 'file') ?? attr(src, 'dev') ?? '',
      target: attr(tgt, 'dev') ?? '',
      bus: attr(tgt, 'bus') ?? 'ide',
      driverName: attr(d.driver, 'name'),
      driverType: attr(d.driver, 'type'),
      readonly: d.readonly !== undefined ? true : undefined,
      address: attrsText(d.address),
      ...tuning.value.disks[i],
    };
  });
  // After the parse, the post-parse checks: no vCPU at all fails the NUMA check, then the name's '/'.
  if (vcpuMax === 0) return internalError('CPU IDs in <numa> exceed the <vcpu> count');
  if (name.includes('/')) return fail('XML_ERROR', `XML error: name ${name} cannot contain '/'`);
  const interfaces: Interface[] = ((devices.interface as Node[] | undefined) ?? []).map((n, i) => ({
    type: (attr(n, 'type') as Interface['type']) ?? 'network',
    source: attr(n.source, 'network') ?? attr(n.source, 'bridge') ?? '',
    mac: attr(n.mac, 'address') ?? '52:54:00:00:00:01',
    model: attr(n.model, 'type'),
    target: userIfname(attr(n.target, 'dev')),
    linkState: attr(n.link, 'state') === 'down' ? 'down' : undefined,
    address: attrsText(n.address),
    ...(attr(n.script, 'path') !== undefined ? { script: attr(n.script, 'path') } : {}),
    ...tuning.value.interfaces[i],
  }));
  return ok({
    // libvirt keeps Xen's historical 'linux' for a PV guest written as os type 'xen'.
    name,
    uuid: uuid ?? '',
    title: text(dom.title),
    type: type as DomainDef['type'],
    osType: (type === 'xen' && osType === 'xen' ? 'linux' : osType) as DomainDef['osType'],
    arch: attr(osTypeNode, 'arch') ?? defaults.arch ?? (type === 'test' ? 'i686' : 'x86_64'),
    machine: attr(osTypeNode, 'machine'),
    memoryKiB: mem,
    currentMemoryKiB: Math.min(cur, mem),
    vcpuMax,
    vcpus,
    vcpupin,
    // No <acpi/> in <features>: libvirt starts the guest without ACPI (QEMU's -no-acpi, libxl's acpi=0).
    ...(type !== 'test' && osType === 'hvm' && (dom.features as Node | undefined)?.acpi === undefined
      ? { acpi: false as const }
      : {}),
    onPoweroff: text(dom.on_poweroff) ?? 'destroy',
    onReboot: text(dom.on_reboot) ?? 'restart',
    onCrash: text(dom.on_crash) ?? 'destroy',
    disks,
    interfaces,
    kernel: text(os?.kernel),
    cmdline: text(os?.cmdline),
    description: text(dom.description),
    ...(devices.console ? { consoles: (devices.console as Node[]).map((n) => attr(n, 'type') ?? 'pty') } : {}),
    ...memtuneOf(dom.memtune as Node | undefined),
    ...tuning.value.def,
    memballoon:
      devices.memballoon !== undefined
        ? {
            model: attr(devices.memballoon, 'model') ?? 'virtio',
            address: attrsText((devices.memballoon as Node).address),
          }
        : undefined,
    ...(devices.panic !== undefined ? { panic: panicsOf(devices.panic, type) } : {}),
  });
}

/** `<panic>` devices; QEMU's post-parse gives one without a model x86's default, `isa` (pvpanic). */
function panicsOf(n: unknown, type: string): DomainDef['panic'] {
  const nodes = (Array.isArray(n) ? n : [n]) as Node[];
  return nodes.map((p) => {
    const model = attr(p, 'model') ?? (type === 'kvm' || type === 'qemu' ? 'isa' : undefined);
    const address = attrsText(typeof p === 'object' && p ? p.address : undefined);
    return { ...(model ? { model } : {}), ...(address ? { address } : {}) };
  });
}

/** `<memtune>` limits, scaled to KiB like `<memory>`. */
function memtuneOf(n: Node | undefined): Partial<DomainDef> {
  if (!n) return {};
  const m = {
    hardLimitKiB: memoryKiB(n.hard_limit),
    softLimitKiB: memoryKiB(n.soft_limit),
    swapHardLimitKiB: memoryKiB(n.swap_hard_limit),
  };
  return { memtune: Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) };
}

/** virDomainNetDefParseXML drops a target name libvirt would generate itself (vnet*, macvtap*, macvlan*). */
const userIfname = (dev: string | undefined) => (dev && /^(vnet|macvtap|macvlan)/.test(dev) ? undefined : dev);
