import { decodeImage } from '../../sim/disk-image';
import type { World } from '../../sim/types';
import { labWorld } from '../../sim/worlds/lab';
import { domainOn, hostFile, isState, ran } from '../checks';
import { defineLesson, typed } from '../define';

const DISK = '/var/lib/libvirt/images/app01.qcow2';
const CLONE_DISK = '/var/lib/libvirt/images/app01-clone.qcow2';
const isQcow2 = (w: World, path: string) => {
  const data = hostFile(w, 'kvm1', path);
  return data !== undefined && decodeImage(data).format === 'qcow2';
};
const noXen = {
  xm: { none: 'virt-install is a libvirt tool; with xm you write a config file in /etc/xen and `xm create` it' },
  xl: { none: 'with xl, as with xm: a config file in /etc/xen, then `xl create` it' },
};

export const createCloneInspect = defineLesson({
  id: 'create-clone-inspect',
  title: 'Make a guest with virt-install, clone it, inspect its disk with qemu-img',
  concept:
    'qemu-img makes and inspects disk images (qcow2 grows as written); virt-install writes a domain XML from its options and defines and starts the guest through libvirt; virt-clone copies a shut-off guest with a new name, UUID, MAC address and disk copies',
  summary:
    'On kvm1: create a qcow2 disk, install app01 on it with virt-install, shut it down, clone it with virt-clone, and look at the clone’s disk with qemu-img info.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'create-disk',
      title: 'Make a qcow2 disk',
      instruction:
        '`qemu-img create -f qcow2 <file> <size>` makes a disk image. A qcow2 file starts at a few hundred KiB and grows as the guest writes; its **virtual size** is what the guest sees. Make a 10 GiB one for app01 in libvirt’s default pool, /var/lib/libvirt/images.',
      do: typed('kvm1', `qemu-img create -f qcow2 ${DISK} 10G`),
      check: (w) => isQcow2(w, DISK),
      hint: 'qemu-img has a subcommand that makes an image: give it the format, the path and the size.',
    },
    {
      id: 'virt-install',
      title: 'Install app01 from that disk',
      instruction:
        '`virt-install` turns options into a domain XML, defines the guest and starts it. `--import` boots the disk as it is (no installer), `--os-variant` picks sensible devices, `--graphics none --noautoconsole` keeps it headless and returns at once. (`--print-xml` would only print the XML.)',
      do: typed(
        'kvm1',
        `virt-install --name app01 --memory 1024 --vcpus 1 --disk ${DISK} --import --os-variant debian12 --graphics none --noautoconsole`,
        noXen,
      ),
      check: (w) => isState(w, 'kvm1', 'app01', 'running'),
      hint: 'virt-install takes a name, memory, vCPUs and the disk; --import skips the installer, and a guest without graphics needs no console window.',
    },
    {
      id: 'shutdown',
      title: 'Shut app01 down',
      instruction:
        'virt-clone copies a guest’s disks, so it refuses a running original (its disks are changing): shut app01 down first.',
      do: typed('kvm1', 'virsh shutdown app01'),
      check: (w) => isState(w, 'kvm1', 'app01', 'shut off'),
      hint: 'The polite stop, as in the lifecycle lesson.',
    },
    {
      id: 'virt-clone',
      title: 'Clone app01',
      instruction:
        '`virt-clone --original app01 --auto-clone` defines **app01-clone**: the same XML with a new name, a new UUID, a new MAC address, and a copy of each disk beside the original’s.',
      do: typed('kvm1', 'virt-clone --original app01 --auto-clone', {
        xm: {
          none: 'Xen’s tools have no clone: copy the image and the config file, then change name, uuid and MAC by hand',
        },
        xl: { none: 'as with xm: copy the image and the config file by hand' },
      }),
      check: (w) => !!domainOn(w, 'kvm1', 'app01-clone') && isQcow2(w, CLONE_DISK),
      hint: "virt-clone names the original; one option lets it choose the clone's name and disk itself.",
    },
    {
      id: 'inspect',
      title: "Inspect the clone's disk",
      instruction:
        'Look at the clone’s disk: `qemu-img info` shows its **file format**, its **virtual size** (what the guest sees) and its **disk size** (what the file takes on the host).',
      do: typed('kvm1', `qemu-img info ${CLONE_DISK}`),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^qemu-img info\b.*app01-clone/),
      hint: 'qemu-img has a subcommand that describes an image: its format and virtual size.',
    },
  ],
  goalText: 'app01 was installed with virt-install and cloned to app01-clone, whose own qcow2 disk you inspected.',
  goal: (w) => !!domainOn(w, 'kvm1', 'app01') && !!domainOn(w, 'kvm1', 'app01-clone') && isQcow2(w, CLONE_DISK),
  hints: [
    'virt-clone works on a paused original too, but not on a running one; `--file` names the new disk instead of `--auto-clone`.',
    'virt-install --print-xml prints the domain XML and defines nothing: a good way to see what the options do.',
  ],
  glossary: ['virt-install', 'virt-clone', 'qemu-img', 'domain-xml'],
  pages: ['/console', '/'],
});
