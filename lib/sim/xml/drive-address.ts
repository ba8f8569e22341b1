import type { Disk } from '../types';

/**
 * virDomainDiskDefAssignAddress: a disk on an IDE, SCSI, SATA or floppy bus gets a drive
 * address from its target name (hdc → IDE controller 0, bus 1, unit 0), and the domain gets the
 * controllers those addresses need (virDomainDefAddImplicitControllers: scsi, fdc, ide, sata).
 */
const PER_CONTROLLER: Record<string, { units: number; buses: number }> = {
  ide: { units: 2, buses: 2 },
  scsi: { units: 7, buses: 1 },
  sata: { units: 6, buses: 1 },
  fdc: { units: 2, buses: 1 },
};

/** virDiskNameToIndex: sda → 0, sdz → 25, sdaa → 26. */
function diskIndex(target: string): number | null {
  const m = /^(?:fd|hd|vd|sd|xvd|ubd)([a-z]+)\d*$/.exec(target);
  if (!m) return null;
  let idx = 0;
  for (const ch of m[1]) idx = idx * 26 + (ch.charCodeAt(0) - 96);
  return idx - 1;
}

export function driveAddress(d: Disk): { controller: number; bus: number; unit: number } | null {
  const layout = PER_CONTROLLER[d.bus];
  const idx = diskIndex(d.target);
  if (!layout || idx === null) return null;
  const perController = layout.units * layout.buses;
  return {
    controller: Math.floor(idx / perController),
    bus: Math.floor((idx % perController) / layout.units),
    unit: idx % layout.units,
  };
}

export const driveAddressXml = (d: Disk): string | undefined => {
  const a = driveAddress(d);
  return a ? `type='drive' controller='${a.controller}' bus='${a.bus}' target='0' unit='${a.unit}'` : undefined;
};

export function implicitControllers(disks: Disk[]): string[] {
  const out: string[] = [];
  for (const type of ['scsi', 'fdc', 'ide', 'sata']) {
    const used = disks.filter((d) => d.bus === type && !d.address).map((d) => driveAddress(d)?.controller ?? 0);
    if (!used.length) continue;
    for (let i = 0; i <= Math.max(...used); i++) out.push(`    <controller type='${type}' index='${i}'/>`);
  }
  return out;
}
