import type { GlossaryTerm } from '../glossary';

export const toolTerms: GlossaryTerm[] = [
  {
    id: 'libvirt',
    term: 'libvirt',
    definition:
      'A library and daemon (libvirtd) that manages virtual machines on many hypervisors — QEMU/KVM, Xen, LXC, a built-in test driver and others — through one API and one XML format for domains. virsh, virt-manager and OpenStack are built on it.',
    lessons: [],
    pages: ['/'],
    see: ['virsh', 'connection-uri'],
  },
  {
    id: 'virsh',
    term: 'virsh',
    definition:
      "libvirt's command-line shell: `virsh [-c URI] <command>`. The same words for every hypervisor — list, start, shutdown, destroy, suspend, resume, save, restore, managedsave, setmem, setvcpus, vcpupin, migrate … Sizes default to KiB.",
    lessons: ['lifecycle-basics', 'three-dialects'],
    pages: ['/console'],
    see: ['libvirt', 'xm', 'xl'],
  },
  {
    id: 'connection-uri',
    term: 'libvirt connection URI',
    definition:
      "How libvirt names a hypervisor connection: `driver[+transport]://[user@][host]/path`. `qemu:///system` is the local system QEMU/KVM daemon, `qemu+ssh://kvm2.lab/system` the same on kvm2 over ssh, `xen:///` a local Xen, `test:///default` libvirt's built-in test driver. `virsh -c URI` chooses it, `virsh uri` prints it; `virsh migrate` names its target with one.",
    lessons: [],
    pages: ['/console'],
    see: ['libvirt', 'virsh'],
  },
  {
    id: 'xm',
    term: 'xm',
    definition:
      "The command-line tool of Xen's xend toolstack (Xen ≤ 4.4): `xm list`, `xm create <cfg>`, `xm migrate`, `xm mem-set` (MiB), `xm pause` / `xm unpause`, `xm save` / `xm restore`, `xm dmesg` … Every request goes to the xend daemon. Careful: `xm suspend` is xend's managed save, not a pause. Removed in Xen 4.5 in favour of xl.",
    lessons: ['three-dialects', 'xen-relocation'],
    pages: ['/console'],
    see: ['xend', 'xl', 'toolstack'],
  },
  {
    id: 'xl',
    term: 'xl',
    definition:
      "The command-line tool of Xen's libxl toolstack, xm's successor and its only replacement from Xen 4.5. Mostly the same subcommands as xm, but no daemon: it calls libxl directly. Sizes default to MiB; `xl migrate` goes over ssh and is always live. Xen 4.4's xl refuses commands that change domains while xend runs, unless given `-f`.",
    lessons: ['three-dialects'],
    pages: ['/console'],
    see: ['xm', 'toolstack'],
  },
  {
    id: 'toolstack',
    term: 'Toolstack',
    definition:
      "The management layer above the Xen hypervisor, running in Domain-0: xend with xm (Python, Xen ≤ 4.4), libxl with xl, or libvirt's libxl driver. Each keeps its own records of the domains, so a host should be managed by one toolstack.",
    lessons: ['three-dialects'],
    pages: ['/console'],
    see: ['xm', 'xl', 'xend'],
  },
  {
    id: 'xend',
    term: 'xend',
    definition:
      'The daemon of the xm toolstack (Xen 3.x – 4.4): a Python service in Domain-0 that xm talks to. It creates, tracks, saves and migrates domains and runs the relocation server. It reads /etc/xen/xend-config.sxp when it starts (`/etc/init.d/xend restart`).',
    lessons: ['xen-relocation'],
    pages: ['/console'],
    see: ['xend-config-sxp', 'relocation', 'xm'],
  },
  {
    id: 'xend-config-sxp',
    term: 'xend-config.sxp',
    definition:
      "/etc/xen/xend-config.sxp: xend's settings as S-expressions, one `(name value)` a line. For migration: `xend-relocation-server` (yes/no: listen for incoming domains; Xen ships no), `xend-relocation-port` (8002), `xend-relocation-address` ('' = every address), `xend-relocation-hosts-allow` (space-separated regular expressions; a connecting host's name or address must match one; '' allows everyone). Also dom0-min-mem, dom0-cpus, enable-dump. Read when xend starts.",
    lessons: ['xen-relocation'],
    pages: ['/console'],
    see: ['xend', 'relocation'],
  },
  {
    id: 'relocation',
    term: 'Relocation (xm migrate)',
    aka: ['xend relocation server'],
    definition:
      "Migration in the xm toolstack: `xm migrate [--live] <domain> <host>` sends the domain to xend's relocation server on the target (TCP port 8002). The **target's** xend-config.sxp decides: server off or another port → *can't connect: [Errno 111] Connection refused*; source not matched by hosts-allow → the target drops the connection and xm reports that xc_save failed. The traffic is neither authenticated nor encrypted.",
    lessons: ['xen-relocation'],
    pages: ['/console', '/compare'],
    see: ['xend-config-sxp', 'live-migration'],
  },
  {
    id: 'domain-0',
    term: 'Domain-0 (dom0)',
    definition:
      "On Xen, the first domain, started by the hypervisor at boot and privileged: it holds the physical device drivers and the back ends of the guests' split drivers, and runs the toolstack that creates and manages the other domains. Always id 0; `xm list` shows it as Domain-0.",
    lessons: ['three-dialects', 'full-virtualization-check'],
    pages: ['/'],
    see: ['domain-u', 'xen'],
  },
  {
    id: 'domain-u',
    term: 'Domain-U (domU)',
    definition:
      "On Xen, any unprivileged guest domain — everything but Domain-0. It reaches disks and the network through Domain-0's back-end drivers (PV) or through devices that QEMU emulates (HVM).",
    lessons: [],
    pages: ['/'],
    see: ['domain-0', 'paravirtualization'],
  },
  {
    id: 'xendomains',
    term: 'xendomains and /etc/xen/auto',
    definition:
      "The init script on xm/xl hosts that, at boot, starts every domain whose config file is in /etc/xen/auto — by convention a symbolic link to /etc/xen/<name>.cfg — and at host shutdown saves or shuts them down. Xen's autostart: `ln -s /etc/xen/web.cfg /etc/xen/auto/`.",
    lessons: ['autostart'],
    pages: ['/console'],
    see: ['autostart'],
  },
];
