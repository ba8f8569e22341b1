import { describe, expect, it } from 'vitest';
import { simulateMigration } from '../model';
import { migrationPresets } from '../presets';

describe('Clark et al. (NSDI 2005) presets under the Xen rules', () => {
  it.each(Object.entries(migrationPresets))("%s lands within ±25 % of the paper's downtime", (_id, preset) => {
    expect(preset.params.policy).toBe('xen');
    const plan = simulateMigration(preset.params);
    expect(plan.downtime_ms).toBeGreaterThanOrEqual(preset.paperDowntimeMs * 0.75);
    expect(plan.downtime_ms).toBeLessThanOrEqual(preset.paperDowntimeMs * 1.25);
  });

  it('SPECweb99 sends about 1.2 × its memory, Quake 3 about 1.37 ×', () => {
    const ratio = (p: (typeof migrationPresets)[keyof typeof migrationPresets]) =>
      simulateMigration(p.params).transferred_mib / p.params.memoryMib;
    expect(ratio(migrationPresets.specweb99)).toBeCloseTo(1.2, 1);
    expect(ratio(migrationPresets.quake3)).toBeCloseTo(1.37, 1);
  });
});
