import { autostart } from './catalog/autostart';
import { createCloneInspect } from './catalog/create-clone-inspect';
import { fullVirtualizationCheck } from './catalog/full-virtualization-check';
import { lifecycleBasics } from './catalog/lifecycle-basics';
import { liveVsOfflineMigration } from './catalog/live-vs-offline-migration';
import { managedsave } from './catalog/managedsave';
import { memoryCurrentMax } from './catalog/memory-current-max';
import { qemuWithoutLibvirt } from './catalog/qemu-without-libvirt';
import { suspendVsSave } from './catalog/suspend-vs-save';
import { threeDialects } from './catalog/three-dialects';
import { vcpusPinning } from './catalog/vcpus-pinning';
import { xenRelocation } from './catalog/xen-relocation';
import type { Lesson } from './types';

/** Every lesson, in the order /learn lists them: each builds on the ones before it. */
export const lessons: readonly Lesson[] = [
  lifecycleBasics,
  suspendVsSave,
  managedsave,
  memoryCurrentMax,
  vcpusPinning,
  autostart,
  threeDialects,
  liveVsOfflineMigration,
  xenRelocation,
  fullVirtualizationCheck,
  createCloneInspect,
  qemuWithoutLibvirt,
];

export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);
