import { missingImages } from '../../sim/storage-files';
import type { Disk, DomainDef, World } from '../../sim/types';
import { findHost } from '../../sim/world';

/** The first disk of `def` whose image file is not on `host` (xend and libxl look in config order). */
export function firstMissingDisk(world: World, host: string, def: DomainDef): Disk | undefined {
  return missingImages(world, findHost(world, host)!, def)[0];
}

/**
 * blkif.blkdev_name_to_number: the vbd's device number xend names in its errors — xvdX is major
 * 202 with 16 minors a disk, hda/hdb major 3 and hdc/hdd major 22 (64 minors each), sdX major 8.
 */
export function vbdDevid(target: string): number {
  const m = /^(xvd|hd|sd)([a-z])/.exec(target);
  if (!m) return 0;
  const n = m[2].charCodeAt(0) - 97;
  if (m[1] === 'xvd') return (202 << 8) + n * 16;
  if (m[1] === 'sd') return (8 << 8) + n * 16;
  return ((n < 2 ? 3 : 22) << 8) + (n % 2) * 64;
}

/**
 * xend's answer when the block hotplug script finds no image (tools/hotplug/Linux/block: `test -f
 * "$file" || fatal "$file does not exist."`, DevController.waitForDevice): the new domain is destroyed.
 */
export const xendNoImage = (k: Disk) =>
  `Device ${vbdDevid(k.target)} (vbd) could not be connected. ${k.source} does not exist.`;
