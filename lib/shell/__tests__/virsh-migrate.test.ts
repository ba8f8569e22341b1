import { describe, expect, it } from 'vitest';
import type { World } from '../../sim/types';
import { domainName } from '../../sim/world';
import { labWorld } from '../../sim/worlds/lab';
import { runConsoleLine } from '../console';

const T0 = 1_800_000_000_000;
const copies = (w: World, name: string) =>
  w.hosts.flatMap((h) => h.domains.filter((d) => domainName(d) === name).map((d) => `${h.name}:${d.state}`));
const withHost = (w: World, name: string, patch: object): World => ({
  ...w,
  hosts: w.hosts.map((h) => (h.name === name ? { ...h, ...patch } : h)),
});

function run(world: World, line: string, host = 'kvm1', now = T0) {
  return runConsoleLine({ world, host, line, now });
}

describe('virsh migrate through the shell', () => {
  it('live: the guest ends running on the target and shut off (migrated) on the source with --persistent', () => {
    const r = run(labWorld(), 'virsh migrate --live --persistent web01 qemu+ssh://kvm2.lab/system');
    expect(r.status).toBe(0);
    expect(copies(r.world, 'web01')).toEqual(['kvm1:shut off', 'kvm2:running']);
    const info = run(r.world, 'virsh domjobinfo web01 --completed');
    expect(info.stdout).toMatch(/^Job type: {9}Completed/);
    expect(info.stdout).toMatch(/Total downtime: +\d+ +ms/);
    expect(info.stdout).toMatch(/^Operation: {8}Outgoing migration$/m);
    // The destination reports the same figures under its own job: the incoming side.
    const there = run(r.world, 'virsh domjobinfo web01 --completed', 'kvm2');
    expect(there.stdout).toMatch(/^Operation: {8}Incoming migration$/m);
    expect(there.stdout.replace('Incoming', 'Outgoing')).toBe(info.stdout);
  });

  // The last element: the target whose start failed after qemuProcessInit (its id is spent, nothing else changes).
  const failures: [string, (w: World) => World, string, RegExp, string?][] = [
    [
      'target unreachable',
      (w) => withHost(w, 'kvm2', { reachable: false }),
      'virsh migrate --live web01 qemu+ssh://kvm2.lab/system',
      /No route to host/,
    ],
    [
      'not enough memory on the target',
      (w) => withHost(w, 'kvm2', { memoryKiB: 3 * 1048576 }),
      'virsh migrate --live web01 qemu+ssh://kvm2.lab/system',
      /Cannot allocate memory/,
      'kvm2',
    ],
    [
      'another domain of that name on the target',
      (w) => ({
        ...w,
        hosts: w.hosts.map((h) =>
          h.name === 'kvm1'
            ? {
                ...h,
                domains: [
                  ...h.domains,
                  {
                    ...w.hosts[1].domains[0],
                    uuid: 'ffffffff-0000-4000-8000-000000000001',
                    id: null,
                    state: 'shut off' as const,
                    live: null,
                  },
                ],
              }
            : h,
        ),
      }),
      'virsh migrate --live mail01 qemu+ssh://kvm1.lab/system',
      /already exists/,
    ],
    [
      '--offline without --persistent',
      (w) => w,
      'virsh migrate --offline build01 qemu+ssh://kvm2.lab/system',
      /offline migration must be specified with the persistent flag set/,
    ],
  ];
  for (const [what, prepare, line, message, spent] of failures) {
    it(`refuses when ${what}: error text, exit 1, ${spent ? "only the target's id spent" : 'nothing changes'}`, () => {
      const w = prepare(labWorld());
      const from = line.includes('mail01') ? 'kvm2' : 'kvm1';
      const after = spent ? withHost(w, spent, { nextId: w.hosts.find((h) => h.name === spent)!.nextId + 1 }) : w;
      const r = run(w, line, from);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(JSON.stringify(r.world.hosts)).toBe(JSON.stringify(after.hosts));
    });
  }

  it('migrating back onto a host that keeps the shut-off definition activates that definition', () => {
    const there = run(labWorld(), 'virsh migrate --live --persistent web01 qemu+ssh://kvm2.lab/system').world;
    const back = run(
      there,
      'virsh migrate --live --persistent --undefinesource web01 qemu+ssh://kvm1.lab/system',
      'kvm2',
      T0 + 60_000,
    );
    expect(back.stderr).toBe('');
    expect(copies(back.world, 'web01')).toEqual(['kvm1:running']);
  });

  it('--timeout suspends the guest and completes the copy: one copy, on the target', () => {
    const r = run(labWorld(), 'virsh migrate --live --timeout 1 web01 qemu+ssh://kvm2.lab/system');
    expect(r.status).toBe(0);
    expect(copies(r.world, 'web01')).toEqual(['kvm1:shut off', 'kvm2:running']);
  });

  it('a migration that never converges keeps running; domjobinfo shows it, state changes wait, domjobabort leaves the guest on its source', () => {
    // 1 MiB/s with a 24 MiB/s dirty rate never converges under QEMU's rule.
    const started = run(labWorld(), 'virsh migrate --live db01 qemu+ssh://kvm2.lab/system --bandwidth 1');
    expect(started.status).toBe(0);
    const info = run(started.world, 'virsh domjobinfo db01', 'kvm1', T0 + 5000);
    expect(info.stdout).toMatch(/^Job type: {9}Unbounded/);
    expect(info.stdout).toMatch(/Iteration: +\d+/);
    const locked = run(started.world, 'virsh suspend db01', 'kvm1', T0 + 6000);
    expect(locked.stderr).toMatch(/cannot acquire state change lock/);
    const aborted = run(started.world, 'virsh domjobabort db01', 'kvm1', T0 + 7000);
    expect(aborted.status).toBe(0);
    expect(copies(aborted.world, 'db01')).toEqual(['kvm1:running']);
  });
  it('the destination holds the arriving guest paused (migrating) for the whole copy, and drops it when the job ends without it', () => {
    const started = run(labWorld(), 'virsh migrate --live db01 qemu+ssh://kvm2.lab/system --bandwidth 1');
    expect(started.status).toBe(0);
    expect(copies(started.world, 'db01')).toEqual(['kvm1:running', 'kvm2:paused']);
    const at = (line: string, host = 'kvm2', now = T0 + 5000) => run(started.world, line, host, now);
    expect(at('virsh list').stdout).toMatch(/^ \d+ +db01 +paused *$/m);
    expect(at('virsh domstate db01 --reason').stdout).toBe('paused (migrating)\n\n');
    expect(at('virsh resume db01').stderr).toMatch(
      /cannot acquire state change lock \(held by monitor=remoteDispatchDomainMigratePrepare3Params\) for virDomainResume/,
    );
    expect(at('virsh domjobinfo db01').stdout).toBe(
      'Job type:         Unbounded   \nOperation:        Incoming migration\nTime elapsed:     5000         ms\n\n',
    );
    expect(at('virsh domjobabort db01').stderr).toMatch(
      /cannot abort incoming migration; use virDomainDestroy instead/,
    );
    // Dumps and snapshots take the job too, on either side: none can stop a guest under a migration.
    expect(at('virsh dump --crash db01 /tmp/core').stderr).toMatch(
      /held by monitor=remoteDispatchDomainMigratePrepare3Params\) for virDomainCoreDumpWithFormat/,
    );
    expect(at('virsh dump --crash db01 /tmp/core', 'kvm1').stderr).toMatch(
      /held by monitor=remoteDispatchDomainMigratePerform3Params\) for virDomainCoreDumpWithFormat/,
    );
    expect(at('virsh snapshot-create-as db01 s1 --halt', 'kvm1').stderr).toMatch(
      /cannot acquire state change lock .* for virDomainSnapshotCreateXML/,
    );
    const events = started.world.events
      .filter((e) => e.domain === 'db01')
      .map((e) => `${e.host} ${e.event} ${e.detail}`);
    expect(events).toContain('kvm2 Started Migrated');

    // Cancelled at the source: the target lets it go.
    const aborted = at('virsh domjobabort db01', 'kvm1');
    expect(aborted.status).toBe(0);
    expect(copies(aborted.world, 'db01')).toEqual(['kvm1:running']);

    // Destroyed at the target: the migration fails and the guest runs on at its source.
    const destroyed = at('virsh destroy db01');
    expect(destroyed.status).toBe(0);
    expect(copies(destroyed.world, 'db01')).toEqual(['kvm1:running']);
    expect(run(destroyed.world, 'virsh domjobinfo db01', 'kvm1', T0 + 6000).stdout).toMatch(/^Job type: +None/);
  });

  it('destroy at the source goes through a migration on QEMU (the process is killed first): the migration fails, the target lets go', () => {
    const started = run(labWorld(), 'virsh migrate --live db01 qemu+ssh://kvm2.lab/system --bandwidth 1');
    const destroyed = run(started.world, 'virsh destroy db01', 'kvm1', T0 + 3000);
    expect(destroyed.stdout).toBe("Domain 'db01' destroyed\n\n");
    expect(copies(destroyed.world, 'db01')).toEqual(['kvm1:shut off']);
    const events = destroyed.world.events
      .filter((e) => e.seq > started.world.eventSeq)
      .map((e) => `${e.host} ${e.event} ${e.detail}`);
    expect(events).toEqual([
      'kvm1 Job Failed: the domain was destroyed',
      'kvm2 Stopped Failed',
      'kvm1 Stopped Destroyed',
    ]);
    expect(run(destroyed.world, 'virsh domstate db01 --reason').stdout).toBe('shut off (destroyed)\n\n');
  });

  it('post-copy: after the switch-over the guest runs on the target and the source holds the rest, paused', () => {
    const started = runConsoleLine({
      world: labWorld(),
      host: 'kvm1',
      line: 'virsh migrate --live --postcopy db01 qemu+ssh://kvm2.lab/system --bandwidth 20',
      now: T0,
      background: true,
    });
    // 8 GiB at 20 MiB/s: one pre-copy round of ~410 s, then post-copy.
    const during = run(started.world, 'virsh domstate db01 --reason', 'kvm2', T0 + 430_000);
    expect(during.stdout).toBe('running (post-copy)\n\n');
    expect(run(during.world, 'virsh domstate db01 --reason', 'kvm1', T0 + 430_000).stdout).toBe(
      'paused (post-copy)\n\n',
    );
    const events = during.world.events
      .filter((e) => e.seq > started.world.eventSeq)
      .map((e) => `${e.host} ${e.event} ${e.detail}`);
    expect(events).toEqual(['kvm1 Suspended Post-copy', 'kvm2 Resumed Post-copy']);
    const after = run(during.world, 'virsh domstate db01 --reason', 'kvm2', T0 + 470_000);
    expect(after.stdout).toBe('running (migrated)\n\n');
  });

  it('a persistent copy the target kept comes back shut off when the migration fails, and becomes the running one when it succeeds', () => {
    // web01 goes to kvm2 and back, so kvm2 keeps its definition (shut off, migrated).
    const there = run(labWorld(), 'virsh migrate --live --persistent web01 qemu+ssh://kvm2.lab/system');
    const back = run(there.world, 'virsh migrate --live --persistent web01 qemu+ssh://kvm1.lab/system', 'kvm2');
    expect(copies(back.world, 'web01')).toEqual(['kvm1:running', 'kvm2:shut off']);
    const again = run(back.world, 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system --bandwidth 1');
    expect(copies(again.world, 'web01')).toEqual(['kvm1:running', 'kvm2:paused']);
    const cancelled = run(again.world, 'virsh domjobabort web01', 'kvm1', T0 + 1000);
    expect(copies(cancelled.world, 'web01')).toEqual(['kvm1:running', 'kvm2:shut off']);
    expect(run(cancelled.world, 'virsh dominfo web01', 'kvm2').stdout).toMatch(/Persistent: +yes/);
  });
});
