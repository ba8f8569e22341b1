import type { Host } from '../../sim/types';
import { uuidFromSeed } from '../../sim/uuid';
import { domainByName } from '../../sim/world';
import { readImage } from '../images/image-file';
import type { HostFs } from '../host-fs';
import type { GuestDisk, GuestNic, GuestSpec } from './domain-xml';
import type { InstallOptions } from './options';
import { GENERIC, lookupOs, type OsInfo } from './osinfo';

/** What virt-install settles before it writes any XML: the guest, the disks to create, its notices. */
export interface Plan {
  spec: GuestSpec;
  /** Disks virt-install allocates (they do not exist yet): path, format, size in GiB. */
  create: { path: string; format: string; sizeGiB: number }[];
  /** "Using debian11 default --memory 1024" and the like (stdout). */
  notes: string[];
  /** WARNING lines (stderr). */
  warnings: string[];
  hasInstallPhase: boolean;
}
export type PlanResult = { ok: true; plan: Plan } | { ok: false; error: string };

const OSINFO_REQUIRED = `
--os-variant/--osinfo OS name is required, but no value was
set or detected.

This is now a fatal error. Specifying an OS name is required
for modern, performant, and secure virtual machine defaults.

You can see a full list of possible OS name values with:

   virt-install --osinfo list

If your Linux distro is not listed, try one of generic values
such as: linux2022, linux2020, linux2018, linux2016

If you just need to get the old behavior back, you can use:

  --osinfo detect=on,require=off

Or export VIRTINSTALL_OSINFO_DISABLE_REQUIRE=1
`;

