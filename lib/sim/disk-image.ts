/**
 * Disk images in a host's files. A host file is a latin1 string, so an image cannot hold its
 * gigabytes: a qcow2 image is stored as qcow2's magic ("QFI\xfb", what qemu-img probes) followed by
 * its header fields as JSON, and a sparse raw image (what `qemu-img create -f raw` makes) as a
 * marker and its length. Any other file is a raw image of its own bytes, as qemu-img sees it.
 */
export interface QcowSnapshot {
  id: number;
  tag: string;
  /** Seconds since the epoch. */
  date: number;
  /** A running guest's `savevm`: its saved memory (bytes) and how long the guest had run (ms). */
  vm?: { size: number; clockMs: number };
}
export interface DiskImage {
  format: 'qcow2' | 'raw';
  /** Guest-visible size in bytes. */
  virtualSize: number;
  /** Bytes the file occupies on the host file system (qemu-img info's "disk size"). */
  allocated: number;
  backing?: { file: string; format: string };
  snapshots: QcowSnapshot[];
}

export const QCOW_MAGIC = 'QFI\xfb';
const SPARSE = '\0VIRTLAB sparse raw\0';
/** A fresh qcow2 image: header, L1 table, refcount table and block, as qemu-img 7.2 allocates them. */
export const QCOW_FRESH_BYTES = 200704;
/** One 4 KiB block: what an empty sparse raw image occupies. */
const BLOCK = 4096;

export function encodeImage(img: DiskImage): string {
  if (img.format === 'raw')
    return `${SPARSE}${JSON.stringify(img.allocated === BLOCK ? { length: img.virtualSize } : { length: img.virtualSize, allocated: img.allocated })}`;
  const { format: _, ...rest } = img;
  return `${QCOW_MAGIC}\0${JSON.stringify(rest)}`;
}

/** The image as qemu-img's format probe sees the file's bytes. */
export function decodeImage(data: string): DiskImage {
  if (data.startsWith(`${QCOW_MAGIC}\0`))
    return { format: 'qcow2', ...(JSON.parse(data.slice(QCOW_MAGIC.length + 1)) as Omit<DiskImage, 'format'>) };
  if (data.startsWith(SPARSE)) {
    const { length, allocated = BLOCK } = JSON.parse(data.slice(SPARSE.length)) as {
      length: number;
      allocated?: number;
    };
    return { format: 'raw', virtualSize: length, allocated, snapshots: [] };
  }
  return { format: 'raw', virtualSize: data.length, allocated: Math.ceil(data.length / BLOCK) * BLOCK, snapshots: [] };
}

/** The file's length in bytes, as `-f raw` reads it. */
export const fileLength = (img: DiskImage) => (img.format === 'raw' ? img.virtualSize : img.allocated);

/** qemu-img rounds every new image up to whole 512-byte sectors. */
export const roundToSector = (n: number) => Math.ceil(n / 512) * 512;

export function newImage(format: 'qcow2' | 'raw', size: number, backing?: DiskImage['backing']): DiskImage {
  return {
    format,
    virtualSize: roundToSector(size),
    allocated: format === 'qcow2' ? QCOW_FRESH_BYTES : BLOCK,
    ...(backing ? { backing } : {}),
    snapshots: [],
  };
}

/** The images the lab's guests were installed on: their disks exist as files on their host. */
export function guestImages(disks: { source: string; device: string; driverType?: string }[]): Record<string, string> {
  const GiB = 2 ** 30;
  return Object.fromEntries(
    disks
      .filter((d) => d.device === 'disk' && d.source)
      .map((d) => [
        d.source,
        encodeImage(
          d.driverType === 'qcow2'
            ? { format: 'qcow2', virtualSize: 20 * GiB, allocated: 2 * GiB, snapshots: [] }
            : { format: 'raw', virtualSize: 8 * GiB, allocated: 2 * GiB, snapshots: [] },
        ),
      ]),
  );
}
