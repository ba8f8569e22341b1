import { formatCpuList } from '../cpulist';
import { blkioDeviceEmpty } from '../ops/blkio';
import { PERF_EVENTS } from '../ops/numa-perf';
import { IOTUNE_FIELDS, type BandwidthRate, type Disk, type DomainDef, type Interface } from '../types';
import { escapeXml as x } from './escape';

/** `<blkiotune>`: the weight when set, each device with a non-zero value (virDomainDefFormatBlkiotune). */
export function blkiotuneXml(def: DomainDef): string[] {
  const t = def.blkiotune;
  const devices = (t?.devices ?? []).filter((d) => !blkioDeviceEmpty(d));
  if (!t?.weight && !devices.length) return [];
  const el = (tag: string, v: number | string | undefined) => (Number(v ?? 0) ? [`      <${tag}>${v}</${tag}>`] : []);
  return [
    '  <blkiotune>',
    ...(t?.weight ? [`    <weight>${t.weight}</weight>`] : []),
    ...devices.flatMap((d) => [
      '    <device>',
      `      <path>${x(d.path)}</path>`,
      ...el('weight', d.weight),
      ...el('read_iops_sec', d.read_iops_sec),
      ...el('write_iops_sec', d.write_iops_sec),
      ...el('read_bytes_sec', d.read_bytes_sec),
      ...el('write_bytes_sec', d.write_bytes_sec),
      '    </device>',
    ]),
    '  </blkiotune>',
  ];
}

/** `<iothreads>` and `<iothreadids>`, after `<vcpu>`. */
export function iothreadsXml(def: DomainDef): string[] {
  const ids = def.iothreadids ?? [];
  if (!ids.length) return [];
  return [
    `  <iothreads>${ids.length}</iothreads>`,
    '  <iothreadids>',
    ...ids.map((id) => `    <iothread id='${id}'/>`),
    '  </iothreadids>',
  ];
}

/** `<cputune><iothreadpin>` lines, in `<iothreadids>` order. */
export function iothreadpinXml(def: DomainDef): string[] {
  return (def.iothreadids ?? [])
    .filter((id) => def.iothreadpin?.[id])
    .map((id) => `    <iothreadpin iothread='${id}' cpuset='${formatCpuList(def.iothreadpin![id])}'/>`);
}

/** `<numatune><memory>`, after `<cputune>`. */
export function numatuneXml(def: DomainDef): string[] {
  const n = def.numatune;
  if (!n) return [];
  const nodeset = n.nodeset ? ` nodeset='${formatCpuList(n.nodeset)}'` : '';
  return ['  <numatune>', `    <memory mode='${n.mode}'${nodeset}/>`, '  </numatune>'];
}

/** `<perf>`: each event switched on or off, in virPerfEvent order, before `<devices>`. */
export function perfXml(def: DomainDef): string[] {
  const set = PERF_EVENTS.filter((e) => def.perf?.[e] !== undefined);
  if (!set.length) return [];
  return [
    '  <perf>',
    ...set.map((e) => `    <event name='${e}' enabled='${def.perf![e] ? 'yes' : 'no'}'/>`),
    '  </perf>',
  ];
}

/** A disk's `<iotune>`: non-zero limits and the group name, in virDomainBlockIoTuneInfo order. */
export function iotuneXml(d: Disk): string[] {
  const t = d.iotune ?? {};
  const lines = IOTUNE_FIELDS.flatMap((f) => {
    const v = f === 'group_name' ? (t.group_name === undefined ? undefined : x(t.group_name)) : t[f] || undefined;
    return v === undefined ? [] : [`        <${f}>${v}</${f}>`];
  });
  return lines.length ? ['      <iotune>', ...lines, '      </iotune>'] : [];
}

/** An interface's `<bandwidth>` (virNetDevBandwidthFormat): attributes only where non-zero. */
export function bandwidthXml(n: Interface): string[] {
  const bw = n.bandwidth;
  if (!bw) return [];
  const rate = (tag: string, r: BandwidthRate | undefined, keys: (keyof BandwidthRate)[]) =>
    r ? [`        <${tag}${keys.map((k) => (r[k] ? ` ${k}='${r[k]}'` : '')).join('')}/>`] : [];
  return [
    '      <bandwidth>',
    ...rate('inbound', bw.inbound, ['average', 'peak', 'floor', 'burst']),
    ...rate('outbound', bw.outbound, ['average', 'peak', 'burst']),
    '      </bandwidth>',
  ];
}
