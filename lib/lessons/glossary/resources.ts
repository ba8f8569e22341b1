import type { GlossaryTerm } from '../glossary';

export const resourceTerms: GlossaryTerm[] = [
  {
    id: 'vcpu',
    term: 'vCPU',
    definition:
      "A virtual CPU: what the guest sees as a processor. On KVM each vCPU is a thread of the QEMU process, scheduled by the host like any thread; on Xen the hypervisor schedules vCPUs on the physical CPUs. `<vcpu current='2'>4</vcpu>` means up to 4, 2 online; `virsh setvcpus` changes how many are online (never above the maximum), `xm vcpu-set` / `xl vcpu-set` likewise.",
    lessons: ['vcpus-pinning'],
    pages: ['/hosts/kvm1/domains/web01'],
    see: ['vcpu-pinning', 'overcommit'],
  },
  {
    id: 'vcpu-pinning',
    term: 'vCPU pinning (CPU affinity)',
    aka: ['affinity', 'vcpupin'],
    definition:
      "Restricting a vCPU to a set of host CPUs, its affinity: `virsh vcpupin vm1 1 2` lets vCPU 1 of vm1 run only on host CPU 2 (`xm vcpu-pin`, `xl vcpu-pin`). Used to keep a guest on one NUMA node or away from CPUs others need. `virsh vcpuinfo` shows each vCPU's affinity map (y = allowed); with `--config` the pinning is stored in the definition.",
    lessons: ['vcpus-pinning'],
    pages: ['/hosts/kvm1/domains/db01'],
    see: ['vcpu'],
  },
  {
    id: 'balloon',
    term: 'Memory balloon',
    definition:
      "A driver in the guest (virtio-balloon on KVM, the balloon driver of Xen guests) that the host asks to claim memory from the guest OS and hand it to the host, or give it back — so a running guest's memory shrinks and grows up to its maximum. `virsh setmem`, `xm mem-set` and `xl mem-set` set the balloon's target, the current memory.",
    lessons: ['memory-current-max', 'three-dialects'],
    pages: ['/hosts/kvm1/domains/web01'],
    see: ['current-memory', 'maximum-memory', 'overcommit'],
  },
  {
    id: 'current-memory',
    term: 'Current memory (currentMemory)',
    definition:
      "`<currentMemory>`: the memory the guest has now, the balloon's target (`virsh dominfo`: Used memory). Changed while it runs with `virsh setmem --live`, up to the maximum; `--config` sets what it boots with.",
    lessons: ['memory-current-max'],
    pages: ['/hosts/kvm1/domains/web01'],
    see: ['maximum-memory', 'balloon'],
  },
  {
    id: 'maximum-memory',
    term: 'Maximum memory (memory)',
    definition:
      '`<memory>`: the most the guest can have during this boot (`virsh dominfo`: Max memory); current memory never exceeds it. `virsh setmaxmem` changes it — for QEMU/KVM only in the configuration, effective at the next boot (*cannot resize the maximum memory on an active domain*); Xen can raise it live (`xm mem-max`).',
    lessons: ['memory-current-max'],
    pages: ['/hosts/kvm1/domains/web01'],
    see: ['current-memory'],
  },
  {
    id: 'live-vs-config',
    term: '--live, --config, --current',
    definition:
      'Where a virsh change applies: `--live` to the running domain only (gone at shutdown), `--config` to the stored definition only (used from the next boot), both flags to both, and `--current` — the default — to whichever the domain is in now (live when running, config when shut off). A reboot does not reload the configuration; a shutdown and start does.',
    lessons: ['memory-current-max', 'vcpus-pinning'],
    pages: ['/hosts/kvm1/domains/web01'],
    see: ['persistent-domain'],
  },
  {
    id: 'overcommit',
    term: 'Overcommit',
    definition:
      'Giving guests more of a resource in total than the host has: more vCPUs than physical CPUs (they take turns), or more memory than RAM (betting that guests will not all use theirs; ballooning, page sharing and swap cover the gap). Harmless for idle guests; under load it costs CPU time or risks swapping and out-of-memory kills.',
    lessons: ['memory-current-max'],
    pages: ['/'],
    see: ['balloon', 'vcpu'],
  },
];
