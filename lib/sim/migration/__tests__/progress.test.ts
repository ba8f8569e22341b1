import { describe, expect, it } from 'vitest';
import { simulateMigration } from '../model';
import { progressAt } from '../progress';
import { qemuLive, xenLive } from './builders';

const MiB = 1024 * 1024;
const at = (params: Parameters<typeof simulateMigration>[0], s: number) =>
  progressAt(simulateMigration(params), params, s);

describe('progressAt: what virsh domjobinfo shows at a simulated instant', () => {
  // 1 GiB, 128 MiB/s, 32 MiB/s dirty: rounds of 1024, 256, 64 MiB live, then 16 MiB stopped (8, 2, 0.5, 0.125 s).
  const params = qemuLive({ dirtyRateMibps: 32 });

  it('half-way through round 1: half the memory processed, the downtime limit as the estimate', () => {
    expect(at(params, 4)).toMatchObject({
      time_elapsed: 4000,
      memory_total: 1024 * MiB,
      memory_processed: 512 * MiB,
      memory_remaining: 512 * MiB,
      data_processed: 512 * MiB,
      data_remaining: 512 * MiB,
      data_total: 1024 * MiB,
      memory_bps: 128 * MiB,
      memory_dirty_rate: 0,
      memory_page_size: 4096,
      memory_iteration: 1,
      downtime: 300,
      paused: false,
      done: false,
      phase: 'live',
    });
  });

  it('in round 2: the dirty rate measured over round 1 and the estimate from what it found dirty', () => {
    expect(at(params, 9)).toMatchObject({
      memory_processed: (1024 + 128) * MiB,
      memory_remaining: 128 * MiB,
      memory_iteration: 2,
      memory_dirty_rate: (32 * MiB) / 4096,
      downtime: 2000,
      paused: false,
    });
  });

  it('in the stop-and-copy: paused, and the estimate is the actual downtime', () => {
    expect(at(params, 10.55)).toMatchObject({
      paused: true,
      phase: 'stop-copy',
      memory_iteration: 4,
      downtime: 125,
      done: false,
    });
  });

  it('after the end: done, everything processed, the total downtime', () => {
    const p = at(params, 1e6);
    expect(p).toMatchObject({
      done: true,
      paused: false,
      phase: 'completed',
      memory_remaining: 0,
      downtime: 125,
      time_elapsed: 10625,
    });
    expect(p.memory_processed).toBe(1360 * MiB);
  });

  it('xen estimates round 1 as a stop-and-copy of all memory', () => {
    expect(at(xenLive({ dirtyRateMibps: 32 }), 1).downtime).toBe(8000);
  });

  it('offline: paused from the start, downtime M/R', () => {
    expect(at(qemuLive({ mode: 'offline' }), 2)).toMatchObject({
      paused: true,
      downtime: 8000,
      memory_processed: 256 * MiB,
      done: false,
    });
  });

  it('definition-only: done at once with nothing to move', () => {
    expect(at(qemuLive({ mode: 'definition-only' }), 0)).toMatchObject({
      done: true,
      paused: false,
      memory_total: 0,
      memory_bps: 0,
      memory_iteration: 0,
    });
  });

  it('a run cut at the simulation cap is never done and shows the next round pending', () => {
    const p = at(qemuLive({ dirtyRateMibps: 256 }), 1e9);
    expect(p).toMatchObject({ done: false, phase: 'unfinished', memory_remaining: 1024 * MiB });
  });
});
