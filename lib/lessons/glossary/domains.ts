import type { GlossaryTerm } from '../glossary';

export const domainTerms: GlossaryTerm[] = [
  {
    id: 'domain',
    term: 'Domain',
    aka: ['guest', 'virtual machine', 'VM'],
    definition:
      "libvirt's and Xen's word for a virtual machine: a definition (name, UUID, memory, vCPUs, disks, interfaces — libvirt's domain XML, or an xm config file) and, while it runs, the live instance with a numeric id.",
    lessons: ['lifecycle-basics'],
    pages: ['/'],
    see: ['uuid', 'persistent-domain', 'domain-state'],
  },
  {
    id: 'uuid',
    term: 'UUID',
    definition:
      "A domain's universally unique identifier: 128 bits written as 32 hexadecimal digits in groups of 8-4-4-4-12, fixed when the domain is defined. Names can be changed and can repeat across hosts; the UUID names the same guest everywhere (`virsh domuuid`, `virsh dominfo`).",
    lessons: [],
    pages: ['/'],
    see: ['domain'],
  },
  {
    id: 'persistent-domain',
    term: 'Persistent domain',
    definition:
      'A domain whose definition libvirt stores (`virsh define`; for QEMU /etc/libvirt/qemu/<name>.xml): it still exists when shut off, can be started again and can autostart. `virsh undefine` removes the definition; shutdown and destroy do not.',
    lessons: ['lifecycle-basics', 'autostart'],
    pages: ['/'],
    see: ['transient-domain'],
  },
  {
    id: 'transient-domain',
    term: 'Transient domain',
    definition:
      'A domain that exists only while it runs (`virsh create <xml>`, or the copy a migration leaves on the target without `--persistent`): libvirt stores no definition, so once it stops it is gone, and it cannot autostart or be managed-saved.',
    lessons: ['live-vs-offline-migration'],
    pages: ['/'],
    see: ['persistent-domain'],
  },
  {
    id: 'domain-state',
    term: 'Domain state and reason',
    definition:
      'What virsh reports for a domain — running, idle, paused, in shutdown, shut off, crashed, pmsuspended — and, with `virsh domstate --reason`, why: shut off (shutdown), shut off (destroyed), shut off (saved), shut off (migrated), running (booted), running (restored), running (unpaused), paused (user), paused (migrating) …',
    lessons: ['lifecycle-basics', 'suspend-vs-save', 'managedsave'],
    pages: ['/'],
    see: ['shutdown-vs-destroy'],
  },
  {
    id: 'shutdown-vs-destroy',
    term: 'shutdown vs destroy',
    definition:
      '`virsh shutdown` asks the guest operating system to power off (an ACPI power-button press, or the guest agent); the guest closes its files first, and may take a while or ignore the request. `virsh destroy` ends the domain at once, like pulling the plug: no guest cooperation, unwritten data lost — but despite its name it leaves the definition in place. Reasons: shut off (shutdown) vs shut off (destroyed).',
    lessons: ['lifecycle-basics'],
    pages: ['/'],
    see: ['domain-state'],
  },
  {
    id: 'suspend-resume',
    term: 'Suspend and resume (pause)',
    aka: ['pause', 'unpause'],
    definition:
      "`virsh suspend` pauses a domain: its vCPUs are no longer scheduled, but it stays active with all of its memory still allocated in the host's RAM (paused, reason user). `virsh resume` lets it continue where it stopped. xm and xl call these `pause` / `unpause`. A paused domain does not survive a host reboot.",
    lessons: ['suspend-vs-save'],
    pages: ['/'],
    see: ['save-restore'],
  },
  {
    id: 'save-restore',
    term: 'Save and restore',
    definition:
      "`virsh save <domain> <file>` writes the domain's memory and device state to a file and stops it (shut off, reason saved), freeing its RAM; `virsh restore <file>` recreates it from the file and it carries on (running, reason restored). The disks are not in the file, so they must not change in between.",
    lessons: ['suspend-vs-save', 'managedsave'],
    pages: ['/'],
    see: ['suspend-resume', 'managed-save'],
  },
  {
    id: 'managed-save',
    term: 'Managed save',
    definition:
      "`virsh managedsave`: a save to a file that libvirt names and keeps itself (for QEMU /var/lib/libvirt/qemu/save/<name>.save). The next `virsh start` restores from it instead of booting (running, reason restored) and deletes it; `start --force-boot` discards it. `xm suspend` / `xm resume` are the xend equivalent. libvirt's test driver only records a flag, so there start boots afresh.",
    lessons: ['managedsave'],
    pages: ['/'],
    see: ['save-restore'],
  },
  {
    id: 'autostart',
    term: 'Autostart',
    definition:
      "libvirt's per-domain flag (`virsh autostart [--disable] <domain>`) that makes libvirtd start a persistent domain whenever libvirtd starts — in practice at host boot. Stored as a link in /etc/libvirt/qemu/autostart/. It does not start the domain now. xm hosts use xendomains and /etc/xen/auto instead.",
    lessons: ['autostart'],
    pages: ['/'],
    see: ['xendomains', 'persistent-domain'],
  },
];
