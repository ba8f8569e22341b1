import { QEMU_DEFAULTS } from '@/lib/sim/migration/defaults';
import type { MigrationMode, MigrationParams, MigrationPolicy } from '@/lib/sim/migration/types';

/**
 * What the compare page varies: one guest and one link, shared by every lane. The mode is
 * not here: the page runs each mode on the same values.
 */
export interface CompareParams {
  policy: MigrationPolicy;
  memoryMib: number;
  bandwidthMibps: number;
  dirtyRateMibps: number;
  /** Writable working set; undefined means all memory (the model's default). */
  wwsMib: number | undefined;
  /** QEMU's downtime-limit (virsh migrate-setmaxdowntime); Xen's rules ignore it. */
  downtimeLimitMs: number;
  /** QEMU auto-converge (virsh migrate --auto-converge); Xen has none. */
  autoConverge: boolean;
}

export type NumericParam = 'memoryMib' | 'bandwidthMibps' | 'dirtyRateMibps' | 'wwsMib' | 'downtimeLimitMs';

/** The URL's own spelling of each parameter, so a trainer can read and edit a shared link. */
export const QUERY_KEYS = {
  memoryMib: 'memory',
  bandwidthMibps: 'bandwidth',
  dirtyRateMibps: 'dirty',
  wwsMib: 'wws',
  downtimeLimitMs: 'limit',
} as const satisfies Record<NumericParam, string>;

export const DEFAULT_DOWNTIME_LIMIT_MS = QEMU_DEFAULTS.downtimeLimitMs;

/** The model's input for one lane. Auto-converge exists only for a live QEMU migration. */
export function toMigrationParams(p: CompareParams, mode: MigrationMode): MigrationParams {
  return {
    mode,
    policy: p.policy,
    memoryMib: p.memoryMib,
    bandwidthMibps: p.bandwidthMibps,
    dirtyRateMibps: p.dirtyRateMibps,
    wwsMib: p.wwsMib,
    downtimeLimitMs: p.downtimeLimitMs,
    autoConverge: mode === 'live' && p.policy === 'qemu' && p.autoConverge,
  };
}

export function sameParams(a: CompareParams, b: CompareParams): boolean {
  return (
    a.policy === b.policy &&
    a.memoryMib === b.memoryMib &&
    a.bandwidthMibps === b.bandwidthMibps &&
    a.dirtyRateMibps === b.dirtyRateMibps &&
    a.wwsMib === b.wwsMib &&
    a.downtimeLimitMs === b.downtimeLimitMs &&
    a.autoConverge === b.autoConverge
  );
}
