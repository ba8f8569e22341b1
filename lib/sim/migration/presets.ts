import type { MigrationParams } from './types';

export interface MigrationPreset {
  label: string;
  /** Where the reference figure comes from. */
  source: string;
  /** The downtime the paper measured, ms. */
  paperDowntimeMs: number;
  params: MigrationParams;
}

/**
 * Two workloads from Clark et al., "Live Migration of Virtual Machines" (NSDI 2005),
 * calibrated under the Xen rules. In both, a small hot set (the WWS) is rewritten faster
 * than the link sends it, so pre-copy stops on the 29-iteration rule and the stop-and-copy
 * sends the WWS: downtime = WWS ÷ bandwidth, total data = memory + 29 × WWS. Bandwidth
 * and WWS were solved for the paper's downtime and its ≈1.2× / ≈1.37× total data; the
 * paper's dynamic rate limiting is not modelled. See docs/decisions/002-migration-model.md.
 */
export const migrationPresets = {
  specweb99: {
    label: 'SPECweb99 web server (800 MB)',
    source: 'Clark et al., NSDI 2005: SPECweb99 on an 800 MB guest, 210 ms downtime',
    paperDowntimeMs: 210,
    params: { mode: 'live', policy: 'xen', memoryMib: 800, bandwidthMibps: 26, dirtyRateMibps: 55, wwsMib: 5.5 },
  },
  quake3: {
    label: 'Quake 3 game server (64 MB)',
    source: 'Clark et al., NSDI 2005: Quake 3 server on a 64 MB guest, 60 ms downtime',
    paperDowntimeMs: 60,
    params: { mode: 'live', policy: 'xen', memoryMib: 64, bandwidthMibps: 13.5, dirtyRateMibps: 16, wwsMib: 0.81 },
  },
} satisfies Record<string, MigrationPreset>;

export type MigrationPresetId = keyof typeof migrationPresets;
