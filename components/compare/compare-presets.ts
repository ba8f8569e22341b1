import { migrationPresets } from '@/lib/sim/migration/presets';
import { DEFAULT_DOWNTIME_LIMIT_MS, type CompareParams } from './compare-params';

/** A workload worth comparing; its name and a note on what to notice are messages (compare.preset.<id>). */
export interface ComparePreset {
  params: CompareParams;
}

const clark = (id: keyof typeof migrationPresets): CompareParams => {
  const p = migrationPresets[id].params;
  return {
    policy: p.policy,
    memoryMib: p.memoryMib,
    bandwidthMibps: p.bandwidthMibps,
    dirtyRateMibps: p.dirtyRateMibps,
    wwsMib: p.wwsMib,
    downtimeLimitMs: DEFAULT_DOWNTIME_LIMIT_MS,
    autoConverge: false,
  };
};

/** 112 MiB/s: what a migration stream gets over gigabit Ethernet. */
const GIGABIT_MIBPS = 112;

export const comparePresets = {
  specweb99: {
    params: clark('specweb99'),
  },
  quake3: {
    params: clark('quake3'),
  },
  idle: {
    params: {
      policy: 'qemu',
      memoryMib: 2048,
      bandwidthMibps: GIGABIT_MIBPS,
      dirtyRateMibps: 2,
      wwsMib: 256,
      downtimeLimitMs: DEFAULT_DOWNTIME_LIMIT_MS,
      autoConverge: false,
    },
  },
  database: {
    params: {
      policy: 'qemu',
      memoryMib: 4096,
      bandwidthMibps: GIGABIT_MIBPS,
      dirtyRateMibps: 150,
      wwsMib: 2048,
      downtimeLimitMs: DEFAULT_DOWNTIME_LIMIT_MS,
      autoConverge: false,
    },
  },
} satisfies Record<string, ComparePreset>;

export type ComparePresetId = keyof typeof comparePresets;
export const DEFAULT_PRESET: ComparePresetId = 'specweb99';

export const isPresetId = (id: string | null): id is ComparePresetId =>
  id !== null && Object.hasOwn(comparePresets, id);
