import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';

describe('normalise: what the wall clock puts in an output', () => {
  it('the time in a screenshot file named by virsh, so a second turning between the two runs is no divergence', () => {
    const at = (t: string) => normalise(`Screenshot saved to test-2026-12-06-${t}.png, with type of image/png\n`, '/w');
    expect(at('20:56:25')).toBe(at('20:56:26'));
    expect(at('20:56:25')).toBe('Screenshot saved to test-<screenshot-time>.png, with type of image/png\n');
  });
  it('keeps a name the learner gave', () => {
    const line = 'Screenshot saved to a-2026-12-06.png, with type of image/png\n';
    expect(normalise(line, '/w')).toBe(line);
  });
});
