import type { Host } from '../sim/types';

/** A device node as stat(2) shows it: character or block, its permission bits, group, major and minor. */
export interface DevNode {
  type: 'c' | 'b';
  perms: string;
  group: string;
  major: number;
  minor: number;
}

const chr = (perms: string, group: string, major: number, minor: number): DevNode => ({
  type: 'c',
  perms,
  group,
  major,
  minor,
});
const disk = (minor: number): DevNode => ({ type: 'b', perms: 'rw-rw----', group: 'disk', major: 8, minor });

/** What udev creates on any Linux host (mem's 1:n, tty's 5:n, misc's 10:n, loop's 7:n). */
const EVERY_HOST: Record<string, DevNode> = {
  '/dev/console': chr('rw-------', 'root', 5, 1),
  '/dev/loop0': { type: 'b', perms: 'rw-rw----', group: 'disk', major: 7, minor: 0 },
  '/dev/net/tun': chr('rw-rw-rw-', 'root', 10, 200),
  '/dev/null': chr('rw-rw-rw-', 'root', 1, 3),
  '/dev/random': chr('rw-rw-rw-', 'root', 1, 8),
  '/dev/tty': chr('rw-rw-rw-', 'tty', 5, 0),
  '/dev/urandom': chr('rw-rw-rw-', 'root', 1, 9),
  '/dev/zero': chr('rw-rw-rw-', 'root', 1, 5),
};

/** A lab host's disks as its kernel names them (sd: major 8): the system disk and a spare one to give a guest. */
const DISKS: Record<string, DevNode> = {
  '/dev/sda': disk(0),
  '/dev/sda1': disk(1),
  '/dev/sda2': disk(2),
  '/dev/sdb': disk(16),
};

/** The Xen dom0 kernel's nodes (xen_evtchn, xen_gntdev, xenfs), misc devices with dynamic minors. */
const XEN: Record<string, DevNode> = {
  '/dev/xen/evtchn': chr('rw-------', 'root', 10, 61),
  '/dev/xen/gntdev': chr('rw-------', 'root', 10, 60),
  '/dev/xen/privcmd': chr('rw-------', 'root', 10, 59),
  '/dev/xen/xenbus': chr('rw-------', 'root', 10, 58),
  '/dev/xen/xenbus_backend': chr('rw-------', 'root', 10, 57),
};

/** /dev/kvm appears once kvm_intel or kvm_amd has registered with kvm (lsmod lists them). */
const KVM = { '/dev/kvm': chr('rw-rw----', 'kvm', 10, 232) };
const hasKvm = (h: Host) => h.kernelModules.some((m) => m === 'kvm_intel' || m === 'kvm_amd');

/** The device nodes a lab host's /dev holds, from what the host runs; nothing can add or remove one. */
export function devNodes(h: Host): Record<string, DevNode> {
  return { ...EVERY_HOST, ...DISKS, ...(hasKvm(h) ? KVM : {}), ...(h.xen ? XEN : {}) };
}

/** /dev's subdirectories on `h`. */
export const devDirs = (h: Host) => ['/dev/net', ...(h.xen ? ['/dev/xen'] : [])];
