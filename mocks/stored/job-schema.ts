import * as z from 'zod';
import type { CompletedJob, IncomingMigrationJob, OutgoingMigrationJob } from '@/lib/sim/types';
import { count, finite, instant, str } from './scalars';

/** A domain's job as lib/sim keeps it (DomainJob): a migration on its source, or its arrival on the target. */
const round = z.looseObject({
  round: count,
  start_s: finite,
  duration_s: finite,
  sent_mib: finite,
  phase: z.enum(['live', 'stop-copy', 'postcopy']),
});

const outgoing = z.looseObject({
  kind: z.literal('migration'),
  startedAt: instant,
  targetHost: str,
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
  wasPaused: z.boolean(),
}) satisfies z.ZodType<Pick<OutgoingMigrationJob, 'kind' | 'startedAt' | 'targetHost' | 'wasPaused'>>;

/** The definition it replaced is checked loosely: it is only put back if the migration fails. */
const incoming = z.looseObject({
  kind: z.literal('migration-in'),
  startedAt: instant,
  targetHost: str,
  source: str,
  kept: z.looseObject({ uuid: str }).nullable(),
}) satisfies z.ZodType<Pick<IncomingMigrationJob, 'kind' | 'startedAt' | 'targetHost' | 'source'>>;

export const jobSchema = z.discriminatedUnion('kind', [outgoing, incoming]);

export const completedJobSchema = z.looseObject({
  kind: z.literal('migration'),
  stats: z.union([
    z.looseObject({ result: z.literal('completed'), total_time_ms: finite, downtime_ms: finite }),
    z.looseObject({ result: z.literal('failed'), reason: str }),
    z.looseObject({ result: z.literal('canceled') }),
  ]),
}) satisfies z.ZodType<Pick<CompletedJob, 'kind'>>;
