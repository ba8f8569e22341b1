import { isActive } from './states';
import type { Domain, Host } from './types';
import { currentDef } from './world';

/**
 * The host memory an active guest holds. Xen gives a domain the pages of its current target and no
 * more (the balloon can only claim pages Xen has free); QEMU maps the whole `<memory>` as pc.ram
 * when it starts, and the balloon only lends part of it back — the lab does not overcommit.
 */
export function heldKiB(h: Host, d: Domain): number {
  const def = currentDef(d);
  return h.driver === 'qemu' ? def.memoryKiB : def.currentMemoryKiB;
}

/**
 * Memory a host can still give a guest: its RAM less the running guests', Domain-0's and QEMUs
 * started by hand (as start, restore and migrateStart's precheck count it: "Cannot allocate memory"
 * on QEMU, "failed to get free memory" on Xen past it). A guest arriving by migration holds its memory too.
 */
export function freeMemoryKiB(h: Host): number {
  // A preserved Xen domain keeps its memory until destroyed.
  const used = h.domains.filter((d) => isActive(d.state) || d.preserved).reduce((a, d) => a + heldKiB(h, d), 0);
  // A QEMU started by hand holds its guest's memory too, though libvirt does not list it.
  const unmanaged = (h.qemu ?? []).reduce((a, p) => a + p.memoryMiB * 1024, 0);
  // Xen keeps 64 MiB for itself (xm info's free_memory leaves it out).
  const xen = h.xen ? (h.xen.dom0.memoryMiB + XEN_OWN_MIB) * 1024 : 0;
  return h.memoryKiB - used - unmanaged - xen;
}

/** The hypervisor's own heap on a Xen host, in MiB. */
export const XEN_OWN_MIB = 64;

/** What a guest of this definition would hold on `h` (see heldKiB). */
export const neededKiB = (h: Host, def: { memoryKiB: number; currentMemoryKiB: number }) =>
  h.driver === 'qemu' ? def.memoryKiB : def.currentMemoryKiB;
