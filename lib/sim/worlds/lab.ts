import type { Domain, DomainDef, Host, HostCpu, VirtNetwork, World, XendConfig } from '../types';
import { assignIds, makeDef, makeDomain, makeWorld } from './builders';
import { xenGuestConfig, xendConfigSxp } from './xen-files';
import { guestImages } from '../disk-image';

const GiB = 1048576;

/**
 * The NAT network libvirt defines on a KVM host (/usr/share/libvirt/networks/default.xml): virbr0
 * on 192.168.122.0/24, started and marked autostart; the network driver adds its NAT port range.
 */
function defaultNetwork(host: string, n: number): VirtNetwork {
  return {
    def: {
      name: 'default',
      uuid: `0f1c2d3e-4a5b-4c6d-8e7f-0000000000${String(n).padStart(2, '0')}`,
      forward: { mode: 'nat', nat: { start: 1024, end: 65535 } },
      bridge: { name: 'virbr0', stp: 'on', delay: '0' },
      mac: `52:54:00:8a:${host === 'kvm1' ? '1c' : '2d'}:01`,
      ips: [
        {
          address: '192.168.122.1',
          netmask: '255.255.255.0',
          ranges: [{ start: '192.168.122.2', end: '192.168.122.254' }],
          hosts: [],
        },
      ],
    },
    active: true,
    persistent: true,
    autostart: true,
  };
}

function kvmHost(name: string, cpu: HostCpu, memoryKiB: number, modules: string[], address: string): Host {
  return {
    name,
    hostname: `${name}.lab`,
    uri: `qemu+ssh://${name}.lab/system`,
    driver: 'qemu',
    hypervisor: 'QEMU',
    hypervisorVersion: '7.2.0',
    cpu,
    memoryKiB,
    cellsFreeKiB: [Math.round(memoryKiB * 0.6)],
    kernelModules: modules,
    files: {},
    nextId: 1,
    domains: [],
    networks: [defaultNetwork(name, name === 'kvm1' ? 1 : 2)],
    address,
    reachable: true,
  };
}

function xenHost(name: string, cpu: HostCpu, memoryKiB: number, xend: XendConfig, address: string, hvm: boolean): Host {
  return {
    name,
    hostname: `${name}.lab`,
    uri: `xen+ssh://${name}.lab/system`,
    driver: 'xen',
    hypervisor: 'Xen',
    hypervisorVersion: '4.4.4',
    cpu,
    memoryKiB,
    cellsFreeKiB: [Math.round(memoryKiB * 0.5)],
    kernelModules: ['xen_evtchn', 'xen_gntdev', 'xen_netback', 'xen_blkback'],
    files: {},
    nextId: 1,
    domains: [],
    address,
    reachable: true,
    xen: {
      version: '4.4.4',
      dom0: { memoryMiB: 2048, vcpus: 2, cpuTimeS: 5068.6 },
      xend,
      dmesg: [
        ` Xen 4.4.4`,
        `(XEN) Command line: placeholder dom0_mem=2048M`,
        `(XEN) Initing memory sharing.`,
        ...(hvm
          ? [
              `(XEN) VMX: Supported advanced features:`,
              `(XEN)  - APIC MMIO access virtualisation`,
              `(XEN) HVM: ASIDs enabled.`,
              `(XEN) HVM: VMX enabled`,
              `(XEN) HVM: Hardware Assisted Paging (HAP) detected`,
            ]
          : [`(XEN) VMX disabled by BIOS.`, `(XEN) HVM: no hardware support (no VT-x/AMD-V) - HVM guests disabled`]),
        `(XEN) Brought up ${cpu.sockets * cpu.cores * cpu.threads} CPUs`,
        `(XEN) *** LOADING DOMAIN 0 ***`,
      ],
    },
  };
}

const disk = (name: string, bus = 'virtio', target = 'vda') => ({
  type: 'file' as const,
  device: 'disk' as const,
  source: `/var/lib/libvirt/images/${name}.qcow2`,
  target,
  bus,
  driverType: 'qcow2',
});
const nic = (mac: string, source = 'default') => ({ type: 'network' as const, source, mac, model: 'virtio' });

