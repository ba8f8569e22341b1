import type { Disk, DomainDef, Host, World } from './types';
import { sharesStorage } from './storage-sharing';

/**
 * The image directory the lab's hosts of one hypervisor share over NFS (lib/sim/storage-sharing.ts):
 * a file written there on one host is there on the others.
 */
const SHARED_DIR: Partial<Record<Host['driver'], string>> = {
  qemu: '/var/lib/libvirt/images/',
  xen: '/var/lib/xen/images/',
};

/** Whether `path` is a file `host` can open: its own file, or one in the image store it shares. */
export function hostHasFile(world: World, host: Host, path: string): boolean {
  if (path in host.files) return true;
  const dir = SHARED_DIR[host.driver];
  if (!dir || !path.startsWith(dir)) return false;
  return world.hosts.some((h) => sharesStorage(host, h) && path in h.files);
}

/**
 * The disks whose image file is not there, in the order the hypervisor looks at them. A block
 * device (`type='block'`) is the host kernel's, not a file the lab keeps: not checked.
 */
export function missingImages(world: World, host: Host, def: DomainDef): Disk[] {
  return def.disks.filter((k) => k.type === 'file' && k.source !== '' && !hostHasFile(world, host, k.source));
}