/** A MAC in the hypervisor's own prefix (QEMU 52:54:00, Xen 00:16:3e), from a seed: the lab reads no randomness. */
export function macFromSeed(prefix: string, seed: string): string {
  const hex = uuidFromSeed(seed).replace(/-/g, '');
  return `${prefix}:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}

const defaultName = (host: Host, base: string) => {
  let name = base;
  for (let i = 2; domainByName(host, name); i++) name = `${base}-${i}`;
  return name;
};

function nics(o: InstallOptions, xen: boolean, seed: string): GuestNic[] {
  const list = o.networks.length ? o.networks : [xen ? 'bridge=xenbr0' : 'network=default'];
  return list
    .filter((n) => n !== 'none')
    .map((n, i) => {
      const [k, v] = n.split(',')[0].split('=');
      const kind = k === 'bridge' ? 'bridge' : 'network';
      return {
        kind,
        source: v ?? (k === 'default' ? 'default' : k),
        mac: macFromSeed(xen ? '00:16:3e' : '52:54:00', `${seed}/${i}`),
      };
    });
}

/** Names targets per bus in device order: virtio vda…, Xen PV xvda…, IDE hda…. */
function targets(disks: Omit<GuestDisk, 'target'>[]): GuestDisk[] {
  const prefix: Record<string, string> = { virtio: 'vd', xen: 'xvd', ide: 'hd', sata: 'sd', scsi: 'sd' };
  const used: Record<string, number> = {};
  return disks.map((d) => {
    const p = prefix[d.bus] ?? 'hd';
    const n = used[p] ?? 0;
    used[p] = n + 1;
    return { ...d, target: `${p}${String.fromCharCode(97 + n)}` };
  });
}

export function planInstall(o: InstallOptions, host: Host, fs: HostFs, now: number): PlanResult {
  const xen = host.driver === 'xen';
  const hvmCapable = !xen || host.cpu.flags.some((f) => f === 'vmx' || f === 'svm');
  if (o.paravirt && !xen) return { ok: false, error: "Host does not support virtualization type 'xen'" };
  if (o.hvm && !hvmCapable) return { ok: false, error: "Host does not support virtualization type 'hvm'" };
  const pv = o.paravirt || (xen && !o.hvm && !hvmCapable);
  let os: OsInfo | null = GENERIC;
  if (o.osinfo) {
    os = lookupOs(o.osinfo);
    if (!os) return { ok: false, error: `Unknown OS name '${o.osinfo}'. See \`--osinfo list\` for valid values.` };
  } else if (!pv) return { ok: false, error: OSINFO_REQUIRED };
  const notes: string[] = [];
  const warnings: string[] = [];
  const name = o.name ?? defaultName(host, os.id ? os.name : 'vm1');
  if (!o.name) notes.push(`Using default --name ${name}`);
  let memoryMiB = o.memoryMiB;
  if (memoryMiB === undefined && os.memoryMiB) {
    memoryMiB = os.memoryMiB;
    notes.push(`Using ${os.name} default --memory ${memoryMiB}`);
  }
  const missing: string[] = [];
  if (memoryMiB === undefined) missing.push('--memory amount in MiB is required');
  const diskOpts = [...o.disks];
  if (!diskOpts.length && !o.noDisk) {
    if (os.diskGiB) {
      diskOpts.push({ text: `size=${os.diskGiB}`, sizeGiB: os.diskGiB, device: 'disk' });
      notes.push(`Using ${os.name} default --disk size=${os.diskGiB}`);
    } else missing.push('--disk storage must be specified (override with --disk none)');
  }
  if (!o.importDisk && !o.cdrom && !o.boot)
    missing.push(
      'An install method must be specified\n(--location URL, --cdrom CD/ISO, --pxe, --import, --boot hd|cdrom|...)',
    );
  if (missing.length) return { ok: false, error: `\n${missing.join('\n')}` };
  if (os === GENERIC && !pv)
    warnings.push('Using --osinfo generic, VM performance may suffer. Specify an accurate OS for optimal results.');
  if (os.minMemoryMiB && memoryMiB! < os.minMemoryMiB)
    warnings.push(
      `Requested memory ${memoryMiB} MiB is less than the recommended ${os.minMemoryMiB} MiB for OS ${os.name}`,
    );
  if (o.cdrom && !readImage(fs, fs.resolve(o.cdrom)).ok)
    return {
      ok: false,
      error: `Validating install media '${o.cdrom}' failed: Must specify storage creation parameters for non-existent path '${o.cdrom}'.`,
    };
  const create: Plan['create'] = [];
  const disks: Omit<GuestDisk, 'target'>[] = [];
  const diskBus = pv ? 'xen' : !xen && os.virtio ? 'virtio' : 'ide';
  for (const d of diskOpts) {
    const ext = xen ? 'img' : d.format === 'raw' ? 'img' : 'qcow2';
    const path = d.path
      ? fs.resolve(d.path)
      : `${xen ? '/var/lib/xen/images' : '/var/lib/libvirt/images'}/${name}.${ext}`;
    const existing = readImage(fs, path);
    const bus = d.bus ?? (d.device === 'cdrom' ? (pv ? 'xen' : 'ide') : diskBus);
    if (d.device === 'cdrom') {
      disks.push({ device: 'cdrom', path, bus });
      continue;
    }
    const users = host.domains
      .filter((x) => (x.config ?? x.live)!.disks.some((k) => k.source === path))
      .map((x) => `'${(x.config ?? x.live)!.name}'`);
    if (users.length)
      return {
        ok: false,
        error: `Disk ${path} is already in use by other guests [${users.join(', ')}]. (Use --check path_in_use=off or --check all=off to override)`,
      };
    if (existing.ok) disks.push({ device: 'disk', path, format: existing.image.format, bus });
    else if (d.sizeGiB === undefined)
      return {
        ok: false,
        error: `Error: --disk ${d.text}: Size must be specified for non existent volume '${path.slice(path.lastIndexOf('/') + 1)}'`,
      };
    else {
      const format = d.format ?? (xen ? 'raw' : 'qcow2');
      create.push({ path, format, sizeGiB: d.sizeGiB });
      disks.push({ device: 'disk', path, format, bus });
    }
  }
  if (o.cdrom) disks.push({ device: 'cdrom', path: fs.resolve(o.cdrom), bus: pv ? 'xen' : 'ide' });
  const seed = `${host.name}/${name}/${now}`;
  const hasCdromDisk = disks.some((d) => d.device === 'cdrom');
  const spec: GuestSpec = {
    hv: xen ? 'xen' : 'kvm',
    pv,
    name,
    uuid: uuidFromSeed(seed),
    os,
    memoryMiB: memoryMiB!,
    vcpus: o.vcpus ?? os.vcpus ?? 1,
    cpuModel: host.cpu.model,
    boot: o.boot ?? (hasCdromDisk ? ['cdrom', 'hd'] : ['hd']),
    disks: targets(disks),
    nics: nics(o, xen, seed),
    graphics: o.graphics === 'none' ? 'none' : o.graphics?.startsWith('vnc') ? 'vnc' : 'spice',
  };
  return { ok: true, plan: { spec, create, notes, warnings, hasInstallPhase: !!o.cdrom } };
}
