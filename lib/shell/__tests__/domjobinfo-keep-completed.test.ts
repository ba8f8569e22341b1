import { describe, expect, it } from 'vitest';
import type { World } from '../../sim/types';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';

const T0 = 1_800_000_000_000;
const run = (world: World, line: string, host = 'kvm1') => runConsoleLine({ world, host, line, now: T0 });
const NONE = /^Job type: +None/;

describe('domjobinfo --completed on a QEMU host (qemuDomainGetJobStats)', () => {
  const migrated = () => run(labWorld(), 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system').world;

  it('frees the completed job once read: a second read says None', () => {
    const first = run(migrated(), 'virsh domjobinfo web01 --completed');
    expect(first.stdout).toMatch(/^Job type: {9}Completed/);
    expect(run(first.world, 'virsh domjobinfo web01 --completed').stdout).toMatch(NONE);
  });

  it('keeps it with --keep-completed, on the source and on the destination alike', () => {
    let w = migrated();
    for (const host of ['kvm1', 'kvm2']) {
      for (let i = 0; i < 2; i++) {
        const kept = run(w, 'virsh domjobinfo web01 --completed --keep-completed', host);
        expect(kept.stdout).toMatch(/^Job type: {9}Completed/);
        w = kept.world;
      }
      w = run(w, 'virsh domjobinfo web01 --completed', host).world;
      expect(run(w, 'virsh domjobinfo web01 --completed', host).stdout).toMatch(NONE);
    }
  });

  it('a read-only connection frees them too; the lab keeps its own record of the migration', () => {
    const read = run(migrated(), 'virsh -r domjobinfo web01 --completed');
    expect(read.stdout).toMatch(/^Job type: {9}Completed/);
    expect(run(read.world, 'virsh domjobinfo web01 --completed').stdout).toMatch(NONE);
    // The lab's own record of the migration stays (lessons and the migration page read it).
    const d = read.world.hosts.find((h) => h.name === 'kvm1')!.domains.find((x) => x.config?.name === 'web01');
    expect(d?.lastJob?.stats.result).toBe('completed');
  });
});
