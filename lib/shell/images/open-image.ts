import { errnoText, type HostFs } from '../host-fs';
import { type DiskImage, fileLength } from '../../sim/disk-image';
import type { Parsed } from './getopt';
import { readImage } from './image-file';

/** What every qemu-img subcommand works on: the host's files, and the time (snapshot dates). */
export interface ImgCtx {
  fs: HostFs;
  now: number;
  /** A running QEMU holds a write lock on its disks (file-posix.c's OFD locks); absent: no locks. */
  locked?: (absPath: string) => boolean;
}

/** How a subcommand opens an image: to write, to read, or to read sharing writes (-U, --force-share). */
export type OpenMode = 'write' | 'read' | 'force-share';
export type ImgOut = { stdout: string; stderr: string; status: number };

export const imgFail = (msg: string): ImgOut => ({ stdout: '', stderr: `qemu-img: ${msg}\n`, status: 1 });
export const FORMATS = ['qcow2', 'raw'];

/** Opens an image as `-f fmt` (or by probing) would; the error text is qemu's. */
export function openImage(
  ctx: ImgCtx,
  name: string,
  fmt: string | undefined,
  mode: OpenMode,
): { ok: true; image: DiskImage } | ImgOut {
  if (fmt && !FORMATS.includes(fmt)) return imgFail(`Could not open '${name}': Unknown driver '${fmt}'`);
  const r = readImage(ctx.fs, ctx.fs.resolve(name));
  if (!r.ok) {
    const why =
      r.errno === 'EISDIR'
        ? `'file' driver requires '${name}' to be a regular file`
        : `Could not open '${name}': ${errnoText[r.errno as 'ENOENT']}`;
    return imgFail(`Could not open '${name}': ${why}`);
  }
  if (mode !== 'force-share' && ctx.locked?.(ctx.fs.resolve(name)))
    return imgFail(
      `Could not open '${name}': Failed to get ${mode === 'read' ? 'shared ' : ''}"write" lock\nIs another process using the image [${name}]?`,
    );
  if (fmt === 'qcow2' && r.image.format !== 'qcow2')
    return imgFail(`Could not open '${name}': Image is not in qcow2 format`);
  if (fmt === 'raw' && r.image.format === 'qcow2') {
    const n = fileLength(r.image);
    return { ok: true, image: { format: 'raw', virtualSize: n, allocated: n, snapshots: [] } };
  }
  return { ok: true, image: r.image };
}

/** What qemu-img prints before writing to an image whose format it had to guess as raw. */
export const probedRawWarning = (name: string) =>
  `WARNING: Image format was not specified for '${name}' and probing guessed raw.\n         Automatically detecting the format is dangerous for raw images, write operations on block 0 will be restricted.\n         Specify the 'raw' format explicitly to remove the restrictions.\n`;

/** -U / --force-share: read an image another process is writing (its contents may be inconsistent). */
export const shareMode = (p: Parsed): OpenMode =>
  p.opts.has('-U') || p.opts.has('--force-share') ? 'force-share' : 'read';
