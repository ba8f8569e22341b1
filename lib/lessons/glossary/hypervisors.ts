import type { GlossaryTerm } from '../glossary';

export const hypervisorTerms: GlossaryTerm[] = [
  {
    id: 'hypervisor',
    term: 'Hypervisor',
    aka: ['virtual machine monitor', 'VMM'],
    definition:
      "Software that creates and runs virtual machines: it shares the physical machine's CPUs, memory and devices among guests and keeps them isolated from one another.",
    lessons: [],
    pages: ['/'],
    see: ['hypervisor-type-1', 'hypervisor-type-2'],
  },
  {
    id: 'hypervisor-type-1',
    term: 'Type 1 (bare-metal) hypervisor',
    definition:
      'A hypervisor that runs directly on the hardware, with no general-purpose operating system underneath: Xen (it boots first and runs even Domain-0 as a guest), VMware ESXi, Microsoft Hyper-V. KVM is usually counted here as well, because it makes the Linux kernel itself the hypervisor.',
    lessons: [],
    pages: ['/'],
    see: ['xen', 'kvm', 'hypervisor-type-2'],
  },
  {
    id: 'hypervisor-type-2',
    term: 'Type 2 (hosted) hypervisor',
    definition:
      'A hypervisor that runs as an application on a conventional operating system, which owns the hardware: VirtualBox, VMware Workstation, QEMU on its own (pure software emulation). With KVM the line blurs: QEMU is an ordinary process, but the kernel does the virtualization.',
    lessons: [],
    pages: [],
    see: ['hypervisor-type-1', 'qemu'],
  },
  {
    id: 'full-virtualization',
    term: 'Full virtualization',
    definition:
      "The guest sees a complete virtual PC — CPU, memory, firmware, devices — and runs **unmodified**, unaware that it is virtualized (Windows, any stock Linux). On x86 this is done with the CPU's virtualization extensions (Intel VT-x, AMD-V); before them it needed binary translation or full emulation. KVM guests and Xen HVM guests are fully virtualized.",
    lessons: ['full-virtualization-check'],
    pages: ['/hosts/xen1/domains/hvm-win'],
    see: ['hvm', 'vt-x-amd-v', 'paravirtualization'],
  },
  {
    id: 'paravirtualization',
    term: 'Paravirtualization (PV)',
    definition:
      'The guest kernel is **modified** to know it runs on a hypervisor: instead of privileged instructions it makes hypercalls, and it uses split drivers (front ends in the guest, back ends in Domain-0) instead of emulated hardware. It needs no CPU virtualization extensions, so Xen PV guests run even on CPUs without VT-x/AMD-V, but only operating systems ported to the interface (Linux, NetBSD) can run this way. libvirt gives a Xen PV guest the OS type `xen` (older spelling `linux`).',
    lessons: ['three-dialects', 'full-virtualization-check'],
    pages: ['/hosts/xen1/domains/pv-web'],
    see: ['full-virtualization', 'virtio', 'domain-u'],
  },
  {
    id: 'hvm',
    term: 'HVM (Hardware Virtual Machine)',
    definition:
      'Xen\'s name for a fully virtualized guest, run with VT-x or AMD-V and a QEMU device model that emulates a PC; chosen with `builder = "hvm"` in an xm config (`type = "hvm"` for xl). `xm dmesg` on a capable host shows `HVM: VMX enabled` (or SVM); `xm info` lists hvm in xen_caps. Without them xend refuses: *HVM guest support is unavailable: is VT/AMD-V supported by your CPU and enabled in your BIOS?* libvirt writes `<os><type>hvm</type>` for every fully virtualized guest, KVM ones included.',
    lessons: ['full-virtualization-check'],
    pages: ['/hosts/xen1/domains/hvm-win'],
    see: ['full-virtualization', 'vt-x-amd-v'],
  },
  {
    id: 'vt-x-amd-v',
    term: 'Intel VT-x and AMD-V (vmx, svm)',
    aka: ['vmx', 'svm', 'hardware-assisted virtualization'],
    definition:
      'The x86 CPU extensions for full virtualization: Intel VT-x (CPU flag **vmx**) and AMD-V (flag **svm**, from Secure Virtual Machine). They add a guest mode in which the hypervisor regains control on the instructions it must handle. `grep -E \'vmx|svm\' /proc/cpuinfo` shows whether the CPU advertises them. Firmware (BIOS/UEFI) can switch them off: KVM then refuses to load ("disabled by bios") and Xen reports no HVM support. On a Xen host, ask Xen (`xm dmesg`, `xm info`) — Domain-0 is itself a guest and may not see the flags.',
    lessons: ['full-virtualization-check'],
    pages: ['/console'],
    see: ['ept-npt', 'kvm-modules', 'hvm'],
  },
  {
    id: 'ept-npt',
    term: 'EPT / NPT (second-level address translation)',
    aka: ['HAP', 'RVI', 'SLAT'],
    definition:
      'The CPU translates guest-physical to host-physical addresses itself, through tables the hypervisor maintains, so the hypervisor no longer keeps shadow copies of every guest page table. Intel calls it EPT (flag ept), AMD NPT or RVI (flag npt); Xen calls it HAP, Hardware Assisted Paging.',
    lessons: [],
    pages: ['/console'],
    see: ['vt-x-amd-v'],
  },
  {
    id: 'kvm',
    term: 'KVM (Kernel-based Virtual Machine)',
    definition:
      'A Linux kernel subsystem that turns Linux into a hypervisor using VT-x/AMD-V. Each guest is an ordinary QEMU process and each of its vCPUs a thread: KVM runs guest code on the CPU, QEMU emulates the devices. libvirt drives it with its qemu driver (`qemu:///system`).',
    lessons: [],
    pages: ['/'],
    see: ['kvm-modules', 'qemu'],
  },
  {
    id: 'kvm-modules',
    term: 'kvm.ko, kvm-intel.ko, kvm-amd.ko',
    definition:
      'KVM ships as kernel modules: **kvm.ko**, the common core that provides /dev/kvm, and one vendor module — **kvm-intel.ko** for VT-x or **kvm-amd.ko** for AMD-V. `lsmod` shows them as kvm_intel / kvm_amd, with kvm "used by" the vendor module; `modprobe kvm_intel` loads them. Without the vendor module there is no /dev/kvm: libvirt refuses `<domain type=\'kvm\'>` and plain QEMU falls back to slow software emulation (TCG).',
    lessons: ['full-virtualization-check'],
    pages: ['/console'],
    see: ['kvm', 'vt-x-amd-v'],
  },
  {
    id: 'qemu',
    term: 'QEMU',
    definition:
      'A machine emulator: it emulates a whole PC — the CPU through its TCG binary translator, and disks, network cards, firmware. With KVM the kernel runs the guest code natively and QEMU only emulates the devices; libvirt starts one qemu-system-x86_64 process per running guest. Xen HVM guests use QEMU as their device model too.',
    lessons: ['full-virtualization-check'],
    pages: ['/'],
    see: ['kvm', 'user-mode-networking'],
  },
  {
    id: 'xen',
    term: 'Xen',
    definition:
      'A type 1 hypervisor that boots before any operating system; the first guest it starts, Domain-0, holds the device drivers and runs the toolstack. It runs paravirtualized guests on any x86 CPU and HVM guests on CPUs with VT-x/AMD-V.',
    lessons: [],
    pages: ['/'],
    see: ['domain-0', 'domain-u', 'toolstack'],
  },
];
