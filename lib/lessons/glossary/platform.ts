import type { GlossaryTerm } from '../glossary';

/** What sits underneath the tools on a KVM or Xen host: daemons, files, devices, interfaces. */
export const platformTerms: GlossaryTerm[] = [
  {
    id: 'libvirtd',
    term: 'libvirtd',
    definition:
      'The libvirt daemon on a host: virsh, virt-manager and virt-install talk to it (`qemu:///system`, `xen:///`), and it talks to the hypervisor, keeps the domain definitions and runs storage pools and virtual networks. `systemctl status libvirtd`; newer libvirt splits it into per-driver daemons (virtqemud …). Its settings are in /etc/libvirt/libvirtd.conf.',
    lessons: [],
    pages: ['/console'],
    see: ['libvirt', 'virsh', 'etc-libvirt'],
  },
  {
    id: 'domain-xml',
    term: 'Domain XML',
    aka: ['domain definition', 'dumpxml'],
    definition:
      'libvirt describes a domain in XML: `<domain type="kvm">` with name, uuid, memory, currentMemory, vcpu, `<os>`, `<devices>` (disks, interfaces, consoles). `virsh dumpxml` prints it (`--inactive` the persistent definition), `virsh define file.xml` makes a domain persistent, `virsh create file.xml` starts a transient one, `virsh edit` changes the definition.',
    lessons: ['create-clone-inspect'],
    pages: ['/hosts/kvm1/domains/web01'],
    see: ['persistent-domain', 'transient-domain', 'etc-libvirt'],
  },
  {
    id: 'etc-libvirt',
    term: '/etc/libvirt',
    definition:
      "libvirt's configuration directory: libvirtd.conf and qemu.conf, the persistent domain definitions in /etc/libvirt/qemu/<name>.xml, autostart links in /etc/libvirt/qemu/autostart/, networks in /etc/libvirt/qemu/networks/, storage pools in /etc/libvirt/storage/. Edit definitions with `virsh edit`, not by hand: libvirtd does not reread the files.",
    lessons: [],
    pages: ['/console'],
    see: ['domain-xml', 'autostart', 'libvirtd'],
  },
  {
    id: 'storage-pool',
    term: 'Storage pool and volume',
    aka: ['pool-list', 'vol-list'],
    definition:
      "libvirt manages disk space as pools (a directory, an LVM volume group, an iSCSI target, NFS …) holding volumes (the guests' disk images). `virsh pool-list --all`, `pool-define-as`, `pool-start`, `vol-create-as`, `vol-list`. The default pool is the directory /var/lib/libvirt/images.",
    lessons: [],
    pages: [],
    see: ['qemu-img', 'libvirtd'],
  },
  {
    id: 'qemu-img',
    term: 'qemu-img and disk image formats',
    aka: ['qcow2', 'raw'],
    definition:
      '`qemu-img` creates, converts and inspects disk images: `qemu-img create -f qcow2 disk.qcow2 20G`, `qemu-img info`, `qemu-img convert -O raw`. raw is a plain byte-for-byte image; qcow2 (QEMU copy-on-write) grows as written and supports backing files, snapshots and compression.',
    lessons: ['create-clone-inspect', 'qemu-without-libvirt'],
    pages: [],
    see: ['storage-pool', 'qemu'],
  },
  {
    id: 'virt-install',
    term: 'virt-install',
    definition:
      'A command-line tool (virtinst) that creates a new libvirt guest: it writes the domain XML from options and starts the installation, e.g. `virt-install --name web --memory 1024 --vcpus 2 --disk size=10 --cdrom debian.iso --os-variant debian12`. virt-manager is its graphical counterpart.',
    lessons: ['create-clone-inspect'],
    pages: [],
    see: ['domain-xml', 'libvirt'],
  },
  {
    id: 'virt-clone',
    term: 'virt-clone',
    definition:
      'Copies a libvirt guest (virtinst): `virt-clone --original web --name web2 --auto-clone` (or `--file` for each new disk). The clone gets a new name, UUID and MAC address and copies of the disks; the original must be shut off or paused, since a running guest changes its disks while they are copied.',
    lessons: ['create-clone-inspect'],
    pages: ['/console'],
    see: ['virt-install', 'qemu-img'],
  },
  {
    id: 'virt-manager',
    term: 'virt-manager',
    aka: ['Virtual Machine Manager'],
    definition:
      "libvirt's graphical desktop tool: lists the guests of one or more connections (local or `qemu+ssh://`), creates them with a wizard (virt-install underneath), shows their console, performance graphs and hardware, and migrates them.",
    lessons: [],
    pages: [],
    see: ['virt-install', 'virt-viewer', 'libvirt'],
  },
  {
    id: 'virt-viewer',
    term: 'virt-viewer',
    definition:
      "A small client that shows a libvirt guest's graphical console (VNC or SPICE): `virt-viewer -c qemu:///system web01`. It finds the display's address and port from the domain XML, so you name the guest, not a port.",
    lessons: [],
    pages: [],
    see: ['virt-manager', 'domain-xml'],
  },
  {
    id: 'qemu-kvm',
    term: 'qemu-kvm (qemu-system-x86_64)',
    aka: ['qemu-system-x86_64', 'kvm command', '-enable-kvm'],
    definition:
      'QEMU run by hand, with KVM: `qemu-kvm` (RHEL; Debian: `kvm`, or `qemu-system-x86_64 -enable-kvm`) `-m 512 -smp 2 -hda disk.qcow2 -net nic -net user -monitor stdio`. The guest is one QEMU process; libvirt did not start it, so `virsh list` does not show it — `ps` does. `-daemonize` runs it in the background; `-display none` on a server without a screen.',
    lessons: ['qemu-without-libvirt'],
    pages: ['/console'],
    see: ['qemu', 'qemu-monitor', 'user-mode-networking', 'kvm'],
  },
  {
    id: 'dev-kvm',
    term: '/dev/kvm',
    definition:
      'The device file through which QEMU uses KVM: it exists once kvm.ko and kvm-intel.ko or kvm-amd.ko are loaded, and a user needs access to it (usually the kvm group) to run accelerated guests. No /dev/kvm: check the CPU flags (vmx/svm), the BIOS setting and `lsmod | grep kvm`.',
    lessons: [],
    pages: ['/console'],
    see: ['kvm-modules', 'vt-x-amd-v'],
  },
  {
    id: 'qemu-monitor',
    term: 'QEMU monitor',
    aka: ['qemu-monitor-command', 'QMP', 'HMP'],
    definition:
      "QEMU's control interface for a running guest: the human monitor (HMP: `info status`, `stop`, `cont`, `savevm`, `quit`) — on the terminal with `-monitor stdio`, prompt `(qemu)` — and the JSON QEMU Machine Protocol (QMP) that libvirt uses over a socket. Under libvirt reach it with `virsh qemu-monitor-command <domain> --hmp 'info status'` — changes made there bypass libvirt.",
    lessons: ['qemu-without-libvirt'],
    pages: [],
    see: ['qemu', 'guest-agent'],
  },
  {
    id: 'guest-agent',
    term: 'QEMU guest agent',
    aka: ['qemu-ga', 'qemu-guest-agent'],
    definition:
      'A daemon inside the guest (package qemu-guest-agent) that answers the host over a virtio-serial channel: freeze and thaw file systems for consistent snapshots (`virsh domfsfreeze`), report addresses (`virsh domifaddr --source agent`), set the time, shut down cleanly (`virsh shutdown --mode agent`).',
    lessons: [],
    pages: [],
    see: ['virtio', 'qemu-monitor'],
  },
  {
    id: 'xentop',
    term: 'xentop',
    aka: ['xm top', 'xl top'],
    definition:
      "Xen's `top`: every domain's CPU (seconds and %), memory, vCPUs, network and block I/O, refreshed live in Domain-0. `xm top` and `xl top` start it. Domain-0's own `top` sees only Domain-0's processes, not the guests.",
    lessons: [],
    pages: [],
    see: ['xm', 'xl', 'domain-0'],
  },
  {
    id: 'xenstore',
    term: 'XenStore',
    aka: ['xenstored', 'xenstore-ls'],
    definition:
      "A small hierarchical key–value database kept by xenstored in Domain-0 and shared with the guests: domain names and ids, device configuration, the handshake between split drivers' front and back ends. `xenstore-ls`, `xenstore-read /local/domain/0/name`.",
    lessons: [],
    pages: [],
    see: ['domain-0', 'paravirtualization'],
  },
  {
    id: 'dom0-min-mem',
    term: 'dom0-min-mem and dom0-cpus',
    definition:
      'Two xend-config.sxp settings for Domain-0: `(dom0-min-mem 196)` is the MiB below which xend does not balloon Domain-0 down to make room for guests (0: never shrink it); `(dom0-cpus 0)` is how many CPUs Domain-0 uses (0: all). On the Xen command line the same is `dom0_mem=` and `dom0_max_vcpus=`.',
    lessons: [],
    pages: ['/console'],
    see: ['xend-config-sxp', 'domain-0', 'balloon'],
  },
  {
    id: 'xm-xl-subcommands',
    term: 'xm and xl subcommands',
    definition:
      '`create <cfg>` (start from a config file), `list`, `console`, `shutdown`, `reboot`, `destroy`, `pause`/`unpause`, `save`/`restore`, `migrate`, `mem-set`/`mem-max`, `vcpu-set`, `vcpu-pin`, `vcpu-list`, `info`, `dmesg`, `top`, `uptime`; xm also `new`/`start`/`delete` (xend-managed domains) and `suspend`/`resume` (its managed save). xl takes the same names, without xend.',
    lessons: [],
    pages: ['/console'],
    see: ['xm', 'xl', 'xentop'],
  },
];
