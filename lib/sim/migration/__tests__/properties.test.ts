import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateMigration } from '../model';
import { progressAt } from '../progress';
import type { MigrationParams } from '../types';

const EPS = 1e-9;

const paramsArb: fc.Arbitrary<MigrationParams> = fc
  .record({
    mode: fc.constantFrom('live', 'offline'),
    policy: fc.constantFrom('qemu', 'xen'),
    memoryMib: fc.double({ min: 1, max: 65536, noNaN: true }),
    bandwidthMibps: fc.double({ min: 1, max: 10000, noNaN: true }),
    dirtyRateMibps: fc.double({ min: 0, max: 20000, noNaN: true }),
    wwsShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    downtimeLimitMs: fc.integer({ min: 0, max: 2000 }),
    autoConverge: fc.boolean(),
    timeoutS: fc.option(fc.double({ min: 0.1, max: 5000, noNaN: true })),
    postcopy: fc.boolean(),
  })
  .map(({ wwsShare, timeoutS, ...p }): MigrationParams => {
    const live = p.mode === 'live';
    const qemu = p.policy === 'qemu';
    return {
      ...p,
      mode: p.mode as MigrationParams['mode'],
      policy: p.policy as MigrationParams['policy'],
      wwsMib: wwsShare === null ? undefined : wwsShare * p.memoryMib,
      timeoutS: live && timeoutS !== null ? timeoutS : undefined,
      autoConverge: live && qemu && p.autoConverge,
      postcopy: live && qemu && p.postcopy,
    };
  });

describe('migration model invariants', () => {
  it('holds for any live or offline migration', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const plan = simulateMigration(params);
        expect(plan.transferred_mib).toBeGreaterThanOrEqual(params.memoryMib * (1 - EPS));
        expect(plan.downtime_ms).toBeLessThanOrEqual(plan.total_time_s * 1000 * (1 + EPS));
        expect(plan.downtime_ms).toBeGreaterThanOrEqual(0);
        expect(plan.rounds).toBe(plan.round_log.length);
        plan.round_log.forEach((r, i) => {
          expect(r.round).toBe(i + 1);
          expect(r.duration_s).toBeGreaterThanOrEqual(0);
          const prev = plan.round_log[i - 1];
          if (prev) expect(r.start_s).toBeGreaterThanOrEqual(prev.start_s + prev.duration_s - EPS * r.start_s);
        });
        expect(plan.converged).toBe(plan.stop_reason === 'converged' || plan.stop_reason === 'offline');
        // The guest is paused at most once, inside the job.
        if (plan.paused_at_s !== null) expect(plan.paused_at_s).toBeLessThanOrEqual(plan.resumed_at_s ?? Infinity);
      }),
      { numRuns: 200 },
    );
  });

  it('progress is monotonic and ends at the plan’s figures', () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        (params, fractions) => {
          const plan = simulateMigration(params);
          const instants = [...fractions.map((f) => f * plan.total_time_s), plan.total_time_s].sort((a, b) => a - b);
          const figures = instants.map((s) => progressAt(plan, params, s));
          figures.slice(1).forEach((p, i) => {
            expect(p.memory_processed).toBeGreaterThanOrEqual(figures[i].memory_processed);
            expect(p.memory_iteration).toBeGreaterThanOrEqual(figures[i].memory_iteration);
          });
          const end = figures[figures.length - 1];
          expect(end.memory_processed).toBe(Math.round(plan.transferred_mib * 1024 * 1024));
          expect(end.done).toBe(plan.stop_reason !== 'no-convergence');
        },
      ),
      { numRuns: 100 },
    );
  });
});
