import { describe, expect, it } from 'vitest';
import { labWorld } from '../../../sim/worlds/lab';
import { runConsoleLine } from '../../console';

const T0 = 1_700_000_000_000;

describe('xl list on the target of a Xen migration under way', () => {
  it('shows the arriving guest as <name>--incoming, paused, with the next domid; then the guest itself', () => {
    const started = runConsoleLine({
      world: labWorld(),
      host: 'xen2',
      line: 'xm migrate -l pv-app xen1',
      now: T0,
      background: true,
    });
    expect(started.status).toBe(0);
    const during = runConsoleLine({ world: started.world, host: 'xen1', line: 'xl list', now: T0 + 2000 });
    expect(during.stdout).toContain(
      'pv-app--incoming                             3   512     1     --p---       0.0\n',
    );
    expect(during.stdout).not.toMatch(/^pv-app /m);
    const after = runConsoleLine({ world: during.world, host: 'xen1', line: 'xl list', now: T0 + 30_000 });
    expect(after.stdout).not.toContain('--incoming');
    expect(after.stdout).toMatch(/^pv-app +3 +512 +1 +r-----/m);
  });
});
