import type { GlossaryTerm } from '../glossary';

/** Operating-system-level virtualization, as the exam's objectives name it. */
export const containerTerms: GlossaryTerm[] = [
  {
    id: 'container',
    term: 'Container (OS-level virtualization)',
    aka: ['operating-system-level virtualization'],
    definition:
      "Isolated groups of processes that share the host's one kernel instead of each booting their own: lighter and denser than virtual machines, but every container runs the host's kernel (a Linux host runs Linux containers only). Linux builds them from namespaces and cgroups; OpenVZ, LXC, Docker and systemd-nspawn are implementations. libvirt manages LXC containers too (`lxc:///`).",
    lessons: [],
    pages: [],
    see: ['namespaces-cgroups', 'openvz', 'lxc'],
  },
  {
    id: 'namespaces-cgroups',
    term: 'Namespaces and cgroups',
    definition:
      'The two kernel features containers are made of. Namespaces give a process group its own view of PIDs, mount points, network interfaces, host name, users and IPC; control groups (cgroups) limit and account its CPU, memory and I/O. libvirt uses cgroups for QEMU guests as well (`virsh schedinfo`, `virsh memtune`).',
    lessons: [],
    pages: [],
    see: ['container', 'lxc'],
  },
  {
    id: 'openvz',
    term: 'OpenVZ',
    aka: ['Virtuozzo', 'vzctl', 'container (CT)', 'VE', 'VPS'],
    definition:
      'Container virtualization for Linux on a patched kernel: each container (CT, formerly VE or VPS) has its own root file system, users, processes and network, with resource limits (user beancounters). Managed with `vzctl create|start|stop|enter|exec|set <CTID>` and `vzlist`; the configuration is /etc/vz/vz.conf and /etc/vz/conf/<CTID>.conf. The commercial version is Virtuozzo.',
    lessons: [],
    pages: [],
    see: ['container'],
  },
  {
    id: 'lxc',
    term: 'LXC (Linux Containers)',
    definition:
      'Containers on an unmodified mainline kernel (namespaces and cgroups): `lxc-create -n web -t debian`, `lxc-start`, `lxc-attach`, `lxc-ls --fancy`; configuration in /var/lib/lxc/<name>/config. libvirt has an LXC driver of its own, and LXD/Incus build on it.',
    lessons: [],
    pages: [],
    see: ['container', 'namespaces-cgroups'],
  },
];
