/**
 * The few libosinfo entries the lab knows (virt-install reads them from osinfo-db): each decides
 * virtio devices, the libosinfo metadata id and the defaults virt-install fills in when
 * --memory, --vcpus or --disk are left out. "generic" is `--osinfo detect=on,require=off`.
 */
export interface OsInfo {
  name: string;
  /** libosinfo id, written into <metadata>; absent for generic. */
  id?: string;
  /** The OS has virtio drivers: virtio disk, NIC, balloon, RNG, guest agent channel, USB3. */
  virtio: boolean;
  /** osinfo-db's recommended resources (memory in MiB, disk in GiB). */
  memoryMiB?: number;
  vcpus?: number;
  diskGiB?: number;
  /** Minimum RAM in MiB: less draws virt-install's warning. */
  minMemoryMiB?: number;
}

const linux = (name: string, id: string, minMemoryMiB: number): OsInfo => ({
  name,
  id,
  virtio: true,
  memoryMiB: 1024,
  vcpus: 2,
  diskGiB: 20,
  minMemoryMiB,
});

export const OS_TABLE: OsInfo[] = [
  linux('debian10', 'http://debian.org/debian/10', 1024),
  linux('debian11', 'http://debian.org/debian/11', 1024),
  linux('debian12', 'http://debian.org/debian/12', 1024),
  linux('ubuntu20.04', 'http://ubuntu.com/ubuntu/20.04', 2048),
  linux('ubuntu22.04', 'http://ubuntu.com/ubuntu/22.04', 2048),
  linux('centos-stream9', 'http://centos.org/centos-stream/9', 1536),
  linux('rhel9.0', 'http://redhat.com/rhel/9.0', 1536),
];

export const GENERIC: OsInfo = { name: 'generic', virtio: false };

/** --osinfo / --os-variant's value: an OS name, or detect=on,require=off. */
export function lookupOs(value: string): OsInfo | null {
  const opts = Object.fromEntries(value.split(',').map((kv) => kv.split('=')));
  if ('detect' in opts || 'require' in opts) return opts.name ? lookupOs(opts.name) : GENERIC;
  const name = opts.name ?? opts.short_id ?? value;
  if (name === 'generic') return GENERIC;
  return OS_TABLE.find((o) => o.name === name) ?? null;
}
