import { escapeXml } from '../../sim/xml/escape';
import type { OsInfo } from './osinfo';

/**
 * The domain XML virt-install 4.1 writes (virtinst's Guest.get_xml: two-space indents, double
 * quotes), for the choices the lab supports: KVM full virtualization, Xen HVM and Xen PV.
 */
export interface GuestDisk {
  device: 'disk' | 'cdrom';
  path?: string;
  format?: string;
  target: string;
  bus: string;
}
export interface GuestNic {
  kind: 'network' | 'bridge';
  source: string;
  mac: string;
}
export interface GuestSpec {
  hv: 'kvm' | 'xen';
  pv: boolean;
  name: string;
  uuid: string;
  os: OsInfo;
  memoryMiB: number;
  vcpus: number;
  cpuModel: string;
  boot: string[];
  disks: GuestDisk[];
  nics: GuestNic[];
  graphics: 'none' | 'spice' | 'vnc';
  /** The install phase's XML (a CD-ROM install): it must not reboot into the installer. */
  installPhase?: boolean;
}

const KVM_CLOCK = [
  '  <clock offset="utc">',
  '    <timer name="rtc" tickpolicy="catchup"/>',
  '    <timer name="pit" tickpolicy="delay"/>',
  '    <timer name="hpet" present="no"/>',
  '  </clock>',
  '  <pm>',
  '    <suspend-to-mem enabled="no"/>',
  '    <suspend-to-disk enabled="no"/>',
  '  </pm>',
];
const ICH9_USB = [
  '    <controller type="usb" model="ich9-ehci1"/>',
  ...[0, 2, 4].flatMap((p, i) => [
    `    <controller type="usb" model="ich9-uhci${i + 1}">`,
    `      <master startport="${p}"/>`,
    '    </controller>',
  ]),
];
const SPICE = [
  '    <channel type="spicevmc">',
  '      <target type="virtio" name="com.redhat.spice.0"/>',
  '    </channel>',
  '    <input type="tablet" bus="usb"/>',
  '    <graphics type="spice" port="-1" tlsPort="-1" autoport="yes">',
  '      <image compression="off"/>',
  '    </graphics>',
  '    <sound model="ich6"/>',
  '    <video>',
  '      <model type="qxl"/>',
  '    </video>',
  '    <redirdev bus="usb" type="spicevmc"/>',
  '    <redirdev bus="usb" type="spicevmc"/>',
];
const VNC = [
  '    <input type="tablet" bus="usb"/>',
  '    <graphics type="vnc" port="-1"/>',
  '    <video>',
  '      <model type="vga"/>',
  '    </video>',
];
const VIRTIO_TAIL = [
  '    <memballoon model="virtio"/>',
  '    <rng model="virtio">',
  '      <backend model="random">/dev/urandom</backend>',
  '    </rng>',
];

function diskXml(g: GuestSpec, d: GuestDisk): string[] {
  const out = [`    <disk type="file" device="${d.device}">`];
  if (d.device === 'disk')
    out.push(`      <driver name="qemu" type="${d.format}"${g.hv === 'kvm' ? ' discard="unmap"' : ''}/>`);
  else if (d.path) out.push('      <driver name="qemu"/>');
  if (d.path) out.push(`      <source file="${escapeXml(d.path)}"/>`);
  out.push(`      <target dev="${d.target}" bus="${d.bus}"/>`);
  if (d.device === 'cdrom') out.push('      <readonly/>');
  out.push('    </disk>');
  return out;
}

function nicXml(g: GuestSpec, n: GuestNic): string[] {
  const model = g.pv ? [] : [`      <model type="${g.os.virtio ? 'virtio' : 'e1000'}"/>`];
  return [
    `    <interface type="${n.kind}">`,
    `      <source ${n.kind}="${escapeXml(n.source)}"/>`,
    `      <mac address="${n.mac}"/>`,
    ...model,
    '    </interface>',
  ];
}

export function guestXml(g: GuestSpec): string {
  const kvm = g.hv === 'kvm';
  const out = [`<domain type="${g.hv}">`, `  <name>${escapeXml(g.name)}</name>`, `  <uuid>${g.uuid}</uuid>`];
  if (g.os.id)
    out.push(
      '  <metadata>',
      '    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">',
      `      <libosinfo:os id="${g.os.id}"/>`,
      '    </libosinfo:libosinfo>',
      '  </metadata>',
    );
  const kib = g.memoryMiB * 1024;
  out.push(`  <memory>${kib}</memory>`, `  <currentMemory>${kib}</currentMemory>`, `  <vcpu>${g.vcpus}</vcpu>`);
  out.push(
    '  <os>',
    `    <type arch="x86_64">${g.pv ? 'xen' : 'hvm'}</type>`,
    ...g.boot.map((b) => `    <boot dev="${b}"/>`),
    '  </os>',
  );
  if (kvm) {
    out.push(
      '  <features>',
      '    <acpi/>',
      ...(g.graphics === 'spice' ? ['    <vmport state="off"/>'] : []),
      '  </features>',
    );
    out.push(
      '  <cpu mode="custom" match="exact">',
      `    <model>${escapeXml(g.cpuModel)}</model>`,
      '  </cpu>',
      ...KVM_CLOCK,
    );
  } else if (!g.pv) out.push('  <features>', '    <acpi/>', '    <pae/>', '  </features>', '  <clock offset="utc"/>');
  out.push('  <devices>');
  if (!g.pv)
    out.push(`    <emulator>${kvm ? '/usr/bin/qemu-system-x86_64' : '/usr/lib/xen/bin/qemu-system-i386'}</emulator>`);
  for (const d of g.disks) out.push(...diskXml(g, d));
  if (kvm) out.push(...(g.os.virtio ? ['    <controller type="usb" model="qemu-xhci" ports="15"/>'] : ICH9_USB));
  for (const n of g.nics) out.push(...nicXml(g, n));
  out.push('    <console type="pty"/>');
  if (kvm && g.os.virtio)
    out.push(
      '    <channel type="unix">',
      '      <source mode="bind"/>',
      '      <target type="virtio" name="org.qemu.guest_agent.0"/>',
      '    </channel>',
    );
  if (kvm && g.graphics === 'spice') out.push(...SPICE);
  if (kvm && g.graphics === 'vnc') out.push(...VNC);
  if (kvm && g.os.virtio) out.push(...VIRTIO_TAIL);
  out.push('  </devices>');
  if (g.installPhase) out.push('  <on_reboot>destroy</on_reboot>');
  out.push('</domain>');
  return `${out.join('\n')}\n`;
}