function kvmGuest(name: string, n: number, over: Partial<DomainDef>): DomainDef {
  return makeDef(name, `5a3c0d8e-4b1f-4c2a-9e7d-0000000000${String(n).padStart(2, '0')}`, {
    type: 'kvm',
    machine: 'pc-q35-7.2',
    disks: [disk(name)],
    interfaces: [nic(`52:54:00:12:34:${String(n).padStart(2, '0')}`)],
    ...over,
  });
}

function xenGuest(name: string, n: number, pv: boolean, over: Partial<DomainDef>): DomainDef {
  return makeDef(name, `7b1e2f3a-9c8d-4e5f-a6b7-0000000000${String(n).padStart(2, '0')}`, {
    type: 'xen',
    osType: pv ? 'linux' : 'hvm',
    arch: 'x86_64',
    kernel: pv ? '/boot/vmlinuz-3.16-xen' : undefined,
    disks: [
      {
        type: 'file',
        device: 'disk',
        source: `/var/lib/xen/images/${name}.img`,
        target: pv ? 'xvda' : 'hda',
        bus: pv ? 'xen' : 'ide',
      },
    ],
    interfaces: [{ type: 'bridge', source: 'xenbr0', mac: `00:16:3e:00:00:${String(n).padStart(2, '0')}` }],
    ...over,
  });
}

const relocation = (allow: string, server: 'yes' | 'no' = 'yes'): XendConfig => ({
  'xend-relocation-server': server,
  'xend-relocation-port': 8002,
  'xend-relocation-address': '',
  'xend-relocation-hosts-allow': allow,
  'dom0-min-mem': 196,
  'dom0-cpus': 0,
  'enable-dump': 'no',
});

/** Writes the Xen host's files: xend-config.sxp, a .cfg per guest, /etc/xen/auto links. */
function withXenFiles(h: Host): Host {
  const files: Record<string, string> = { '/etc/xen/xend-config.sxp': xendConfigSxp(h.xen!.xend) };
  for (const d of h.domains) {
    const def = (d.config ?? d.live)!;
    files[`/etc/xen/${def.name}.cfg`] = xenGuestConfig(def);
    if (d.autostart) files[`/etc/xen/auto/${def.name}.cfg`] = `-> /etc/xen/${def.name}.cfg`;
  }
  return { ...h, files };
}

const domains = (list: Domain[]) => list;

/** Running guests' NICs have host-side names, as the driver gave them at start (QEMU vnetN, Xen vifID.N). */
function nameNics(h: Host): Host {
  let n = 0;
  return {
    ...h,
    domains: h.domains.map((d) =>
      d.live
        ? {
            ...d,
            live: {
              ...d.live,
              interfaces: d.live.interfaces.map((x, i) => ({
                ...x,
                target: h.driver === 'xen' ? `vif${d.id}.${i}` : `vnet${n++}`,
              })),
            },
          }
        : d,
    ),
  };
}

/**
 * The lab: two KVM hosts (Intel with kvm_intel, AMD with kvm_amd) and two Xen hosts with
 * Domain-0 (xen1 can run HVM guests; xen2's CPU has no VT-x, so only paravirtualized ones),
 * guests in every common state.
 */
