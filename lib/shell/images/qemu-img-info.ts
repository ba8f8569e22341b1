import type { HostFs } from '../host-fs';
import type { DiskImage, QcowSnapshot } from '../../sim/disk-image';
import { dirOf, readImage } from './image-file';
import { sizeToStr } from './sizes';

const pad2 = (n: number) => String(n).padStart(2, '0');
const clock = (ms: number) =>
  `${pad2(Math.floor(ms / 3_600_000))}:${pad2(Math.floor(ms / 60_000) % 60)}:${pad2(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`;

/**
 * bdrv_snapshot_dump's "%-9s %-17s %7s %19s %12s %10s", header and rows alike. A snapshot
 * `qemu-img snapshot -c` took has no VM state (0 B, instruction count 0); one the monitor's
 * savevm took has the guest's memory and clock, and no instruction count (icount is off).
 */
export function snapshotRows(snapshots: QcowSnapshot[], id: (s: QcowSnapshot) => string = (s) => String(s.id)): string {
  const row = (c: string[]) =>
    `${c[0].padEnd(9)} ${c[1].padEnd(17)} ${c[2].padStart(7)} ${c[3].padStart(19)} ${c[4].padStart(12)} ${c[5].padStart(10)}`;
  const head = row(['ID', 'TAG', 'VM SIZE', 'DATE', 'VM CLOCK', 'ICOUNT']);
  const rows = snapshots.map((s) => {
    const d = new Date(s.date * 1000).toISOString();
    const vm = s.vm ? [sizeToStr(s.vm.size), clock(s.vm.clockMs), ''] : ['0 B', '00:00:00.000', '0'];
    return row([id(s), s.tag, vm[0], `${d.slice(0, 10)} ${d.slice(11, 19)}`, vm[1], vm[2]]);
  });
  return `${head}\n${rows.join('\n')}\n`;
}

/** `qemu-img snapshot -l`'s table (and info's "Snapshot list:"). */
export const snapshotTable = (img: DiskImage): string =>
  img.snapshots.length ? `Snapshot list:\n${snapshotRows(img.snapshots)}` : '';

/** One image's `qemu-img info` block (name as given on the command line). */
export function infoText(name: string, img: DiskImage): string {
  const lines = [
    `image: ${name}`,
    `file format: ${img.format}`,
    `virtual size: ${sizeToStr(img.virtualSize)} (${img.virtualSize} bytes)`,
    `disk size: ${sizeToStr(img.allocated)}`,
  ];
  if (img.format === 'qcow2') lines.push('cluster_size: 65536');
  if (img.backing) {
    const actual =
      img.backing.file.startsWith('/') || !dirOf(name) ? '' : ` (actual path: ${dirOf(name)}${img.backing.file})`;
    lines.push(`backing file: ${img.backing.file}${actual}`, `backing file format: ${img.backing.format}`);
  }
  let text = `${lines.join('\n')}\n${snapshotTable(img)}`;
  if (img.format === 'qcow2')
    text +=
      'Format specific information:\n    compat: 1.1\n    compression type: zlib\n    lazy refcounts: false\n    refcount bits: 16\n    corrupt: false\n    extended l2: false\n';
  return text;
}

/** The backing file as qemu-img finds it: a relative name is relative to the overlay's folder. */
const backingPath = (name: string, file: string) => (file.startsWith('/') ? file : `${dirOf(name)}${file}`);

/** The image and each backing file it can open, with the name each is opened by. */
function chain(fs: HostFs, name: string, img: DiskImage): [string, DiskImage][] {
  const parts: [string, DiskImage][] = [[name, img]];
  let cur = img;
  let curName = name;
  while (cur.backing) {
    const next = backingPath(curName, cur.backing.file);
    const r = readImage(fs, fs.resolve(next));
    if (!r.ok) break;
    parts.push([next, r.image]);
    cur = r.image;
    curName = next;
  }
  return parts;
}

/** `--backing-chain`: the image, then each backing file, separated by blank lines. */
export const chainText = (fs: HostFs, name: string, img: DiskImage): string =>
  chain(fs, name, img)
    .map(([n, i]) => infoText(n, i))
    .join('\n');

/**
 * One image's ImageInfo as QEMU's QDict holds it: its keys in the order the dict's hash table lists
 * them (as qemu-img 7.2 prints them; a snapshot without an instruction count has no `icount`).
 */
function infoObject(name: string, img: DiskImage): Record<string, unknown> {
  const snapshots = img.snapshots.map((s) => ({
    ...(s.vm ? {} : { icount: 0 }),
    'vm-clock-nsec': s.vm ? (s.vm.clockMs % 1000) * 1_000_000 : 0,
    name: s.tag,
    'date-sec': s.date,
    // The lab keeps a snapshot's time in whole seconds.
    'date-nsec': 0,
    'vm-clock-sec': s.vm ? Math.floor(s.vm.clockMs / 1000) : 0,
    id: String(s.id),
    'vm-state-size': s.vm?.size ?? 0,
  }));
  const qcow2 = img.format === 'qcow2';
  return {
    ...(img.backing && { 'backing-filename-format': img.backing.format }),
    ...(snapshots.length && { snapshots }),
    'virtual-size': img.virtualSize,
    filename: name,
    ...(qcow2 && { 'cluster-size': 65536 }),
    format: img.format,
    'actual-size': img.allocated,
    ...(qcow2 && {
      'format-specific': {
        type: 'qcow2',
        data: {
          compat: '1.1',
          'compression-type': 'zlib',
          'lazy-refcounts': false,
          'refcount-bits': 16,
          corrupt: false,
          'extended-l2': false,
        },
      },
    }),
    ...(img.backing && {
      'full-backing-filename': backingPath(name, img.backing.file),
      'backing-filename': img.backing.file,
    }),
    'dirty-flag': false,
  };
}

/** QEMU's pretty JSON: four spaces a level, and a string's non-ASCII characters as `\\u00E9`. */
const qemuJson = (v: unknown) =>
  `${JSON.stringify(v, null, 4).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}\n`;

/** `--output=json`: the image's ImageInfo, or with `--backing-chain` the array of the chain's. */
export const infoJson = (fs: HostFs, name: string, img: DiskImage, backingChain: boolean): string =>
  qemuJson(backingChain ? chain(fs, name, img).map(([n, i]) => infoObject(n, i)) : infoObject(name, img));
