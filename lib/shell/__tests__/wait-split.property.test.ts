import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceJobs } from '../../sim/ops/migrate/advance';
import type { World } from '../../sim/types';
import { runConsoleLine } from '../console';
import { lab, NOW } from '../xen/__tests__/lab';

/** Lines run at a host's console at an offset (s) from NOW; the lab advanced to each line's time first. */
type Line = { at: number; host: string; line: string };

function play(lines: Line[]): { world: World; now: number } {
  let world = lab();
  let now = NOW;
  for (const l of [...lines].sort((a, b) => a.at - b.at)) {
    now = NOW + l.at * 1000;
    world = advanceJobs(world, now).world;
    world = runConsoleLine({ world, host: l.host, line: l.line, now }).world;
  }
  return { world, now };
}

/** Migrations that run for a while, and guests asked to power off or reboot while they do. */
const scenario = fc.record({
  xenShutdownAt: fc.integer({ min: 1, max: 40 }),
  kvmShutdownAt: fc.integer({ min: 1, max: 40 }),
  reboot: fc.boolean(),
  live: fc.boolean(),
});

const lines = (s: { xenShutdownAt: number; kvmShutdownAt: number; reboot: boolean; live: boolean }): Line[] => [
  { at: 0, host: 'xen2', line: 'xm mem-max pv-app 4096; xm mem-set pv-app 4096' },
  { at: 0, host: 'xen2', line: `xm migrate ${s.live ? '--live ' : ''}pv-app xen1 &` },
  { at: 0, host: 'kvm1', line: 'virsh migrate --live web01 qemu+ssh://kvm2/system &' },
  { at: 0, host: 'xen1', line: 'xl migrate pv-web xen2 &' },
  { at: s.xenShutdownAt, host: 'xen2', line: `xm ${s.reboot ? 'reboot' : 'shutdown'} migrating-pv-app` },
  { at: s.kvmShutdownAt, host: 'kvm1', line: `virsh ${s.reboot ? 'reboot' : 'shutdown'} web01` },
  { at: s.kvmShutdownAt, host: 'xen1', line: 'xl shutdown pv-web--migratedaway' },
];

describe('time passes in order: any split of a wait gives the same lab (decision 074)', () => {
  it('one long wait equals the same wait in pieces, whatever the migrations and guests do meanwhile', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.integer({ min: 1, max: 299 }), { maxLength: 6 }), (s, cuts) => {
        const start = play(lines(s));
        const end = start.now + 300_000;
        const once = advanceJobs(start.world, end).world;
        let pieces = start.world;
        for (const c of [...new Set(cuts)].sort((a, b) => a - b))
          pieces = advanceJobs(pieces, start.now + c * 1000).world;
        pieces = advanceJobs(pieces, end).world;
        expect(once).toEqual(pieces);
      }),
      { numRuns: 60 },
    );
  });

  it("one wait past both the guest's answer (4 s) and the migration's planned end (7 s): the guest answers first", () => {
    const src = play([
      { at: 0, host: 'xen2', line: 'xm migrate --live pv-app xen1 &' },
      { at: 1, host: 'xen2', line: 'xm shutdown migrating-pv-app' },
    ]);
    const r = advanceJobs(src.world, src.now + 60_000);
    expect(r.events.map((e) => [(e.time - NOW) / 1000, e.host, e.event, e.detail])).toEqual([
      [4, 'xen2', 'Job', 'Failed: the domain shut down'],
      [4, 'xen2', 'Stopped', 'Shutdown'],
    ]);
    expect(r.world.hosts.find((h) => h.name === 'xen1')!.domains.some((d) => d.live?.name === 'pv-app')).toBe(false);
    const steps = [1, 2, 3, 4, 5, 10, 60].reduce((w, s) => advanceJobs(w, src.now + s * 1000).world, src.world);
    expect(r.world).toEqual(steps);
  });
});
