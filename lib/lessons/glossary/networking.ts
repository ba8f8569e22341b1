import type { GlossaryTerm } from '../glossary';

export const networkingTerms: GlossaryTerm[] = [
  {
    id: 'user-mode-networking',
    term: 'User-mode networking (-net user, SLIRP)',
    aka: ['-net user', '-netdev user', 'SLIRP'],
    definition:
      "QEMU's built-in network back end (`-net user`, `-netdev user`; libvirt `<interface type='user'>`): a small TCP/IP stack inside the QEMU process that NATs the guest's traffic onto ordinary host sockets, so it needs no root and no host setup. The guest gets 10.0.2.15 with gateway 10.0.2.2 and DNS 10.0.2.3; it can open TCP and UDP connections out, but nothing outside can reach it without port forwarding (`hostfwd`). **ICMP generally does not work**: relaying it would need raw sockets, which an unprivileged QEMU does not have (recent versions use ping sockets where the host allows them, net.ipv4.ping_group_range). So `ping` fails even when the web works — test with a TCP connection instead. It is also slow.",
    lessons: ['qemu-without-libvirt'],
    pages: [],
    see: ['bridged-networking', 'virtual-network', 'qemu'],
  },
  {
    id: 'bridged-networking',
    term: 'Bridged networking',
    definition:
      "The guest's virtual network card (a tap device, or a Xen vif) is attached to a software bridge on the host (br0, xenbr0) that also holds the physical network card, so the guest sits on the physical LAN like another machine: its own address from the LAN's DHCP, reachable from everywhere, ping included. libvirt `<interface type='bridge'>`; xm `vif = [ 'bridge=xenbr0' ]` (the lab's Xen guests).",
    lessons: [],
    pages: ['/hosts/xen1/domains/pv-web'],
    see: ['virtual-network', 'user-mode-networking'],
  },
  {
    id: 'virtual-network',
    term: 'libvirt virtual network (NAT, virbr0)',
    aka: ['default network', 'virbr0'],
    definition:
      "libvirt's \"default\" network: a bridge virbr0 (192.168.122.0/24) with dnsmasq for DHCP and DNS, and NAT through the host's firewall to the outside. Guests reach out and each other; the LAN cannot reach them directly. `<interface type='network'><source network='default'/>` — the lab's KVM guests use it.",
    lessons: [],
    pages: ['/hosts/kvm1/domains/web01'],
    see: ['bridged-networking', 'user-mode-networking'],
  },
  {
    id: 'virtio',
    term: 'virtio',
    definition:
      "The standard paravirtualized device interface of KVM guests (virtio-net, virtio-blk, virtio-balloon …): the guest's driver knows it talks to a hypervisor and exchanges buffers through shared rings instead of driving emulated hardware register by register — paravirtualized I/O inside a fully virtualized guest.",
    lessons: [],
    pages: ['/hosts/kvm1/domains/web01'],
    see: ['paravirtualization', 'balloon'],
  },
];
