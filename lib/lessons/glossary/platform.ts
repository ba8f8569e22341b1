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
    lessons: [],
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
    lessons: [],
    pages: [],
    see: ['storage-pool', 'qemu'],
  },
  {
    id: 'virt-install',
    term: 'virt-install',
    definition:
      'A command-line tool (virtinst) that creates a new libvirt guest: it writes the domain XML from options and starts the installation, e.g. `virt-install --name web --memory 1024 --vcpus 2 --disk size=10 --cdrom debian.iso --os-variant debian12`. virt-manager is its graphical counterpart.',
    lessons: [],
    pages: [],
    see: ['domain-xml', 'libvirt'],
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
      "QEMU's control interface for a running guest: the human monitor (HMP: `info status`, `stop`, `cont`, `savevm`) and the JSON QEMU Machine Protocol (QMP) that libvirt uses. Under libvirt reach it with `virsh qemu-monitor-command <domain> --hmp 'info status'` — changes made there bypass libvirt.",
    lessons: [],
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
