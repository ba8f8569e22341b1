import { migrationPresets } from '@/lib/sim/migration/presets';
import { DEFAULT_DOWNTIME_LIMIT_MS, type CompareParams } from './compare-params';

export interface ComparePreset {
  label: string;
  /** One sentence on what the learner should notice, and where the figures come from. */
  note: string;
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
    label: 'SPECweb99, 800 MB (Clark et al.)',
    note: `${migrationPresets.specweb99.source}. A small hot set is rewritten faster than the link sends it, so Xen stops after 29 live rounds.`,
    params: clark('specweb99'),
  },
  quake3: {
    label: 'Quake 3, 64 MB (Clark et al.)',
    note: `${migrationPresets.quake3.source}. Fitted like SPECweb99: the stop-and-copy sends the hot set.`,
    params: clark('quake3'),
  },
  idle: {
    label: 'Idle guest, 2 GiB',
    note: 'A guest that barely writes: one pass copies almost everything and the stop-and-copy is a few milliseconds.',
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
    label: 'Database (never converges)',
    note: 'It dirties 150 MiB/s over gigabit Ethernet: every round finds 2 GiB dirty again. QEMU never converges; turn on auto-converge, or switch to Xen rules to see a forced stop.',
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
