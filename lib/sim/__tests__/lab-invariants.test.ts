import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../../shell/console';
import { migrationChecks } from '../../shell/migrate-checks';
import { freeMemoryKiB } from '../host-memory';
import type { World } from '../types';
import { domainByName, findHost } from '../world';
import { labWorld } from '../worlds/lab';

/** Runs console lines `[host, line, background?]` in order, a second apart, on the lab; each answer in turn. */
function session(steps: [string, string, boolean?][], start: World = labWorld()) {
  let world = start;
  let now = 1_700_000_000_000;
  const out: { stdout: string; stderr: string; status: number }[] = [];
  for (const [host, line, background] of steps) {
    now += 1000;
    const r = runConsoleLine({ world, host, line, now, background });
    world = r.world;
    out.push(r);
  }
  return { world, out, now };
}
const state = (w: World, host: string, name: string) => {
  const d = domainByName(findHost(w, host)!, name);
  return d && `${d.state} (${d.reason})`;
};

describe("issue #10's invariants, each as it was found", () => {
  it('Xen: setmaxmem then setmem never takes more memory than the host has; xm list and freecell agree', () => {
    const { world, out } = session([
      ['xen2', 'xm mem-max pv-app 8192'],
      ['xen2', 'xm mem-set pv-app 7168'],
      ['xen2', 'xm list'],
      ['xen2', 'virsh freecell'],
      ['xen2', 'virsh setmem pv-app 7G --live'],
    ]);
    const h = findHost(world, 'xen2')!;
    expect(freeMemoryKiB(h)).toBeGreaterThanOrEqual(0);
    // Domain-0 2048 + Xen 64: pv-app's balloon can claim 8192 − 2112 = 6080 MiB, not 7168.
    expect(out[2].stdout).toMatch(/^pv-app +1 +6080 /m);
    const used = [...out[2].stdout.matchAll(/^\S+ +\d+ +(\d+) /gm)].reduce((a, m) => a + Number(m[1]), 0);
    expect(used).toBeLessThanOrEqual(8192);
    expect(out[3].stdout).not.toMatch(/Total: [1-9]/);
    expect(out[4].status).toBe(0);
  });

  it("Xen: a start that needs more memory than is free fails with libxl's words and changes nothing", () => {
    const { world, out } = session([
      ['xen1', 'virsh setmaxmem pv-db 15G --config'],
      ['xen1', 'virsh setmem pv-db 14G --config'],
      ['xen1', 'virsh start pv-db'],
    ]);
    expect(out[2].stderr).toBe(
      "error: Failed to start domain 'pv-db'\nerror: internal error: libxenlight failed to get free memory for domain 'pv-db'\n",
    );
    expect(state(world, 'xen1', 'pv-db')).toBe('shut off (shutdown)');
  });

  it("an offline vCPU's pin to a CPU the target lacks migrates with it; bringing that vCPU online there fails in its cgroup", () => {
    const { world, out } = session([
      ['kvm1', 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system'],
      ['kvm2', 'virsh vcpupin web01 2 8-15'],
      ['kvm2', 'virsh migrate --live web01 qemu+ssh://kvm1.lab/system'],
      ['kvm1', 'virsh setvcpus web01 3 --live'],
      ['kvm1', 'virsh vcpucount web01 --live --active'],
    ]);
    expect(out.slice(0, 3).map((o) => o.status)).toEqual([0, 0, 0]);
    expect(out[3].stderr).toMatch(
      /^error: Unable to write to '\/sys\/fs\/cgroup\/machine\.slice\/machine-qemu\\x2d\d+\\x2dweb01\.scope\/libvirt\/vcpu2\/cpuset\.cpus': Invalid argument\n$/,
    );
    expect(out[4].stdout.trim()).toBe('2');
    expect(state(world, 'kvm1', 'web01')).toBe('running (migrated)');
  });

  it('a guest pinned to CPU 15 cannot migrate to an 8-CPU host: the target refuses the pin and the guest stays', () => {
    const { world, out } = session([
      ['kvm2', 'virsh vcpupin mail01 0 15'],
      ['kvm2', 'virsh migrate --live mail01 qemu+ssh://kvm1.lab/system'],
    ]);
    expect(out[0].status).toBe(0);
    expect(out[1].stderr).toBe(
      "error: Unable to write to '/sys/fs/cgroup/machine.slice/machine-qemu\\x2d4\\x2dmail01.scope/libvirt/vcpu0/cpuset.cpus': Invalid argument\n",
    );
    expect(state(world, 'kvm2', 'mail01')).toBe('running (booted)');
    expect(domainByName(findHost(world, 'kvm1')!, 'mail01')).toBeUndefined();
    // The migrate dialog's preconditions say so before anything runs.
    const d = domainByName(findHost(world, 'kvm2')!, 'mail01')!;
    const req = {
      target: 'kvm1',
      tool: 'virsh',
      live: true,
      offline: false,
      persistent: false,
      suspend: false,
      autoConverge: false,
      postcopy: false,
    } as const;
    expect(migrationChecks(world, 'kvm2', d, req).find((c) => c.id === 'pins')).toEqual({
      id: 'pins',
      label: 'vCPU pins fit the target',
      ok: false,
      detail: "mail01's vCPU 0 is pinned to CPU 15; kvm1 has CPUs 0-7",
      labelCode: 'pins',
      reasons: [{ code: 'pinBeyond', values: { name: 'mail01', vcpu: '0', cpu: '15', target: 'kvm1', last: '7' } }],
    });
  });

  it("an incoming migration whose target start fails spends the target's id and leaves its definition shut off (failed)", () => {
    // qemuMigrationDstPrepareActive: qemuProcessInit allocates the id, Launch fails at the cpuset,
    // the error path stops the process with VIR_DOMAIN_SHUTOFF_FAILED; no event, the source runs on.
    const { world, out } = session([
      ['kvm2', 'virsh migrate --offline --persistent mail01 qemu+ssh://kvm1.lab/system'],
      ['kvm2', 'virsh vcpupin mail01 0 15'],
      ['kvm2', 'virsh migrate --live mail01 qemu+ssh://kvm1.lab/system'],
      ['kvm1', 'virsh domstate mail01 --reason'],
      ['kvm1', 'virsh start build01'],
      ['kvm1', 'virsh domid build01'],
    ]);
    expect(out.map((o) => o.status)).toEqual([0, 0, 1, 0, 0, 0]);
    expect(out[2].stderr).toContain('machine-qemu\\x2d4\\x2dmail01.scope');
    expect(out[3].stdout).toBe('shut off (failed)\n\n');
    expect(out[5].stdout).toBe('5\n\n');
    expect(state(world, 'kvm2', 'mail01')).toBe('running (booted)');
    // Only the offline migration's definition: the failed arrival sent nothing.
    const kvm1Events = world.events.filter((e) => e.host === 'kvm1' && e.domain === 'mail01');
    expect(kvm1Events.map((e) => `${e.event} ${e.detail}`)).toEqual(['Defined Migrated']);
  });

  it('a target without the memory for the guest spends its id too (QEMU exits in Launch)', () => {
    const { out } = session([
      ['kvm2', 'virsh setmaxmem mail01 20G --config'],
      ['kvm2', 'virsh setmem mail01 20G --config'],
      ['kvm2', 'virsh destroy mail01'],
      ['kvm2', 'virsh start mail01'],
      ['kvm2', 'virsh migrate --live mail01 qemu+ssh://kvm1.lab/system'],
      ['kvm1', 'virsh start build01'],
      ['kvm1', 'virsh domid build01'],
    ]);
    expect(out.map((o) => o.status)).toEqual([0, 0, 0, 0, 1, 0, 0]);
    expect(out[4].stderr).toContain("cannot set up guest memory 'pc.ram': Cannot allocate memory");
    expect(out[6].stdout).toBe('5\n\n');
  });

  it('snapshot-revert --force whose new start fails: the guest was stopped (Stopped FromSnapshot), no Started, the id spent, the current snapshot kept', () => {
    // qemuSnapshotRevertInactive queues the stop's event before qemuProcessStart; a failed start
    // returns before qemuSnapshotRevertWriteMetadata (which sets the current snapshot).
    const { world, out } = session([
      ['kvm1', 'virsh snapshot-create-as build01 cold'],
      ['kvm1', 'virsh start build01'],
      ['kvm1', 'virsh snapshot-create-as build01 hot'],
      ['kvm1', 'virsh net-destroy default'],
      ['kvm1', 'virsh snapshot-revert build01 cold --running --force'],
      ['kvm1', 'virsh domstate build01 --reason'],
      ['kvm1', 'virsh snapshot-current build01 --name'],
      ['kvm1', 'virsh net-start default'],
      ['kvm1', 'virsh start build01'],
      ['kvm1', 'virsh domid build01'],
    ]);
    expect(out.map((o) => o.status)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(out[4].stderr).toBe("error: Requested operation is not valid: network 'default' is not active\n");
    expect(out[5].stdout).toBe('shut off (failed)\n\n');
    expect(out[6].stdout).toBe('hot\n');
    expect(out[9].stdout).toBe('6\n\n');
    const events = world.events.filter((e) => e.domain === 'build01').map((e) => `${e.event} ${e.detail}`);
    expect(events).toEqual(['Started Booted', 'Stopped From snapshot', 'Started Booted']);
  });

  it('post-copy of a guest the user paused never switches: it stays paused and arrives paused', () => {
    const { world, out } = session([
      ['kvm1', 'virsh migrate --live --postcopy --postcopy-after-precopy win10 qemu+ssh://kvm2.lab/system', true],
    ]);
    expect(out[0].status).toBe(0);
    let w = world;
    for (let s = 1; s <= 90; s++) {
      w = runConsoleLine({ world: w, host: 'kvm1', line: 'true', now: 1_700_000_001_000 + s * 1000 }).world;
      expect(state(w, 'kvm1', 'win10')).not.toMatch(/post-copy/);
      expect(state(w, 'kvm2', 'win10') ?? '').not.toMatch(/^running/);
    }
    expect(state(w, 'kvm2', 'win10')).toMatch(/^paused/);
  });

  it('after a migration the stale source definition cannot start: QEMU cannot lock the shared image', () => {
    const { world, out } = session([
      ['kvm1', 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system'],
      ['kvm1', 'virsh start web01'],
    ]);
    expect(out[0].status).toBe(0);
    expect(out[1].stderr).toMatch(
      /^error: Failed to start domain 'web01'\nerror: internal error: process exited while connecting to monitor: 2023-11-14T22:13:22\.000000Z qemu-system-x86_64: -blockdev \{"node-name":"libvirt-1-format","read-only":false,"driver":"qcow2","file":"libvirt-1-storage","backing":null\}: Failed to get "write" lock\nIs another process using the image \[\/var\/lib\/libvirt\/images\/web01\.qcow2\]\?\n$/,
    );
    // QEMU exited after qemuProcessInit gave it an id: qemuProcessStop leaves it shut off (failed).
    expect(state(world, 'kvm1', 'web01')).toBe('shut off (failed)');
    expect(state(world, 'kvm2', 'web01')).toBe('running (migrated)');
  });

  it('an old save image cannot be restored on another host while the guest runs there', () => {
    const { world, out } = session([
      ['kvm1', 'virsh save web01 /root/web01.sav'],
      ['kvm1', 'virsh start web01'],
      ['kvm1', 'virsh migrate --live --undefinesource web01 qemu+ssh://kvm2.lab/system'],
      ['kvm1', 'virsh restore /root/web01.sav'],
    ]);
    expect(out.slice(0, 3).map((o) => o.status)).toEqual([0, 0, 0]);
    expect(out[3].stderr).toMatch(
      /Failed to get "write" lock\nIs another process using the image \[\/var\/lib\/libvirt\/images\/web01\.qcow2\]\?/,
    );
    expect(domainByName(findHost(world, 'kvm1')!, 'web01')).toBeUndefined();
  });

  it('Xen takes no lock: the stale definition starts, and the console says the image now has two writers', () => {
    const { world, out } = session([
      ['xen2', 'xm migrate -l pv-app xen1'],
      ['xen2', 'xm start pv-app'],
    ]);
    expect(out[1].status).toBe(0);
    expect(out[1].stderr).toContain(
      'virtlab: warning: /var/lib/xen/images/pv-app.img is now written by pv-app on xen1 and pv-app on xen2',
    );
    expect(state(world, 'xen2', 'pv-app')).toMatch(/^running/);
  });
});