export function labWorld(): World {
  const kvm1 = kvmHost(
    'kvm1',
    {
      model: 'Intel Xeon E5-2620 v4',
      vendor: 'Intel',
      mhz: 2100,
      nodes: 1,
      sockets: 1,
      cores: 4,
      threads: 2,
      flags: ['vmx', 'sse4_2', 'aes', 'avx2', 'ept'],
    },
    32 * GiB,
    ['kvm', 'kvm_intel'],
    '10.0.0.11',
  );
  kvm1.domains = domains([
    // web01 has a pvpanic device (`<panic model='isa'>` at ISA port 0x505): QEMU hears its panics. The other
    // KVM guests have none, as virt-install leaves an x86 guest unless asked (`--panic`): decision 063.
    makeDomain(
      kvmGuest('web01', 1, {
        memoryKiB: 4 * GiB,
        currentMemoryKiB: 2 * GiB,
        vcpuMax: 4,
        vcpus: 2,
        panic: [{ model: 'isa', address: "type='isa' iobase='0x505'" }],
      }),
      {
        state: 'running',
        reason: 'booted',
        autostart: true,
      },
    ),
    makeDomain(
      kvmGuest('db01', 2, {
        memoryKiB: 8 * GiB,
        currentMemoryKiB: 8 * GiB,
        vcpuMax: 4,
        vcpus: 4,
        vcpupin: { 0: [0], 1: [1], 2: [2], 3: [3] },
      }),
      { state: 'running', reason: 'booted', autostart: true },
    ),
    makeDomain(
      kvmGuest('win10', 3, {
        memoryKiB: 4 * GiB,
        currentMemoryKiB: 4 * GiB,
        vcpuMax: 2,
        vcpus: 2,
        disks: [disk('win10', 'sata', 'sda')],
      }),
      { state: 'paused', reason: 'user' },
    ),
    makeDomain(kvmGuest('build01', 4, { memoryKiB: 2 * GiB, currentMemoryKiB: 2 * GiB, vcpuMax: 8, vcpus: 2 }), {
      state: 'shut off',
      reason: 'shutdown',
    }),
  ]);
  const kvm2 = kvmHost(
    'kvm2',
    {
      model: 'AMD EPYC 7302P',
      vendor: 'AMD',
      mhz: 3000,
      nodes: 1,
      sockets: 1,
      cores: 8,
      threads: 2,
      flags: ['svm', 'npt', 'sse4_2', 'aes', 'avx2'],
    },
    64 * GiB,
    ['kvm', 'kvm_amd'],
    '10.0.0.12',
  );
  kvm2.domains = domains([
    makeDomain(kvmGuest('mail01', 5, { memoryKiB: 2 * GiB, currentMemoryKiB: 2 * GiB, vcpuMax: 2, vcpus: 2 }), {
      state: 'running',
      reason: 'booted',
    }),
    makeDomain(kvmGuest('test01', 6, { memoryKiB: 1 * GiB, currentMemoryKiB: 1 * GiB, vcpuMax: 1, vcpus: 1 }), {
      state: 'shut off',
      reason: 'destroyed',
    }),
  ]);
  const xen1 = xenHost(
    'xen1',
    {
      model: 'Intel Xeon E3-1230 v3',
      vendor: 'Intel',
      mhz: 3300,
      nodes: 1,
      sockets: 1,
      cores: 4,
      threads: 1,
      flags: ['vmx', 'ept', 'sse4_2'],
    },
    16 * GiB,
    relocation('^xen2\\.lab$ ^localhost$'),
    '10.0.0.21',
    true,
  );
  xen1.domains = domains([
    makeDomain(xenGuest('pv-web', 1, true, { memoryKiB: 1 * GiB, currentMemoryKiB: 1 * GiB, vcpuMax: 2, vcpus: 2 }), {
      state: 'running',
      reason: 'booted',
      autostart: true,
    }),
    makeDomain(xenGuest('hvm-win', 2, false, { memoryKiB: 2 * GiB, currentMemoryKiB: 2 * GiB, vcpuMax: 2, vcpus: 2 }), {
      state: 'running',
      reason: 'booted',
    }),
    makeDomain(xenGuest('pv-db', 3, true, { memoryKiB: 2 * GiB, currentMemoryKiB: 2 * GiB, vcpuMax: 2, vcpus: 1 }), {
      state: 'shut off',
      reason: 'shutdown',
    }),
  ]);
  const xen2 = xenHost(
    'xen2',
    {
      model: 'Intel Pentium 4 (Prescott)',
      vendor: 'Intel',
      mhz: 2800,
      nodes: 1,
      sockets: 1,
      cores: 1,
      threads: 2,
      flags: ['pae', 'sse3'],
    },
    8 * GiB,
    relocation('', 'no'),
    '10.0.0.22',
    false,
  );
  xen2.domains = domains([
    makeDomain(
      xenGuest('pv-app', 4, true, { memoryKiB: 512 * 1024, currentMemoryKiB: 512 * 1024, vcpuMax: 1, vcpus: 1 }),
      { state: 'running', reason: 'booted' },
    ),
  ]);
  const hosts = [kvm1, kvm2, xen1, xen2]
    .map(assignIds)
    .map(nameNics)
    .map((h) => (h.xen ? withXenFiles(h) : h))
    .map((h) => ({
      ...h,
      files: { ...h.files, ...guestImages(h.domains.flatMap((d) => (d.config ?? d.live)!.disks)) },
    }));
  return makeWorld(hosts);
}
