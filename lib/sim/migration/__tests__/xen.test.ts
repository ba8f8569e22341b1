import { describe, expect, it } from 'vitest';
import { simulateMigration } from '../model';
import { qemuLive, xenLive } from './builders';

describe('Xen stop rules (xc_domain_save)', () => {
  it('min-dirty-pages: an idle guest sends everything, then an empty round, then stops', () => {
    const plan = simulateMigration(xenLive());
    expect(plan.round_log.map((r) => r.sent_mib)).toEqual([1024, 0, 0]);
    expect(plan).toMatchObject({ converged: true, stop_reason: 'converged', downtime_ms: 0 });
  });

  it('min-dirty-pages counts pages, so the page size matters', () => {
    // 0.5 MiB a round: 128 pages of 4 KiB (go on), 32 pages of 16 KiB (stop).
    const base = { wwsMib: 0.5, dirtyRateMibps: 1000 };
    expect(simulateMigration(xenLive({ ...base, pageSize: 4096 })).stop_reason).toBe('max-iterations');
    expect(simulateMigration(xenLive({ ...base, pageSize: 16384 })).stop_reason).toBe('converged');
  });

  it('max-iterations: a hot 10 MiB set keeps every round at 10 MiB; 29 live rounds, then stop-and-copy', () => {
    const plan = simulateMigration(xenLive({ dirtyRateMibps: 256, wwsMib: 10 }));
    expect(plan).toMatchObject({ rounds: 30, stop_reason: 'max-iterations', converged: false });
    expect(plan.transferred_mib).toBeCloseTo(1024 + 29 * 10, 9);
    expect(plan.downtime_ms).toBeCloseTo((10 / 128) * 1000, 9);
  });

  it('--max-iterations moves that limit', () => {
    const plan = simulateMigration(xenLive({ dirtyRateMibps: 256, wwsMib: 10, maxIterations: 5 }));
    expect(plan).toMatchObject({ rounds: 6, stop_reason: 'max-iterations' });
  });

  it('max-factor: resending all memory every round passes 3 × memory after round 4', () => {
    const plan = simulateMigration(xenLive({ dirtyRateMibps: 256 }));
    expect(plan).toMatchObject({ rounds: 5, stop_reason: 'max-factor', converged: false, transferred_mib: 5 * 1024 });
    expect(plan.downtime_ms).toBe(8000);
  });

  it('--max-factor 1.5 stops after round 2', () => {
    expect(simulateMigration(xenLive({ dirtyRateMibps: 256, maxFactor: 1.5 })).rounds).toBe(3);
  });
});

describe('the writable working set caps what a round can dirty', () => {
  it('qemu: 32 MiB WWS under a 1 GiB/s dirty rate still converges, downtime = WWS ÷ bandwidth', () => {
    const plan = simulateMigration(qemuLive({ dirtyRateMibps: 1024, wwsMib: 32 }));
    expect(plan.round_log[0].dirtied_mib).toBe(32);
    expect(plan).toMatchObject({ rounds: 2, downtime_ms: 250, converged: true });
  });

  it('xen: downtime never exceeds WWS ÷ bandwidth', () => {
    const plan = simulateMigration(xenLive({ dirtyRateMibps: 5000, wwsMib: 50 }));
    expect(plan.round_log.every((r) => r.dirtied_mib <= 50)).toBe(true);
    expect(plan.downtime_ms).toBeCloseTo((50 / 128) * 1000, 9);
  });
});
