import { parseCpuSet } from '../cpulist';
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

const list = (n: unknown): Node[] => (n === undefined ? [] : ((Array.isArray(n) ? n : [n]) as Node[]));
const text = (n: unknown): string | undefined =>
  n == null ? undefined : typeof n === 'object' ? String((n as Node)['#text'] ?? '') : String(n);
const attr = (n: unknown, name: string): string | undefined =>
  n && typeof n === 'object' ? ((n as Node)[`@${name}`] as string | undefined) : undefined;
const num = (n: unknown) => {
  const v = Number(text(n)?.trim());
  return Number.isFinite(v) && v > 0 ? v : undefined;
};

/** `<blkiotune>`: weight and devices, zero values dropped as the formatter drops them. */
function blkiotuneOf(n: Node | undefined): Partial<DomainDef> {
  if (!n) return {};
  const devices: BlkioDevice[] = list(n.device).map((d) => {
    const dev: BlkioDevice = { path: text(d.path) ?? '' };
    for (const k of ['weight', 'read_iops_sec', 'write_iops_sec'] as const) if (num(d[k])) dev[k] = num(d[k]);
    for (const k of ['read_bytes_sec', 'write_bytes_sec'] as const) {
      const v = text(d[k])?.trim();
      if (v && /^\d+$/.test(v) && BigInt(v) > 0n) dev[k] = String(BigInt(v));
    }
    return dev;
  });
  return { blkiotune: { weight: num(n.weight), devices } };
}

/**
 * `<iothreads>` and `<iothreadids>`: a count larger than the ids listed is filled with the
 * smallest unused ids from 1 (virDomainIOThreadIDDefArrayInit); `<cputune><iothreadpin>` pins them.
 */
function iothreadsOf(dom: Node): Partial<DomainDef> {
  const ids = list((dom.iothreadids as Node | undefined)?.iothread)
    .map((t) => Number(attr(t, 'id')))
    .filter((id) => Number.isInteger(id) && id > 0);
  const count = num(dom.iothreads) ?? 0;
  for (let id = 1; ids.length < count; id++) if (!ids.includes(id)) ids.push(id);
  if (!ids.length) return {};
  const pins: Record<number, number[]> = {};
  for (const p of list((dom.cputune as Node | undefined)?.iothreadpin)) {
    const cpus = parseCpuSet(attr(p, 'cpuset') ?? '');
    const id = Number(attr(p, 'iothread'));
    if (cpus.ok && ids.includes(id)) pins[id] = cpus.cpus;
  }
  return { iothreadids: ids, ...(Object.keys(pins).length ? { iothreadpin: pins } : {}) };
}

/** `<numatune><memory mode nodeset>`: strict unless another mode is named. */
function numatuneOf(n: Node | undefined): Partial<DomainDef> {
  const memory = n?.memory;
  if (!memory) return {};
  const mode = (attr(memory, 'mode') ?? 'strict') as NumaMode;
  const nodeset = parseCpuSet(attr(memory, 'nodeset') ?? '', 16384);
  if (!NUMA_MODES.includes(mode)) return {};
  return { numatune: { mode, ...(nodeset.ok && nodeset.cpus.length ? { nodeset: nodeset.cpus } : {}) } };
}

/** `<perf><event name enabled>`. */
function perfOf(n: Node | undefined): Partial<DomainDef> {
  const events = list(n?.event).filter((e) => attr(e, 'name') && ['yes', 'no'].includes(attr(e, 'enabled') ?? ''));
  if (!events.length) return {};
  return { perf: Object.fromEntries(events.map((e) => [attr(e, 'name')!, attr(e, 'enabled') === 'yes'])) };
}

/** The domain-wide tuning a definition holds: blkiotune, IOThreads, numatune, perf. */
export function tuningOf(dom: Node): Partial<DomainDef> {
  return {
    ...blkiotuneOf(dom.blkiotune as Node | undefined),
    ...iothreadsOf(dom),
    ...numatuneOf(dom.numatune as Node | undefined),
    ...perfOf(dom.perf as Node | undefined),
  };
}

/** A disk's `<iotune>`. */
export function diskTuningOf(d: Node): Partial<Disk> {
  const n = d.iotune as Node | undefined;
  if (!n) return {};
  const t: BlockIoTune = {};
  for (const f of IOTUNE_FIELDS) {
    if (f === 'group_name') {
      if (text(n.group_name) !== undefined) t.group_name = text(n.group_name);
    } else if (num(n[f])) t[f] = num(n[f]);
  }
  return { iotune: t };
}

/** An interface's `<bandwidth>`: a direction counts when it has an average (inbound: or a floor). */
export function ifaceTuningOf(i: Node): Partial<Interface> {
  const n = i.bandwidth as Node | undefined;
  if (n === undefined) return {};
  const rate = (r: unknown): BandwidthRate | undefined => {
    if (!r) return undefined;
    const v = (k: string) => Number(attr(r, k) ?? 0) || 0;
    const out = { average: v('average'), peak: v('peak'), burst: v('burst'), floor: v('floor') };
    return out.average || out.floor ? out : undefined;
  };
  const inbound = rate((n as Node)?.inbound);
  const outbound = rate((n as Node)?.outbound);
  return { bandwidth: { ...(inbound ? { inbound } : {}), ...(outbound ? { outbound } : {}) } };
}
