import { describe, expect, it } from 'vitest';
import { simulateMigration } from '../model';
import { geometricSent, qemuLive, xenLive } from './builders';

describe('pre-copy follows the geometric series when nothing caps it', () => {
  it.each([
    ['qemu', qemuLive({ dirtyRateMibps: 32 })],
    ['xen', xenLive({ dirtyRateMibps: 32 })],
  ])('%s: round i sends M(D/R)^(i-1) and dirties D × that / R', (_policy, params) => {
    const plan = simulateMigration(params);
    const live = plan.round_log.filter((r) => r.phase === 'live');
    expect(live.length).toBeGreaterThan(2);
    live.forEach((r, i) => {
      const sent = geometricSent(params, i + 1);
      expect(r.sent_mib).toBeCloseTo(sent, 9);
      expect(r.duration_s).toBeCloseTo(sent / 128, 9);
      expect(r.dirtied_mib).toBeCloseTo((32 * sent) / 128, 9);
    });
  });

  it('qemu: 1 GiB, 128 MiB/s, 32 MiB/s dirty stops after round 3 (16 MiB pending = 125 ms ≤ 300 ms)', () => {
    const plan = simulateMigration(qemuLive({ dirtyRateMibps: 32 }));
    expect(plan.rounds).toBe(4);
    expect(plan.round_log.map((r) => r.sent_mib)).toEqual([1024, 256, 64, 16]);
    expect(plan.round_log[3].phase).toBe('stop-copy');
    expect(plan.downtime_ms).toBeCloseTo(125, 9);
    expect(plan.total_time_s).toBeCloseTo((1024 + 256 + 64 + 16) / 128, 9);
    expect(plan).toMatchObject({ converged: true, stop_reason: 'converged', transferred_mib: 1360 });
  });

  it('xen: the same guest stops after round 8, the first to send fewer than 50 pages (16 pages)', () => {
    const plan = simulateMigration(xenLive({ dirtyRateMibps: 32 }));
    // Round 7 sends 1024/4^6 MiB = 64 pages, round 8 sends 16 pages.
    expect(plan.rounds).toBe(9);
    expect(plan.round_log[7].sent_mib * 256).toBeCloseTo(16, 9);
    expect(plan.round_log[8]).toMatchObject({ phase: 'stop-copy', sent_mib: 1024 / 4 ** 8 });
    expect(plan).toMatchObject({ converged: true, stop_reason: 'converged' });
  });
});
