import { describe, expect, it } from 'vitest';
import { SIMULATION_CAP } from '../defaults';
import { simulateMigration } from '../model';
import { qemuLive } from './builders';

describe('QEMU stop rule: pending ÷ bandwidth ≤ downtime-limit', () => {
  // D/R = 1/4: pending after round 2 is 64 MiB = 500 ms at 128 MiB/s.
  it('converges exactly at the round whose pending fits the limit', () => {
    expect(simulateMigration(qemuLive({ dirtyRateMibps: 32, downtimeLimitMs: 500 })).rounds).toBe(3);
    expect(simulateMigration(qemuLive({ dirtyRateMibps: 32, downtimeLimitMs: 499 })).rounds).toBe(4);
  });

  it('with an idle guest converges after one pass and a zero-length stop-and-copy', () => {
    const plan = simulateMigration(qemuLive());
    expect(plan).toMatchObject({ rounds: 2, downtime_ms: 0, transferred_mib: 1024, converged: true });
  });

  it.each([128, 256])('never converges when the dirty rate (%d MiB/s) reaches the bandwidth', (dirty) => {
    const plan = simulateMigration(qemuLive({ dirtyRateMibps: dirty }));
    expect(plan).toMatchObject({ converged: false, stop_reason: 'no-convergence', downtime_ms: 0, paused_at_s: null });
    expect(plan.rounds).toBe(SIMULATION_CAP.rounds);
    expect(plan.round_log.every((r) => r.phase === 'live' && r.sent_mib === 1024)).toBe(true);
  });

  it('stops at the simulated-time cap when rounds are long (64 GiB at 128 MiB/s: 512 s a round)', () => {
    const plan = simulateMigration(qemuLive({ memoryMib: 65536, dirtyRateMibps: 200 }));
    expect(plan.stop_reason).toBe('no-convergence');
    expect(plan.total_time_s).toBeGreaterThanOrEqual(SIMULATION_CAP.seconds);
    expect(plan.total_time_s - 512).toBeLessThan(SIMULATION_CAP.seconds);
  });

  it('auto-converge throttles 20 %, then +10 % every second high period, until it converges', () => {
    const plan = simulateMigration(qemuLive({ dirtyRateMibps: 256, autoConverge: true }));
    expect(plan).toMatchObject({ converged: true, stop_reason: 'converged' });
    const throttle = plan.round_log.filter((r) => r.phase === 'live').map((r) => r.throttle_pct);
    expect(throttle.slice(0, 7)).toEqual([0, 0, 20, 20, 30, 30, 40]);
    // Converging needs the effective dirty rate, 256 × (1 − t), well under 128.
    expect(throttle[throttle.length - 1]).toBeGreaterThan(50);
    expect(plan.downtime_ms).toBeLessThanOrEqual(300);
  });

  it('auto-converge honours --auto-converge-initial and -increment, and stops at 99 %', () => {
    const plan = simulateMigration(
      qemuLive({
        dirtyRateMibps: 100_000,
        autoConverge: true,
        cpuThrottleInitial: 50,
        cpuThrottleIncrement: 30,
      }),
    );
    const throttle = plan.round_log.filter((r) => r.phase === 'live').map((r) => r.throttle_pct);
    expect([...new Set(throttle)]).toEqual([0, 50, 80, 99]);
  });

  it('post-copy after the first pass: the pages dirtied in round 1 follow the guest, no downtime for RAM', () => {
    const plan = simulateMigration(qemuLive({ dirtyRateMibps: 256, postcopy: true }));
    expect(plan.round_log.map((r) => r.phase)).toEqual(['live', 'postcopy']);
    expect(plan).toMatchObject({
      rounds: 2,
      transferred_mib: 2048,
      total_time_s: 16,
      downtime_ms: 0,
      stop_reason: 'postcopy',
      converged: false,
    });
  });

  it('post-copy is not needed when pre-copy converges after round 1', () => {
    const plan = simulateMigration(qemuLive({ dirtyRateMibps: 4, postcopy: true }));
    expect(plan.stop_reason).toBe('converged');
    expect(plan.round_log[1].phase).toBe('stop-copy');
  });
});
