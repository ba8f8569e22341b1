import { describe, expect, it } from 'vitest';
import { initialThrottle, throttleAfterSync } from '../auto-converge';

const tuning = { cpuThrottleInitial: 20, cpuThrottleIncrement: 10 };

describe('QEMU auto-converge trigger', () => {
  it('evaluates only once more than 1 s has passed, over everything sent and dirtied since', () => {
    let s = throttleAfterSync(initialThrottle(), 0.5, 100, 80, tuning);
    expect(s).toMatchObject({ periodStartS: 0, periodSentMib: 100, periodDirtiedMib: 80, highPeriods: 0 });
    s = throttleAfterSync(s, 1.2, 100, 80, tuning);
    expect(s).toMatchObject({ periodStartS: 1.2, periodSentMib: 0, highPeriods: 1, pct: 0 });
  });

  it('steps on the second high period and resets the count; a low period does not reset it', () => {
    let s = throttleAfterSync(initialThrottle(), 2, 100, 51, tuning);
    s = throttleAfterSync(s, 4, 100, 50, tuning); // exactly 50 %: not high
    expect(s).toMatchObject({ highPeriods: 1, pct: 0 });
    s = throttleAfterSync(s, 6, 100, 90, tuning);
    expect(s).toMatchObject({ highPeriods: 0, pct: 20 });
    s = throttleAfterSync(throttleAfterSync(s, 8, 1, 1, tuning), 10, 1, 1, tuning);
    expect(s.pct).toBe(30);
  });

  it('never passes 99 %', () => {
    let s = { ...initialThrottle(), pct: 95 };
    s = throttleAfterSync(throttleAfterSync(s, 2, 1, 1, tuning), 4, 1, 1, tuning);
    expect(s.pct).toBe(99);
  });
});
