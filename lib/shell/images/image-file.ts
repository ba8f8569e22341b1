import { type DiskImage, decodeImage } from '../../sim/disk-image';
import type { HostFs } from '../host-fs';

export type ImageRead = { ok: true; image: DiskImage } | { ok: false; errno: 'ENOENT' | 'EISDIR' | string };

export function readImage(fs: HostFs, absPath: string): ImageRead {
  const r = fs.read(absPath);
  return r.ok ? { ok: true, image: decodeImage(r.data) } : { ok: false, errno: r.errno };
}

/** The directory part of a path as given ("" when it has none). */
export const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');
export const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
