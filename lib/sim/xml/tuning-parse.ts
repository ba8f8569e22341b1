import { parseCpuSet } from '../cpulist';
import { PERF_EVENTS } from '../ops/numa-perf';
import { configUnsupported, fail, invalidArg, ok, type Result } from '../result';
import {
  IOTUNE_FIELDS,
  NUMA_MODES,
  type BandwidthRate,
  type BlkioDevice,
  type BlockIoTune,
  type Disk,
  type DomainDef,
  type Interface,
  type NumaMode,
} from '../types';

type Node = Record<string, unknown>;
type Parsed<T> = Result<Partial<T>>;

const list = (n: unknown): Node[] => (n === undefined ? [] : ((Array.isArray(n) ? n : [n]) as Node[]));
const text = (n: unknown): string | undefined =>
  n == null ? undefined : typeof n === 'object' ? String((n as Node)['#text'] ?? '') : String(n);
const attr = (n: unknown, name: string): string | undefined =>
  n && typeof n === 'object' ? ((n as Node)[`@${name}`] as string | undefined) : undefined;
/** virStrToLong_ui/ull on an element's text: undefined when absent, null when not a number. */
const unsigned = (n: unknown): number | string | null | undefined => {
  const v = text(n)?.trim();
  if (v === undefined) return undefined;
  return /^\+?\d+$/.test(v) ? v.replace(/^\+/, '') : null;
};
const xmlError = (detail: string) => fail('XML_ERROR', `XML error: ${detail}`);

/** `<blkiotune>` (virDomainBlkioDeviceParseXML): a weight that does not parse is ignored, a device's value is not. */
function blkiotuneOf(n: Node | undefined): Parsed<DomainDef> {
  if (!n) return ok({});
  const devices: BlkioDevice[] = [];
  for (const d of list(n.device)) {
    const path = text(d.path);
    if (!path) return configUnsupported('missing per-device path');
    const dev: BlkioDevice = { path };
    const fields = [
      ['weight', 'weight'],
      ['read_iops_sec', 'read iops sec'],
      ['write_iops_sec', 'write iops sec'],
      ['read_bytes_sec', 'read bytes sec'],
      ['write_bytes_sec', 'write bytes sec'],
    ] as const;
    for (const [k, words] of fields) {
      const v = unsigned(d[k]);
      if (v === null) return configUnsupported(`could not parse ${words} ${text(d[k])}`);
      if (v === undefined || BigInt(v) === 0n) continue;
      if (k === 'read_bytes_sec' || k === 'write_bytes_sec') dev[k] = String(BigInt(v));
      else dev[k] = Number(v);
    }
    devices.push(dev);
  }
  const weight = unsigned(n.weight);
  return ok({ blkiotune: { weight: weight ? Number(weight) || undefined : undefined, devices } });
}

/**
 * `<iothreads>` and `<iothreadids>`: a count larger than the ids listed is filled with the smallest
 * unused ids from 1 (virDomainIOThreadIDDefArrayInit); `<cputune><iothreadpin>` pins listed ones.
 */
function iothreadsOf(dom: Node): Parsed<DomainDef> {
  const count = unsigned(dom.iothreads);
  if (count === null) return xmlError(`invalid iothreads count '${text(dom.iothreads)}'`);
  const ids: number[] = [];
  for (const t of list((dom.iothreadids as Node | undefined)?.iothread)) {
    const raw = attr(t, 'id') ?? '';
    const id = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    const where = "Invalid value for attribute 'id' in element 'iothread'";
    if (Number.isNaN(id)) return xmlError(`${where}: '${raw}'. Expected non-negative integer value`);
    if (id === 0) return xmlError(`${where}: Zero is not permitted`);
    if (ids.includes(id)) return xmlError(`duplicate iothread id '${id}' found`);
    ids.push(id);
  }
  for (let id = 1; ids.length < Number(count ?? 0); id++) if (!ids.includes(id)) ids.push(id);
  const pins: Record<number, number[]> = {};
  for (const p of list((dom.cputune as Node | undefined)?.iothreadpin)) {
    const set = attr(p, 'cpuset') ?? '';
    const cpus = parseCpuSet(set);
    if (!cpus.ok) return invalidArg(`Failed to parse bitmap '${set}'`);
    const id = Number(attr(p, 'iothread'));
    if (!ids.includes(id)) return configUnsupported(`Cannot find 'iothread' : ${attr(p, 'iothread')}`);
    pins[id] = cpus.cpus;
  }
  if (!ids.length) return ok({});
  return ok({ iothreadids: ids, ...(Object.keys(pins).length ? { iothreadpin: pins } : {}) });
}

