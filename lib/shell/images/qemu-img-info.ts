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

/** `--backing-chain`: the image, then each backing file, separated by blank lines. */
export function chainText(fs: HostFs, name: string, img: DiskImage): string {
  const parts = [infoText(name, img)];
  let cur = img;
  let curName = name;
  while (cur.backing) {
    const next = cur.backing.file.startsWith('/') ? cur.backing.file : `${dirOf(curName)}${cur.backing.file}`;
    const r = readImage(fs, fs.resolve(next));
    if (!r.ok) break;
    parts.push(infoText(next, r.image));
    cur = r.image;
    curName = next;
  }
  return parts.join('\n');
}
