import type { LessonText } from '../i18n';
import { autostartJa } from './autostart';
import { createCloneInspectJa } from './create-clone-inspect';
import { fullVirtualizationCheckJa } from './full-virtualization-check';
import { lifecycleBasicsJa } from './lifecycle-basics';
import { liveVsOfflineMigrationJa } from './live-vs-offline-migration';
import { managedsaveJa } from './managedsave';
import { memoryCurrentMaxJa } from './memory-current-max';
import { qemuWithoutLibvirtJa } from './qemu-without-libvirt';
import { suspendVsSaveJa } from './suspend-vs-save';
import { threeDialectsJa } from './three-dialects';
import { vcpusPinningJa } from './vcpus-pinning';
import { xenRelocationJa } from './xen-relocation';

/** Every lesson's prose in Japanese, by lesson id (lib/lessons/catalog). */
export const lessonsJa: Record<string, LessonText> = {
  'lifecycle-basics': lifecycleBasicsJa,
  'suspend-vs-save': suspendVsSaveJa,
  managedsave: managedsaveJa,
  'memory-current-max': memoryCurrentMaxJa,
  'vcpus-pinning': vcpusPinningJa,
  autostart: autostartJa,
  'three-dialects': threeDialectsJa,
  'live-vs-offline-migration': liveVsOfflineMigrationJa,
  'xen-relocation': xenRelocationJa,
  'full-virtualization-check': fullVirtualizationCheckJa,
  'create-clone-inspect': createCloneInspectJa,
  'qemu-without-libvirt': qemuWithoutLibvirtJa,
};
