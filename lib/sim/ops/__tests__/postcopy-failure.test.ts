import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../../../shell/console';
import type { World } from '../../types';
import { domainByName, findHost } from '../../world';
import { labWorld } from '../../worlds/lab';
import { migrationCutLink } from '../network';

const T0 = 1_700_000_000_000;
const at = (s: number) => T0 + s * 1000;
const state = (w: World, host: string) => {
  const d = domainByName(findHost(w, host)!, 'db01');
  return d && `${d.state} (${d.reason})`;
};
const line = (world: World, host: string, l: string, s: number, background = false) =>
  runConsoleLine({ world, host, line: l, now: at(s), background });

/** db01 (8 GiB) migrates kvm1 → kvm2 with post-copy after the first pass (about 70 s at 117 MiB/s). */
function switchedOver() {
  let w = line(labWorld(), 'kvm1', 'virsh migrate --live --postcopy --postcopy-after-precopy db01 kvm2', 0, true).world;
  w = line(w, 'kvm1', 'true', 75).world;
  expect([state(w, 'kvm1'), state(w, 'kvm2')]).toEqual(['paused (post-copy)', 'running (post-copy)']);
  return w;
}

describe('a post-copy migration that loses its link', () => {
  it('before the switch-over the migration fails and the guest runs on at its source', () => {
    let w = line(labWorld(), 'kvm1', 'virsh migrate --live --postcopy db01 kvm2', 0, true).world;
    const cut = migrationCutLink(
      { world: w, host: 'kvm1', now: at(10) },
      domainByName(findHost(w, 'kvm1')!, 'db01')!.uuid,
    );
    expect(cut.ok).toBe(true);
    if (cut.ok) w = cut.value.world;
    expect([state(w, 'kvm1'), state(w, 'kvm2')]).toEqual(['running (booted)', undefined]);
  });

  it('after it: paused (post-copy failed) on both hosts, the job kept, until --postcopy-resume finishes it', () => {
    let w = switchedOver();
    const uuid = domainByName(findHost(w, 'kvm1')!, 'db01')!.uuid;
    const cut = migrationCutLink({ world: w, host: 'kvm1', now: at(76) }, uuid);
    if (!cut.ok) throw new Error(cut.error.message);
    w = cut.value.world;
    expect([state(w, 'kvm1'), state(w, 'kvm2')]).toEqual(['paused (post-copy failed)', 'paused (post-copy failed)']);
    expect(w.events.slice(-2).map((e) => `${e.host} ${e.event} ${e.detail}`)).toEqual([
      'kvm1 Suspended Post-copy Error',
      'kvm2 Suspended Post-copy Error',
    ]);
    // Time passes: nothing moves while the migration stands failed.
    w = line(w, 'kvm1', 'true', 300).world;
    expect([state(w, 'kvm1'), state(w, 'kvm2')]).toEqual(['paused (post-copy failed)', 'paused (post-copy failed)']);
    const reasonText = line(w, 'kvm2', 'virsh domstate db01 --reason', 301);
    expect(reasonText.stdout).toBe('paused (post-copy failed)\n\n');
    const resumed = line(
      w,
      'kvm1',
      'virsh migrate --live --postcopy --postcopy-resume db01 qemu+ssh://kvm2.lab/system',
      302,
    );
    expect(resumed.stderr).toBe('');
    expect([state(resumed.world, 'kvm1'), state(resumed.world, 'kvm2')]).toEqual([
      'shut off (migrated)',
      'running (migrated)',
    ]);
  });

  it("--postcopy-resume of a migration that has not failed is refused in libvirt's words", () => {
    const w = switchedOver();
    const r = line(w, 'kvm1', 'virsh migrate --live --postcopy --postcopy-resume db01 qemu+ssh://kvm2.lab/system', 76);
    expect(r.stderr).toBe(
      'error: Requested operation is not valid: post-copy migration of domain db01 has not failed\n',
    );
    const idle = line(
      labWorld(),
      'kvm1',
      'virsh migrate --live --postcopy --postcopy-resume web01 qemu+ssh://kvm2.lab/system',
      1,
    );
    expect(idle.stderr).toBe(
      'error: Requested operation is not valid: migration of domain web01 is not in post-copy phase\n',
    );
  });
});

describe('a failed post-copy job, as domjobinfo and the UI read it', () => {
  it('stands still where the link broke and has no end of its own', async () => {
    const { migrationEndsAt, migrationProgress } = await import('../migrate/advance');
    let w = switchedOver();
    const uuid = domainByName(findHost(w, 'kvm1')!, 'db01')!.uuid;
    const cut = migrationCutLink({ world: w, host: 'kvm1', now: at(76) }, uuid);
    if (!cut.ok) throw new Error(cut.error.message);
    w = cut.value.world;
    const d = domainByName(findHost(w, 'kvm1')!, 'db01')!;
    expect(migrationEndsAt(d)).toBeNull();
    expect(migrationProgress(d, at(500))).toEqual(migrationProgress(d, at(77)));
    expect(migrationProgress(d, at(500))?.done).toBe(false);
  });
});

describe('domjobabort after the post-copy switch-over', () => {
  it('is refused without --postcopy; with it, the migration is interrupted and fails on both hosts', () => {
    const w = switchedOver();
    const plain = line(w, 'kvm1', 'virsh domjobabort db01', 76);
    expect(plain.stderr).toBe('error: Requested operation is not valid: cannot abort migration in post-copy mode\n');
    expect([state(plain.world, 'kvm1'), state(plain.world, 'kvm2')]).toEqual([
      'paused (post-copy)',
      'running (post-copy)',
    ]);
    const flagged = line(plain.world, 'kvm1', 'virsh domjobabort db01 --postcopy', 77);
    expect(flagged.status).toBe(0);
    expect([state(flagged.world, 'kvm1'), state(flagged.world, 'kvm2')]).toEqual([
      'paused (post-copy failed)',
      'paused (post-copy failed)',
    ]);
  });

  it("--postcopy before the switch-over is refused in libvirt's words", () => {
    const w = line(labWorld(), 'kvm1', 'virsh migrate --live --postcopy db01 kvm2', 0, true).world;
    const r = line(w, 'kvm1', 'virsh domjobabort db01 --postcopy', 5);
    expect(r.stderr).toBe(
      'error: Requested operation is not valid: current job is not outgoing migration in post-copy mode\n',
    );
  });
});
