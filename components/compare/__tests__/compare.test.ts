import { describe, expect, it } from 'vitest';
import { compareMigrations } from '../compare-model';
import { comparePresets, type ComparePresetId } from '../compare-presets';
import { matchPreset, paramsFromQuery, queryFromParams } from '../compare-query';
import fc from 'fast-check';
import { decimal, formatDuration, formatMib } from '../format';
import { guestBands } from '../lane-segments';
import { axisEndS, niceTicks } from '../timeline-scale';

const q = (s: string) => paramsFromQuery(new URLSearchParams(s));
const run = (id: ComparePresetId, over = {}) => {
  const c = compareMigrations({ ...comparePresets[id].params, ...over });
  if (!c.ok) throw new Error(c.problems.join('; '));
  return c;
};

describe('URL state', () => {
  it('a preset is the base, explicit values override it, junk falls back', () => {
    expect(q('preset=quake3')).toEqual(comparePresets.quake3.params);
    expect(q('preset=quake3&memory=128&policy=qemu&autoconverge=1')).toMatchObject({
      memoryMib: 128,
      policy: 'qemu',
      autoConverge: true,
      wwsMib: 0.81,
    });
    expect(q('preset=nope&memory=abc&policy=hyperv')).toEqual(comparePresets.specweb99.params);
    expect(q('wws=all').wwsMib).toBeUndefined();
  });

  it('every value survives the round trip, and the preset is recognised from the values', () => {
    for (const id of Object.keys(comparePresets) as ComparePresetId[]) {
      const p = comparePresets[id].params;
      expect(q(queryFromParams(p))).toEqual(p);
      expect(matchPreset(p)).toBe(id);
    }
    expect(matchPreset({ ...comparePresets.idle.params, memoryMib: 4096 })).toBeNull();
  });
});

describe('the presets teach what they say', () => {
  it.each(Object.keys(comparePresets) as ComparePresetId[])(
    '%s: live pauses the guest for less than offline does',
    (id) => {
      const c = run(id);
      expect(c.live.plan.downtime_ms).toBeLessThan(c.offline.plan.downtime_ms);
      expect(c.definition.plan).toMatchObject({ rounds: 0, transferred_mib: 0, downtime_ms: 0 });
    },
  );

  it('the database never converges under QEMU, is forced by Xen, and converges with auto-converge', () => {
    expect(run('database').live.plan).toMatchObject({ converged: false, stop_reason: 'no-convergence' });
    expect(run('database', { policy: 'xen' }).live.plan).toMatchObject({ converged: false, stop_reason: 'max-factor' });
    expect(run('database', { autoConverge: true }).live.plan).toMatchObject({
      converged: true,
      stop_reason: 'converged',
    });
  });

  it('auto-converge is dropped, not rejected, under Xen rules', () => {
    expect(run('specweb99', { autoConverge: true }).live.params.autoConverge).toBe(false);
  });

  it('impossible values come back as the model’s problem codes', () => {
    const c = compareMigrations({ ...comparePresets.idle.params, wwsMib: 4096 });
    expect(c).toEqual({ ok: false, problems: ['wws'] });
  });
});

describe('the time axis', () => {
  it('fits both runs, but cuts a never-ending one at 4 × the offline copy', () => {
    const spec = run('specweb99');
    expect(axisEndS(spec.live.plan, spec.offline.plan)).toBe(spec.live.plan.total_time_s);
    const db = run('database');
    expect(axisEndS(db.live.plan, db.offline.plan)).toBeCloseTo(4 * db.offline.plan.total_time_s);
  });

  it('ticks at 1-2-5 steps, then whole minutes', () => {
    expect(niceTicks(36.9).ticks).toEqual([0, 10, 20, 30]);
    expect(niceTicks(146).step).toBe(50);
    expect(niceTicks(700).step).toBe(120);
  });

  it('bands: running on source, paused, running on target; never-ending runs stay on the source', () => {
    const { offline, live } = run('database');
    expect(guestBands(offline.plan, 100)).toEqual({
      source: [{ from: 0, to: offline.plan.total_time_s, band: 'paused' }],
      target: [
        { from: 0, to: offline.plan.total_time_s, band: 'receiving' },
        { from: offline.plan.total_time_s, to: 100, band: 'running-target' },
      ],
    });
    expect(guestBands(live.plan, 100).source).toEqual([{ from: 0, to: 100, band: 'running-source' }]);
  });
});

describe('formatting', () => {
  it('reads as a learner would say it', () => {
    expect([0, 0.0058, 0.2115, 4.74, 30.77, 292, 7200, 365750].map(formatDuration)).toEqual([
      '0 s',
      '5.8 ms',
      '212 ms',
      '4.74 s',
      '30.8 s',
      '4 min 52 s',
      '2 h',
      '4.2 days',
    ]);
    expect([0, 5.5, 805.5, 1024, 32768].map(formatMib)).toEqual(['0 MiB', '5.5 MiB', '805.5 MiB', '1 GiB', '32 GiB']);
  });
});

describe('numbers without Intl', () => {
  const intl = (n: number, d: number) => new Intl.NumberFormat('en', { maximumFractionDigits: d }).format(n);
  it('decimal writes what Intl.NumberFormat("en") writes', () => {
    const cases = [
      0,
      1,
      1.005,
      2.675,
      0.5,
      1.5,
      2.5,
      1234.5,
      999.995,
      1e6,
      1234567.891,
      0.0001,
      1e-7,
      3e21,
      Infinity,
      Number.NaN,
      -2.5,
      0.045,
      10.05,
    ];
    for (const n of cases) for (const d of [0, 1, 2, 3]) expect(decimal(n, d), `${n} to ${d}`).toBe(intl(n, d));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (n, d) => {
        expect(decimal(n, d)).toBe(intl(n, d));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (i, f, d) => {
          const n = i / 10 ** f;
          expect(decimal(n, d)).toBe(intl(n, d));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
