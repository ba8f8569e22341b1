import type { LabStatus } from '@/lib/api/contract';
import { clock } from './clock';
import { lessonStore } from './lessons';
import { STORE_VERSION, store } from './store';

/**
 * The lab is readable only when all it is stored as can be read: the lab itself, its clock and
 * the lesson progress (docs/decisions/003-frontend.md). While any of them cannot, only the lab's
 * status, the raw download and the reset answer.
 */
export function labStatus(): LabStatus {
  const s = store().status();
  if (s.status !== 'ok') return s;
  const damaged = clock().damaged() ?? lessonStore().damaged();
  return damaged
    ? {
        status: 'unreadable',
        problem: 'corrupt',
        detail: damaged.detail,
        fault: damaged.fault,
        storeVersion: STORE_VERSION,
      }
    : s;
}

export const labReadable = () => labStatus().status === 'ok';

/** What the recovery screen downloads: the damaged value, byte for byte. */
export function rawLab(): string {
  if (store().status().status === 'ok') {
    const damaged = clock().damaged() ?? lessonStore().damaged();
    if (damaged) return damaged.raw;
  }
  return store().raw() ?? '';
}

/** Back to the built-in lab and the wall clock; the running lesson stops (damaged progress starts over). */
export function resetLab() {
  store().reset();
  clock().reset();
  lessonStore().reset();
}
