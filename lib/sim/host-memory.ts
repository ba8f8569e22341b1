import { isActive } from './states';
import type { Host } from './types';
import { currentDef } from './world';

/**
 * Memory a host can still give a guest: its RAM less the running guests' current memory and
 * Domain-0's and QEMUs started by hand, as migrateStart's precheck counts it ("Cannot allocate memory" past it).
 */
export function freeMemoryKiB(h: Host): number {
  const used = h.domains.filter((d) => isActive(d.state)).reduce((a, d) => a + currentDef(d).currentMemoryKiB, 0);
  // A QEMU started by hand holds its guest's memory too, though libvirt does not list it.
  const unmanaged = (h.qemu ?? []).reduce((a, p) => a + p.memoryMiB * 1024, 0);
  return h.memoryKiB - used - unmanaged - (h.xen?.dom0.memoryMiB ?? 0) * 1024;
}
