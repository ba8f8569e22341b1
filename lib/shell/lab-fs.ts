import type { Host, World } from '../sim/types';
import { findHost, updateHost } from '../sim/world';
import { formatDomainXml } from '../sim/xml/format';
import { type HostFs, memoryFs } from './host-fs';
import { devDirs, devNodes } from './dev';
import { procFile } from './proc';
import { hostPrograms } from './host-tools';
import { PROGRAM_DIRS } from './programs';

const COMMON = ['/', '/root', '/tmp', '/dev', '/etc', '/proc', '/var', '/var/lib', '/var/log'];
/** Every lab host runs libvirtd (the Xen ones with its xen driver). */
const LIBVIRT = [
  '/etc/libvirt',
  '/etc/libvirt/qemu',
  '/etc/libvirt/qemu/autostart',
  '/var/lib/libvirt',
  '/var/lib/libvirt/images',
  '/var/lib/libvirt/qemu',
  '/var/lib/libvirt/qemu/save',
];
const XEN = ['/etc/xen', '/etc/xen/auto', '/var/lib/xen', '/var/lib/xen/images', '/var/lib/xen/save'];

/** The directories a lab host has, even when empty. */
const hostDirs = (h: Host) => [...COMMON, ...PROGRAM_DIRS, ...devDirs(h), ...LIBVIRT, ...(h.xen ? XEN : [])];

const QEMU_CONFIG = '/etc/libvirt/qemu';

/** Debian 12's merged /usr (the KVM hosts): /bin and /sbin are links into /usr. Debian 8 (Xen) has directories. */
const MERGED_USR: Record<string, string> = { '/bin': 'usr/bin', '/sbin': 'usr/sbin' };

/** The warning libvirtd writes at the top of each config file it keeps (virDomainSaveConfig). */
const configHeader = (name: string) =>
  `<!--\nWARNING: THIS IS AN AUTO-GENERATED FILE. CHANGES TO IT ARE LIKELY TO BE\nOVERWRITTEN AND LOST. Changes to this xml configuration should be made using:\n  virsh edit ${name}\nor other application using the libvirt API.\n-->\n\n`;

/**
 * Files libvirtd keeps on a KVM host, read from the domains themselves so they follow every
 * define, undefine, edit and migration: /etc/libvirt/qemu/<name>.xml per persistent domain and its
 * autostart link. (Disk images are ordinary host files: lib/sim/disk-image.ts.)
 */
export function libvirtFiles(h: Host): Record<string, string> {
  const files: Record<string, string> = {};
  if (h.driver !== 'qemu') return files;
  for (const d of h.domains) {
    if (!d.config) continue;
    files[`${QEMU_CONFIG}/${d.config.name}.xml`] = configHeader(d.config.name) + formatDomainXml(d.config);
    if (d.autostart) files[`${QEMU_CONFIG}/autostart/${d.config.name}.xml`] = `-> ${QEMU_CONFIG}/${d.config.name}.xml`;
  }
  return files;
}

/**
 * A lab host's files as its root shell sees them: what commands wrote (world.hosts[].files)
 * under libvirt's own files, which are read-only here: libvirtd owns them (use virsh edit), and
 * the kernel's device nodes in /dev, and the programs on root's PATH (programs.ts), read-only too.
 */
export function labFs(get: () => World, set: (w: World) => void, host: string, cwd = '/root'): HostFs {
  const h = findHost(get(), host)!;
  const stored = memoryFs(h.files, (files) => set(updateHost(get(), host, (x) => ({ ...x, files }))), cwd, hostDirs(h));
  const derived = () => libvirtFiles(findHost(get(), host)!);
  const libvirtOwns = (p: string) => p in derived() || p.startsWith(`${QEMU_CONFIG}/`) || p.startsWith('/proc/');
  const device = (p: string) => devNodes(findHost(get(), host)!)[p];
  const programs = () => hostPrograms(findHost(get(), host)!);
  // /dev holds the kernel's nodes only; a character device takes what is written and keeps nothing.
  const readOnly = (p: string) => !stored.isDir(p) && (libvirtOwns(p) || p.startsWith('/dev/') || p in programs());
  return {
    ...stored,
    device,
    isBlockDevice: (p) => device(p)?.type === 'b',
    executable: (p) => p in programs(),
    link: (p) => (findHost(get(), host)!.xen ? undefined : MERGED_USR[p]),
    read: (p) => {
      if (device(p)) return { ok: true, data: '' };
      const d = procFile(findHost(get(), host)!, p) ?? derived()[p] ?? programs()[p];
      return d !== undefined ? { ok: true, data: d } : stored.read(p);
    },
    write: (p, data, mode) =>
      device(p)?.type === 'c'
        ? { ok: true }
        : readOnly(p)
          ? { ok: false, errno: 'EROFS' }
          : stored.write(p, data, mode),
    remove: (p) => (readOnly(p) ? { ok: false, errno: 'EROFS' } : stored.remove(p)),
    list: (dir) => [
      ...new Set([
        ...stored.list(dir),
        ...[
          ...Object.keys(derived()),
          ...Object.keys(devNodes(findHost(get(), host)!)),
          ...Object.keys(programs()),
        ].filter((f) => f.startsWith(`${dir === '/' ? '' : dir}/`)),
      ]),
    ],
  };
}
