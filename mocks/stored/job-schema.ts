import { z } from 'zod';
import { count, finite, instant, str } from './scalars';

/** A running migration as lib/sim/ops/migrate.ts keeps it in DomainJob.options (MigrationJob). */
const round = z.looseObject({
  round: count,
  start_s: finite,
  duration_s: finite,
  sent_mib: finite,
  phase: z.enum(['live', 'stop-copy', 'postcopy']),
});
const migration = z.looseObject({
  request: z.looseObject({ uuid: str, target: str, source: str, live: z.boolean() }),
  params: z.looseObject({
    mode: z.enum(['live', 'offline', 'definition-only']),
    policy: z.enum(['qemu', 'xen']),
    memoryMib: finite.min(0),
    bandwidthMibps: finite.min(0),
  }),
  plan: z.looseObject({
    total_time_s: finite.min(0),
    downtime_ms: finite.min(0),
    rounds: count,
    transferred_mib: finite.min(0),
    converged: z.boolean(),
    stop_reason: str,
    round_log: z.array(round),
  }),
  startedAt: instant,
  wasPaused: z.boolean(),
});

const jobBase = { startedAt: instant, targetHost: str };
export const migrationJobSchema = z.looseObject({ kind: z.literal('migration'), ...jobBase, options: migration });
/** The destination's side: where it comes from, and the definition it replaced (checked loosely). */
export const incomingJobSchema = z.looseObject({
  kind: z.literal('migration-in'),
  ...jobBase,
  options: z.looseObject({ source: str, kept: z.looseObject({ uuid: str }).nullable() }),
});
