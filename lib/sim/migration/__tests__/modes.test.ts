import { describe, expect, it } from 'vitest';
import { checkMigrationParams } from '../params';
import { simulateMigration } from '../model';
import { qemuLive, xenLive } from './builders';

describe('offline, definition-only and timeout', () => {
  it.each(['qemu', 'xen'] as const)('%s offline: one paused copy of all memory, downtime = M/R', (policy) => {
    const plan = simulateMigration(qemuLive({ mode: 'offline', policy, dirtyRateMibps: 500 }));
    expect(plan).toMatchObject({
      rounds: 1,
      transferred_mib: 1024,
      total_time_s: 8,
      downtime_ms: 8000,
      converged: true,
      stop_reason: 'offline',
      paused_at_s: 0,
      resumed_at_s: 8,
    });
    expect(plan.round_log[0]).toMatchObject({ phase: 'stop-copy', dirtied_mib: 0 });
  });

  it("libvirt's --offline copies nothing and never touches the running guest", () => {
    const plan = simulateMigration(qemuLive({ mode: 'definition-only', dirtyRateMibps: 500 }));
    expect(plan).toEqual({
      total_time_s: 0,
      downtime_ms: 0,
      rounds: 0,
      transferred_mib: 0,
      converged: true,
      stop_reason: 'definition-only',
      round_log: [],
      paused_at_s: null,
      resumed_at_s: null,
    });
  });

  it('--timeout suspends the guest mid-round: it stops dirtying, then the stop-and-copy follows', () => {
    // Rounds of 8 s each resend all memory; the timeout falls in round 3 (16–24 s).
    const plan = simulateMigration(qemuLive({ dirtyRateMibps: 128, timeoutS: 20 }));
    expect(plan.round_log.map((r) => r.phase)).toEqual(['live', 'live', 'live', 'stop-copy']);
    expect(plan.round_log[2].dirtied_mib).toBe(128 * 4);
    expect(plan).toMatchObject({ stop_reason: 'timeout', converged: false, paused_at_s: 20, total_time_s: 28 });
    expect(plan.downtime_ms).toBe(8000);
  });

  it('--timeout on a round boundary makes the next round the stop-and-copy', () => {
    const plan = simulateMigration(xenLive({ dirtyRateMibps: 256, timeoutS: 16 }));
    expect(plan.round_log.map((r) => r.phase)).toEqual(['live', 'live', 'stop-copy']);
    expect(plan).toMatchObject({ paused_at_s: 16, downtime_ms: 8000, stop_reason: 'timeout' });
  });

  it('reports every problem with the parameters, and simulateMigration refuses them', () => {
    const bad = xenLive({ memoryMib: -1, autoConverge: true, wwsMib: 5 });
    expect(checkMigrationParams(bad)).toEqual([
      'memory must be a positive number of MiB',
      'the writable working set must be between 0 and the memory size',
      "auto-converge is a QEMU feature; Xen's xc_domain_save has none",
    ]);
    expect(() => simulateMigration(bad)).toThrow(RangeError);
    expect(checkMigrationParams(qemuLive({ mode: 'offline', timeoutS: 5 }))).toEqual([
      'a timeout applies only to a live migration (virsh migrate --live --timeout)',
    ]);
  });
});
