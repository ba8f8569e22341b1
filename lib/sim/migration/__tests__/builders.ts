import type { MigrationParams } from '../types';

/** A 1 GiB guest over 128 MiB/s: round 1 takes 8 s. */
export const qemuLive = (over: Partial<MigrationParams> = {}): MigrationParams => ({
  mode: 'live',
  policy: 'qemu',
  memoryMib: 1024,
  bandwidthMibps: 128,
  ...over,
});

export const xenLive = (over: Partial<MigrationParams> = {}): MigrationParams => qemuLive({ policy: 'xen', ...over });

/** The pre-copy geometric series: live round i sends M·(D/R)^(i-1). */
export const geometricSent = (p: MigrationParams, round: number): number =>
  p.memoryMib * ((p.dirtyRateMibps ?? 0) / p.bandwidthMibps) ** (round - 1);