/** `<numatune><memory mode nodeset>`: strict unless named; static vCPU placement needs a nodeset. */
function numatuneOf(n: Node | undefined): Parsed<DomainDef> {
  const memory = n?.memory;
  if (!memory) return ok({});
  const mode = attr(memory, 'mode') ?? 'strict';
  if (!(NUMA_MODES as readonly string[]).includes(mode))
    return configUnsupported(`Unsupported NUMA memory tuning mode '${mode}'`);
  const text = attr(memory, 'nodeset');
  const nodeset = text === undefined ? undefined : parseCpuSet(text, 16384);
  if (nodeset && !nodeset.ok) return invalidArg(`Failed to parse bitmap '${text}'`);
  if (!nodeset?.ok || !nodeset.cpus.length)
    return configUnsupported("nodeset for NUMA memory tuning must be set if 'placement' is 'static'");
  return ok({ numatune: { mode: mode as NumaMode, nodeset: nodeset.cpus } });
}

/** `<perf><event name enabled>`: names and yes/no only. */
function perfOf(n: Node | undefined): Parsed<DomainDef> {
  const perf: Record<string, boolean> = {};
  for (const e of list(n?.event)) {
    const name = attr(e, 'name') ?? '';
    const enabled = attr(e, 'enabled') ?? '';
    const bad = (a: string, v: string) => xmlError(`Invalid value for attribute '${a}' in element 'event': '${v}'.`);
    if (!(PERF_EVENTS as readonly string[]).includes(name)) return bad('name', name);
    if (!['yes', 'no'].includes(enabled)) return bad('enabled', enabled);
    perf[name] = enabled === 'yes';
  }
  return ok(Object.keys(perf).length ? { perf } : {});
}

/** A disk's `<iotune>`: each field a whole number, the group name text. */
function diskTuningOf(d: Node): Parsed<Disk> {
  const n = d.iotune as Node | undefined;
  if (n === undefined) return ok({});
  const t: BlockIoTune = {};
  for (const f of IOTUNE_FIELDS) {
    if (f === 'group_name') {
      if (text(n.group_name) !== undefined) t.group_name = text(n.group_name);
      continue;
    }
    const v = unsigned(n[f]);
    if (v === null) return xmlError(`disk iotune field '${f}' must be an integer`);
    if (v !== undefined && Number(v)) t[f] = Number(v);
  }
  return ok({ iotune: t });
}

/** An interface's `<bandwidth>`: a direction counts when it has an average (inbound: or a floor). */
function ifaceTuningOf(i: Node): Parsed<Interface> {
  const n = i.bandwidth as Node | string | undefined;
  if (n === undefined) return ok({});
  const bandwidth: { inbound?: BandwidthRate; outbound?: BandwidthRate } = {};
  for (const dir of ['inbound', 'outbound'] as const) {
    const r = typeof n === 'object' ? n[dir] : undefined;
    if (!r) continue;
    const rate: BandwidthRate = { average: 0, peak: 0, burst: 0, floor: 0 };
    for (const k of ['average', 'peak', 'burst', 'floor'] as const) {
      const v = attr(r, k);
      if (v === undefined) continue;
      if (!/^\d+$/.test(v.trim())) return configUnsupported(`could not convert bandwidth ${k} value '${v}'`);
      rate[k] = Number(v);
    }
    if (rate.average || rate.floor) bandwidth[dir] = rate;
  }
  return ok({ bandwidth });
}

export interface Tuning {
  def: Partial<DomainDef>;
  disks: Partial<Disk>[];
  interfaces: Partial<Interface>[];
}

/** The tuning a `<domain>` holds, read in virDomainDefParseXML's order; its first error otherwise. */
export function tuningOf(dom: Node, disks: Node[], interfaces: Node[]): Result<Tuning> {
  const def: Partial<DomainDef> = {};
  for (const part of [
    blkiotuneOf(dom.blkiotune as Node | undefined),
    iothreadsOf(dom),
    numatuneOf(dom.numatune as Node | undefined),
    perfOf(dom.perf as Node | undefined),
  ]) {
    if (!part.ok) return part;
    Object.assign(def, part.value);
  }
  const diskParts = disks.map(diskTuningOf);
  const ifaceParts = interfaces.map(ifaceTuningOf);
  const bad = [...diskParts, ...ifaceParts].find((p) => !p.ok);
  if (bad && !bad.ok) return bad;
  const values = <T>(parts: Parsed<T>[]) => parts.map((p) => (p.ok ? p.value : {}));
  return ok({ def, disks: values(diskParts), interfaces: values(ifaceParts) });
}
