import { decodeImage } from '../../sim/disk-image';
import type { World } from '../../sim/types';
import { findHost } from '../../sim/world';
import { labWorld } from '../../sim/worlds/lab';
import { hostFile, ran } from '../checks';
import { defineLesson, typed } from '../define';

const DISK = '/root/demo.qcow2';
const qemu = (w: World) => findHost(w, 'kvm1')?.qemu ?? [];
const snapshotTaken = (w: World, tag: string) => {
  const data = hostFile(w, 'kvm1', DISK);
  return data !== undefined && decodeImage(data).snapshots.some((s) => s.tag === tag && s.vm);
};
const notLibvirt = { none: 'this is QEMU’s own monitor: libvirt (and xm/xl) are not involved' };
const monitorOnly = { virsh: notLibvirt, xm: notLibvirt, xl: notLibvirt };

export const qemuWithoutLibvirt = defineLesson({
  id: 'qemu-without-libvirt',
  title: 'QEMU without libvirt: qemu-kvm and its monitor, and why virsh does not see it',
  concept:
    'QEMU runs a guest by itself: qemu-kvm (qemu-system-x86_64 -enable-kvm) with -m, -smp, -hda, -net; -monitor stdio gives its human monitor (info status, stop, cont, savevm). libvirt only knows the guests it started, so virsh list does not show this one, though ps does',
  summary:
    'On kvm1: start a QEMU guest by hand with its monitor on the console, pause and resume it, save a snapshot into its qcow2 disk, quit, and see that virsh never listed it.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'disk',
      title: 'Make a small disk',
      instruction: 'A guest needs a disk: make a small qcow2 image in root’s home.',
      do: typed('kvm1', `qemu-img create -f qcow2 ${DISK} 2G`),
      check: (w) => hostFile(w, 'kvm1', DISK) !== undefined,
      hint: "qemu-img's subcommand that makes an image: format, path, size.",
    },
    {
      id: 'start',
      title: 'Start QEMU by hand',
      instruction:
        '`qemu-kvm` is QEMU with KVM acceleration (`qemu-system-x86_64 -enable-kvm`; Debian calls it `kvm`). `-m 512` MiB of memory, `-smp 2` vCPUs, `-hda` the disk, `-net nic -net user` a NIC on QEMU’s built-in user-mode network, `-display none` because a server has no screen, and `-monitor stdio`: the console becomes QEMU’s monitor, prompt **(qemu)**.',
      do: typed('kvm1', `qemu-kvm -m 512 -smp 2 -hda ${DISK} -net nic -net user -display none -monitor stdio`, {
        virsh: { none: 'virsh starts only guests libvirt defines: `virsh start <name>`' },
        xm: { none: 'not on a KVM host' },
        xl: { none: 'not on a KVM host' },
      }),
      check: (w) => qemu(w).some((p) => p.monitor),
      hint: 'qemu-kvm takes the memory (-m), the CPUs (-smp), the disk (-hda), a user-mode network, no display, and the monitor on standard input.',
    },
    {
      id: 'status',
      title: 'Ask the monitor',
      instruction:
        'Ask QEMU how the guest is: `info status`. (`help` lists the monitor’s commands; `info kvm` says whether KVM accelerates it.)',
      do: typed('kvm1', 'info status', monitorOnly),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^info status$/),
      hint: 'At the (qemu) prompt, `info` followed by what you want to know: the run state.',
    },
    {
      id: 'stop',
      title: 'Pause the guest',
      instruction:
        '`stop` pauses the guest’s vCPUs — what `virsh suspend` asks libvirt to do through this same monitor.',
      do: typed('kvm1', 'stop', monitorOnly),
      check: (w) => qemu(w).some((p) => p.state === 'paused'),
      hint: "The monitor's word for pausing is short: the opposite of `cont`.",
    },
    {
      id: 'savevm',
      title: 'Take a snapshot',
      instruction:
        '`savevm <tag>` saves the whole guest — memory and disk — as an internal snapshot **inside the qcow2 file** (raw disks cannot hold one). Take one called before-upgrade.',
      do: typed('kvm1', 'savevm before-upgrade', monitorOnly),
      check: (w) => snapshotTaken(w, 'before-upgrade'),
      hint: 'The monitor command that saves the VM state takes a tag: before-upgrade.',
    },
    {
      id: 'quit',
      title: 'Quit QEMU',
      instruction: '`quit` ends QEMU (the guest with it) and gives the console back to bash.',
      do: typed('kvm1', 'quit', monitorOnly),
      check: (w) => qemu(w).length === 0 && snapshotTaken(w, 'before-upgrade'),
      hint: 'The monitor command that ends QEMU; its first letter alone works too.',
    },
    {
      id: 'virsh-list',
      title: 'See what libvirt knows',
      instruction:
        'Now ask libvirt: `virsh list --all` never showed that guest — libvirt lists only the guests it defines or starts. `qemu-img snapshot -l` shows the snapshot savevm left in the disk.',
      do: typed('kvm1', 'virsh list --all'),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^virsh list\b/),
      hint: "List every domain with virsh; qemu-img can list the image's snapshots too.",
    },
  ],
  goalText: 'A QEMU guest started by hand was paused and snapshotted from its monitor, and virsh list did not know it.',
  goal: (w) => snapshotTaken(w, 'before-upgrade') && qemu(w).length === 0,
  hints: [
    'Started with `-daemonize` instead of `-monitor stdio`, QEMU runs in the background: `ps aux` shows it as root’s process beside libvirt’s guests (user libvirt-qemu, shown as libvirt+), and `kill <pid>` ends it.',
    'Without `-display none` QEMU tries to open a window and fails on a server: "gtk initialization failed".',
  ],
  glossary: ['qemu-kvm', 'qemu-monitor', 'qemu-img', 'user-mode-networking'],
  pages: ['/console'],
});
