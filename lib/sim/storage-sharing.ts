import { isActive } from './states';
import type { Disk, DomainDef, Host, World } from './types';
import { domainName } from './world';

/**
 * The lab's hosts of one hypervisor share their image store (NFS under /var/lib/libvirt/images on
 * the KVM hosts, /var/lib/xen/images on the Xen hosts): that is what lets a guest migrate without
 * --copy-storage-all. The test driver's hosts share nothing.
 */
export const sharesStorage = (a: Host, b: Host) => a.name === b.name || (a.driver === b.driver && a.driver !== 'test');

/** The disks a guest opens for writing: not CD-ROMs or floppies, not `<readonly/>`. */
export const writableDisks = (def: DomainDef): Disk[] =>
  def.disks.filter((k) => k.device === 'disk' && !k.readonly && k.source !== '');

/**
 * Who holds `path` open for writing, seen from `host`: a running guest on any host sharing its
 * storage (a guest still arriving by migration opens its images inactive and holds nothing), or a
 * QEMU started by hand on the host itself.
 */
export function diskHolder(world: World, host: Host, path: string): { host: string; domain: string } | null {
  for (const h of world.hosts) {
    if (!sharesStorage(host, h)) continue;
    for (const d of h.domains) {
      if (!isActive(d.state) || d.job?.kind === 'migration-in' || !d.live) continue;
      if (writableDisks(d.live).some((k) => k.source === path)) return { host: h.name, domain: domainName(d) };
    }
  }
  const hand = (host.qemu ?? []).find((p) => p.disks.some((k) => k.path === path));
  return hand ? { host: host.name, domain: hand.name ?? `pid ${hand.pid}` } : null;
}

/** A disk image two running guests write at once, across hosts sharing storage: `path`, and who. */
export interface SharedWriter {
  path: string;
  writers: { host: string; domain: string }[];
}

/** Images more than one running guest writes (only possible where nothing locks them: the lab's Xen hosts). */
export function sharedWriters(world: World): SharedWriter[] {
  const by = new Map<string, { host: string; domain: string }[]>();
  for (const h of world.hosts)
    for (const d of h.domains) {
      if (!isActive(d.state) || d.job?.kind === 'migration-in' || !d.live || h.driver === 'test') continue;
      for (const k of writableDisks(d.live))
        by.set(`${h.driver}:${k.source}`, [
          ...(by.get(`${h.driver}:${k.source}`) ?? []),
          { host: h.name, domain: domainName(d) },
        ]);
    }
  return [...by]
    .filter(([, w]) => w.length > 1)
    .map(([key, writers]) => ({ path: key.slice(key.indexOf(':') + 1), writers }));
}

/**
 * The lab's own line when a Xen guest's image gets a second writer: xend and xl take no lock on a
 * shared image, and the lab's Xen hosts have no lock manager (virtlockd, sanlock), so the start
 * succeeds as on a real host — and both guests now corrupt the image.
 */
export function unlockedWriteWarnings(before: World, after: World): string {
  const known = new Set(sharedWriters(before).map((s) => `${s.path} ${s.writers.length}`));
  return sharedWriters(after)
    .filter((s) => !known.has(`${s.path} ${s.writers.length}`))
    .map(
      (s) =>
        `virtlab: warning: ${s.path} is now written by ${s.writers.map((w) => `${w.domain} on ${w.host}`).join(' and ')}: the lab's Xen hosts share storage with no lock manager (virtlockd, sanlock), so nothing stopped this start; on a real host the image would be corrupted\n`,
    )
    .join('');
}
