import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessons } from '@/lib/lessons/registry';
import { replayLesson } from '@/lib/lessons/replay';
import { testDefaultWorld } from '@/lib/sim/worlds/test-default';
import { advanceLab } from '../advance';
import { runLine } from '../run-line';
import { freshLab, type Lab } from '../store';
import { storedLabSchema, storedProblem } from '../stored/lab-schema';

/** The schema must accept every lab the app itself can make, or a learner's own lab would be "damaged". */
const T0 = Date.UTC(2026, 0, 10, 9);
const check = (lab: Lab, now: number) => {
  const r = storedLabSchema.safeParse(JSON.parse(JSON.stringify({ version: 1, savedAt: now, lab })));
  return r.success ? 'ok' : storedProblem(r.error);
};

const hosts = ['kvm1', 'kvm2', 'xen1', 'xen2'];
const names = ['web01', 'db01', 'win10', 'build01', 'pv-web', 'hvm-win', 'pv-db', 'nosuch'];
const line = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('start', 'destroy', 'suspend', 'resume', 'reboot', 'shutdown', 'managedsave', 'undefine'),
      fc.constantFrom(...names),
    )
    .map(([a, n]) => `virsh ${a} ${n}`),
  fc.constantFrom(...names).map((n) => `virsh save ${n} /root/${n}.sav --paused`),
  fc.constantFrom(...names).map((n) => `virsh restore /root/${n}.sav`),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom('512M', '2G', '9G')).map(([n, s]) => `virsh setmem ${n} ${s}`),
  fc
    .tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: 6 }))
    .map(([n, c]) => `virsh setvcpus ${n} ${c} --config`),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom('0', '1-3', 'r')).map(([n, l]) => `virsh vcpupin ${n} 0 ${l}`),
  fc
    .tuple(
      fc.constantFrom(...names),
      fc.constantFrom('kvm1', 'kvm2'),
      fc.constantFrom('--live ', '--offline --persistent ', ''),
    )
    .map(([n, t, f]) => `virsh migrate ${f}${n} qemu+ssh://${t}.lab/system`),
  fc.constantFrom(
    'xm migrate --live pv-web xen2.lab',
    'xm migrate pv-db xen1.lab',
    'virsh snapshot-create-as web01 s1',
  ),
  fc.constantFrom('virsh domjobabort web01', 'echo hi > /root/a.txt', 'virsh define /root/a.txt'),
);

describe('the stored-lab schema', () => {
  it('accepts the built-in lab, the test driver and every lesson before and after its solution', () => {
    expect(check(freshLab(T0), T0)).toBe('ok');
    expect(check(freshLab(T0, testDefaultWorld()), T0)).toBe('ok');
    for (const l of lessons) {
      expect(check(freshLab(T0, l.world()), T0), l.id).toBe('ok');
      expect(check({ ...freshLab(T0), world: replayLesson(l).world }, T0), l.id).toBe('ok');
    }
  });

  it("keeps a Japanese console's lines and `set -o vi`; a language it does not know is damage", async () => {
    const { virshForEnv } = await import('@/lib/shell/l10n/ja');
    let lab = freshLab(T0);
    for (const l of ['virsh list --all | grep 実行中', 'set -o vi'])
      lab = runLine(lab, { host: 'kvm1', line: l, now: T0, source: 'console', lang: 'ja', l10n: virshForEnv }).lab;
    expect(lab.journal.map((t) => [t.lang, t.editing])).toEqual([
      ['ja', undefined],
      ['ja', 'vi'],
    ]);
    expect(check(lab, T0)).toBe('ok');
    const french = { ...lab, journal: lab.journal.map((t) => ({ ...t, lang: 'fr' as 'ja' })) };
    expect(check(french, T0)).not.toBe('ok');
  });

  it("keeps a line's order of stdout and stderr; runs that do not cover the texts are damage", () => {
    const lab = runLine(freshLab(T0), {
      host: 'kvm1',
      line: 'virsh domstate web01; virsh domstate nosuch; virsh domstate web01',
      now: T0,
      source: 'console',
    }).lab;
    const t = lab.journal.at(-1)!;
    expect(t.order).toEqual([
      [1, 'running\n\n'.length],
      [2, "error: failed to get domain 'nosuch'\n".length],
      // virsh ends a failed command with its blank line too, on stdout after the error.
      [1, '\nrunning\n\n'.length],
    ]);
    expect(check(lab, T0)).toBe('ok');
    const short = { ...lab, journal: [{ ...t, order: [[1, 3] as [1, number]] }] };
    expect(check(short, T0)).not.toBe('ok');
  });

  it('accepts the lab after any sequence of commands, migrations and time passing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...hosts), line, fc.integer({ min: 0, max: 90_000 })), { maxLength: 25 }),
        (steps) => {
          let lab = freshLab(T0);
          let now = T0;
          for (const [host, text, wait] of steps) {
            now += wait;
            lab = advanceLab(lab, now);
            lab = runLine(lab, { host, line: text, now, source: 'console', background: true }).lab;
            expect(check(lab, now), text).toBe('ok');
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
