import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movesOf } from '@/lib/sim/transitions';
import { findHost } from '@/lib/sim/world';
import { advanceLab } from '../advance';
import { runLine } from '../run-line';
import { freshLab, type Lab } from '../store';
import type { StoredTransition } from '../transitions-log';

/**
 * The state diagram draws the table's moves (components/domain/diagram-model.ts), so every
 * transition the lab records — by a typed line, a button, the other end of a migration, or time
 * moving a job — must be one: same states, and the same action when one is named.
 */
const T0 = Date.UTC(2026, 0, 10, 9);

function undrawn(lab: Lab, ts: readonly StoredTransition[]) {
  return ts.filter((t) => {
    const driver = findHost(lab.world, t.host)!.driver;
    return !movesOf(driver).some(
      (m) => m.from === t.from.state && m.to === t.to.state && (t.action === null || m.action === t.action),
    );
  });
}

/** Runs lines (with time passing between them) and returns every transition recorded that the table lacks. */
function play(steps: readonly (readonly [string, string, number])[]) {
  let lab = freshLab(T0);
  let now = T0;
  for (const [host, line, wait] of steps) {
    now += wait;
    lab = advanceLab(lab, now);
    lab = runLine(lab, { host, line, now, source: 'console', background: true }).lab;
  }
  lab = advanceLab(lab, now + 3_600_000);
  return { lab, missing: undrawn(lab, lab.transitions) };
}

const names = ['web01', 'db01', 'win10', 'build01', 'pv-web', 'hvm-win', 'pv-db'];
const line = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('start', 'start --paused', 'destroy', 'suspend', 'resume', 'reboot', 'shutdown', 'managedsave'),
      fc.constantFrom(...names),
    )
    .map(([a, n]) => `virsh ${a} ${n}`),
  fc.constantFrom(...names).map((n) => `virsh save ${n} /root/${n}.sav`),
  fc.constantFrom(...names).map((n) => `virsh managedsave ${n} --paused`),
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom('', ' --paused', ' --running'))
    .map(([n, f]) => `virsh restore /root/${n}.sav${f}`),
  fc
    .tuple(
      fc.constantFrom(...names),
      fc.constantFrom('kvm1', 'kvm2'),
      fc.constantFrom(
        '--live ',
        '--live --persistent ',
        '',
        '--live --postcopy ',
        '--live --suspend ',
        '--live --timeout 2 ',
      ),
    )
    .map(([n, t, f]) => `virsh migrate ${f}${n} qemu+ssh://${t}.lab/system`),
  fc.constantFrom(
    'xm migrate --live pv-web xen2.lab',
    'xm migrate pv-db xen1.lab',
    'xm pause pv-web',
    'xl unpause pv-web',
  ),
  fc.constantFrom(...names).map((n) => `virsh domjobabort ${n}`),
  fc.constantFrom(...names).map((n) => `virsh migrate-postcopy ${n}`),
);

describe('every transition the lab makes is drawn', () => {
  it('restore of a --paused save, start --paused and a migration (both ends) are moves of the table', () => {
    const { lab, missing } = play([
      ['kvm1', 'virsh save web01 /root/w.sav --paused', 0],
      ['kvm1', 'virsh restore /root/w.sav', 1000],
      ['kvm1', 'virsh destroy web01', 1000],
      ['kvm1', 'virsh start web01 --paused', 1000],
      ['kvm1', 'virsh resume web01', 1000],
      ['kvm1', 'virsh migrate --live --persistent web01 qemu+ssh://kvm2.lab/system', 1000],
    ]);
    expect(missing).toEqual([]);
    const seen = lab.transitions.map((t) => `${t.host} ${t.action}: ${t.from.state} → ${t.to.state}`);
    expect(seen).toContain('kvm1 restore: shut off → paused');
    expect(seen).toContain('kvm1 start: shut off → paused');
    expect(seen).toContain('kvm1 migrate: running → shut off');
  });

  it('xm migrate to the same host (saved and restored in place) records no undrawn move', () => {
    const { lab, missing } = play([
      ['xen1', 'virsh start pv-db', 0],
      ['xen1', 'xm migrate pv-db xen1.lab', 1000],
    ]);
    expect(missing).toEqual([]);
    expect(lab.transitions.map((t) => `${t.host} ${t.action}: ${t.from.state} → ${t.to.state}`)).toEqual([
      'xen1 start: shut off → running',
    ]);
  });

  it('holds for any sequence of commands, migrations, cancels and time passing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('kvm1', 'kvm2', 'xen1', 'xen2'), line, fc.integer({ min: 0, max: 60_000 })), {
          maxLength: 20,
        }),
        (steps) => {
          expect(play(steps).missing).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
