import { guestImages } from '../../sim/disk-image';
import type { World } from '../../sim/types';
import { makeDef } from '../../sim/worlds/builders';
import { labWorld } from '../../sim/worlds/lab';
import { xenGuestConfig } from '../../sim/worlds/xen-files';
import { domainOn, ran } from '../checks';
import { defineLesson, typed } from '../define';

const CFG = '/etc/xen/hvm-lab.cfg';

/** The lab, with an HVM guest's xm config and its disk image waiting on both Xen hosts. */
function world(): World {
  const def = makeDef('hvm-lab', '7b1e2f3a-9c8d-4e5f-a6b7-000000000010', {
    type: 'xen',
    osType: 'hvm',
    memoryKiB: 1048576,
    currentMemoryKiB: 1048576,
    disks: [{ type: 'file', device: 'disk', source: '/var/lib/xen/images/hvm-lab.img', target: 'hda', bus: 'ide' }],
    interfaces: [{ type: 'bridge', source: 'xenbr0', mac: '00:16:3e:00:00:10' }],
  });
  const w = labWorld();
  return {
    ...w,
    hosts: w.hosts.map((h) =>
      h.xen ? { ...h, files: { ...h.files, [CFG]: xenGuestConfig(def), ...guestImages(def.disks) } } : h,
    ),
  };
}

const hvmRuns = (w: World) => {
  const d = domainOn(w, 'xen1', 'hvm-lab');
  return d?.state === 'running' && d.live?.osType === 'hvm';
};

export const fullVirtualizationCheck = defineLesson({
  id: 'full-virtualization-check',
  title: 'Can this host run full virtualization?',
  concept:
    "Full virtualization of an unmodified OS (KVM guests, Xen HVM guests) needs the CPU's virtualization extensions — Intel VT-x (flag vmx) or AMD-V (flag svm) — enabled; KVM also needs kvm.ko plus kvm-intel.ko or kvm-amd.ko; Xen reports HVM support in its own boot log (xm dmesg). Paravirtualized guests need neither",
  summary:
    'Check the CPU flags and KVM modules on kvm1 and kvm2, ask Xen on xen1 and xen2 whether HVM is enabled, see an HVM guest refused on xen2 and start it on xen1.',
  host: 'kvm1',
  world,
  // Each step looks at one host on its own; none needs another done first.
  order: 'any',
  steps: [
    {
      id: 'cpu-flags',
      title: 'Look for vmx or svm',
      instruction:
        'On kvm1, look for the virtualization flags in /proc/cpuinfo: **vmx** is Intel VT-x, **svm** is AMD-V. One line per logical CPU; no line at all means no hardware virtualization (or the BIOS hides it).',
      do: typed('kvm1', "grep -E 'vmx|svm' /proc/cpuinfo"),
      check: (_w, ctx) => ran(ctx, 'kvm1', /\/proc\/cpuinfo/),
      hint: 'Search /proc/cpuinfo for either flag with an extended regular expression.',
    },
    {
      id: 'kvm-intel',
      title: 'List the KVM modules on kvm1',
      instruction:
        "KVM is a kernel module: **kvm.ko** is the common part, **kvm-intel.ko** or **kvm-amd.ko** drives the vendor's extensions (lsmod writes kvm_intel / kvm_amd). On kvm1 it is kvm_intel, used by kvm.",
      do: typed('kvm1', 'lsmod | grep kvm'),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^lsmod\b|\/proc\/modules/),
      hint: 'The loaded kernel modules are listed by one short command; filter its output for kvm.',
    },
    {
      id: 'kvm-amd',
      title: 'Do the same on kvm2',
      instruction: 'Switch to **kvm2**, an AMD EPYC, and do the same: its flag is svm and its module kvm_amd.',
      do: typed('kvm2', 'lsmod | grep kvm'),
      check: (_w, ctx) => ran(ctx, 'kvm2', /^lsmod\b|\/proc\/modules|\/proc\/cpuinfo/),
      hint: 'Switch the console to kvm2 and repeat the previous step.',
    },
    {
      id: 'xen1-dmesg',
      title: 'Ask Xen on xen1',
      instruction:
        "On a Xen host, Domain-0 is itself a guest of the hypervisor, and the flags it sees in /proc/cpuinfo may be filtered: ask **Xen** instead. `xm dmesg` prints the hypervisor's boot messages; on **xen1** look for `HVM: VMX enabled` (and HAP, hardware-assisted paging).",
      do: typed('xen1', 'xm dmesg', {
        xl: 'xl dmesg',
        virsh: { none: "libvirt has no call for the hypervisor's log" },
      }),
      check: (_w, ctx) => ran(ctx, 'xen1', /^(xm|xl) dmesg\b/),
      hint: "Xen's own boot log is printed by an xm subcommand named like the kernel's ring buffer tool.",
    },
    {
      id: 'xen2-dmesg',
      title: 'Ask Xen on xen2',
      instruction:
        'Now **xen2**, an old Pentium 4: Xen found no usable VT-x/AMD-V (`HVM: no hardware support … HVM guests disabled`), so it cannot run HVM guests — only paravirtualized ones, whose kernels know they run on Xen (like pv-app).',
      do: typed('xen2', 'xm dmesg', { xl: 'xl dmesg' }),
      check: (_w, ctx) => ran(ctx, 'xen2', /^(xm|xl) dmesg\b/),
      hint: 'The same command as on xen1; look for the HVM line.',
    },
    {
      id: 'xen2-refuses',
      title: 'Try the HVM guest on xen2',
      instruction: `\`${CFG}\` describes an HVM guest (\`builder = "hvm"\`). Try to create it on xen2: xend refuses — *HVM guest support is unavailable: is VT/AMD-V supported by your CPU and enabled in your BIOS?*`,
      do: typed('xen2', `xm create ${CFG}`, { xl: `xl create ${CFG}` }),
      check: (_w, ctx) => ran(ctx, 'xen2', /^(xm|xl)\b.*\bcreate\b/, 'failed'),
      hint: 'xm starts a guest from a config file with one subcommand; give it the file the step names.',
    },
    {
      id: 'xen1-creates',
      title: 'Create it on xen1',
      instruction: 'Create it where the hardware allows it: on **xen1**.',
      do: typed('xen1', `xm create ${CFG}`, { xl: `xl create ${CFG}` }),
      check: hvmRuns,
      hint: 'The same command as on xen2, on the host whose CPU has VT-x.',
    },
  ],
  goalText: 'The HVM guest hvm-lab runs on xen1, the Xen host whose CPU has VT-x enabled.',
  goal: hvmRuns,
  hints: [
    'No vmx/svm flag: the CPU lacks the extensions, or the BIOS/firmware has them switched off.',
    'Without kvm_intel/kvm_amd loaded, QEMU can still emulate a whole PC in software (TCG) — correct, but many times slower.',
    'Paravirtualization needs no CPU support: the guest kernel calls the hypervisor directly (hypercalls).',
  ],
  glossary: ['full-virtualization', 'paravirtualization', 'hvm', 'vt-x-amd-v', 'kvm-modules', 'domain-0', 'qemu'],
  pages: ['/console'],
});
