import { describe, expect, it } from 'vitest';
import { labWorld } from '../../worlds/lab';
import { migrateAbort } from '../migrate/abort';
import { advanceJobs, migrationEndsAt, migrationProgress } from '../migrate/advance';
import { completedMigration } from '../migrate/finish';
import { migrateStart } from '../migrate/start';
import { domainName } from '../../world';
import type { World } from '../../types';

const T0 = 1_000_000;
const copies = (w: World, name: string) =>
  w.hosts.flatMap((h) => h.domains.filter((d) => domainName(d) === name).map((d) => ({ host: h.name, d })));
const uuidOf = (w: World, name: string) => copies(w, name)[0].d.uuid;

function start(w: World, name: string, req: Partial<Parameters<typeof migrateStart>[1]> = {}) {
  const from = copies(w, name)[0].host;
  return migrateStart({ world: w, host: from, now: T0 }, { uuid: uuidOf(w, name), target: 'kvm2', live: true, ...req });
}

describe('migration jobs', () => {
  it('live migration keeps the guest running until stop-and-copy, then it runs on the target', () => {
    const w = labWorld();
    const r = start(w, 'web01', { persistent: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(copies(r.value.world, 'web01')[0].d.state).toBe('running');
    const end = migrationEndsAt(copies(r.value.world, 'web01')[0].d)!;
    expect(end).toBeGreaterThan(T0);
    const mid = advanceJobs(r.value.world, T0 + 1000).world;
    expect(migrationProgress(copies(mid, 'web01')[0].d, T0 + 1000)!.memory_processed).toBeGreaterThan(0);
    const done = advanceJobs(mid, end).world;
    const all = copies(done, 'web01');
    expect(all.map((c) => [c.host, c.d.state, c.d.reason])).toEqual([
      ['kvm1', 'shut off', 'migrated'],
      ['kvm2', 'running', 'migrated'],
    ]);
  });

  it('offline (non-live) migration pauses the guest at once', () => {
    const r = start(labWorld(), 'web01', { live: false });
    expect(r.ok && copies(r.value.world, 'web01')[0].d).toMatchObject({ state: 'paused', reason: 'migrating' });
  });

  it('--undefinesource leaves no copy on the source', () => {
    const r = start(labWorld(), 'web01', { persistent: true, undefineSource: true });
    if (!r.ok) throw new Error(r.error.message);
    const done = advanceJobs(r.value.world, migrationEndsAt(copies(r.value.world, 'web01')[0].d)!).world;
    expect(copies(done, 'web01').map((c) => c.host)).toEqual(['kvm2']);
  });

  it('libvirt --offline needs --persistent and copies no memory', () => {
    const bad = start(labWorld(), 'build01', { live: false, offline: true });
    expect(!bad.ok && bad.error.message).toBe(
      'Requested operation is not valid: offline migration must be specified with the persistent flag set',
    );
    const r = start(labWorld(), 'build01', { live: false, offline: true, persistent: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.plan.transferred_mib).toBe(0);
  });

  const failures: [string, (w: World) => World, Partial<Parameters<typeof migrateStart>[1]>, RegExp][] = [
    [
      'target unreachable',
      (w) => ({ ...w, hosts: w.hosts.map((h) => (h.name === 'kvm2' ? { ...h, reachable: false } : h)) }),
      {},
      /No route to host/,
    ],
    [
      'not enough memory on the target',
      (w) => ({ ...w, hosts: w.hosts.map((h) => (h.name === 'kvm2' ? { ...h, memoryKiB: 3 * 1048576 } : h)) }),
      {},
      /Cannot allocate memory/,
    ],
    ['a domain of that name already on the target', (w) => w, { target: 'kvm2' }, /already exists/],
    ['a different hypervisor', (w) => w, { target: 'xen1' }, /not supported/],
  ];
  for (const [what, prepare, req, message] of failures) {
    it(`refuses when ${what}, changing nothing`, () => {
      let w = prepare(labWorld());
      if (what.includes('already'))
        w = {
          ...w,
          hosts: w.hosts.map((h) =>
            h.name === 'kvm2'
              ? {
                  ...h,
                  domains: [...h.domains, { ...copies(w, 'web01')[0].d, uuid: 'ffffffff-0000-4000-8000-000000000000' }],
                }
              : h,
          ),
        };
      const before = JSON.stringify(w);
      const r = migrateStart(
        { world: w, host: 'kvm1', now: T0 },
        { uuid: copies(w, 'web01').find((c) => c.host === 'kvm1')!.d.uuid, target: 'kvm2', live: true, ...req },
      );
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
      expect(JSON.stringify(w)).toBe(before);
    });
  }

  it('domjobabort and a cut link leave the guest running on its source', () => {
    const r = start(labWorld(), 'web01', { live: false });
    if (!r.ok) throw new Error(r.error.message);
    const aborted = migrateAbort({ world: r.value.world, host: 'kvm1', now: T0 + 500 }, uuidOf(r.value.world, 'web01'));
    if (!aborted.ok) throw new Error(aborted.error.message);
    expect(copies(aborted.value.world, 'web01').map((c) => [c.host, c.d.state, !!c.d.job])).toEqual([
      ['kvm1', 'running', false],
    ]);
    const cut = start(labWorld(), 'web01', { linkCutAtS: 1 });
    if (!cut.ok) throw new Error(cut.error.message);
    const after = advanceJobs(cut.value.world, T0 + 5000).world;
    expect(copies(after, 'web01').map((c) => [c.host, c.d.state, !!c.d.job])).toEqual([['kvm1', 'running', false]]);
  });

  it('each end keeps what the job cost: the figures once completed, why not otherwise', () => {
    const r = start(labWorld(), 'web01', { persistent: true });
    if (!r.ok) throw new Error(r.error.message);
    const done = advanceJobs(r.value.world, migrationEndsAt(copies(r.value.world, 'web01')[0].d)!).world;
    const [source, target] = copies(done, 'web01').map((c) => completedMigration(c.d));
    expect(source).toMatchObject({ incoming: false, progress: { phase: 'completed', done: true } });
    expect(target?.incoming).toBe(true);
    expect(target?.progress.downtime).toBe(source?.progress.downtime);
    expect(source!.progress.memory_processed).toBeGreaterThanOrEqual(source!.progress.memory_total);
    const aborted = migrateAbort({ world: r.value.world, host: 'kvm1', now: T0 + 100 }, uuidOf(r.value.world, 'web01'));
    if (!aborted.ok) throw new Error(aborted.error.message);
    const home = copies(aborted.value.world, 'web01')[0].d;
    expect([home.lastJob, completedMigration(home)]).toEqual([
      { kind: 'migration', stats: { result: 'canceled' } },
      undefined,
    ]);
  });

  it("a migration that fails or is cancelled leaves the last completed one's figures (QEMU sets them only on completion)", () => {
    const r = start(labWorld(), 'web01', { persistent: true });
    if (!r.ok) throw new Error(r.error.message);
    const done = advanceJobs(r.value.world, migrationEndsAt(copies(r.value.world, 'web01')[0].d)!).world;
    const first = completedMigration(copies(done, 'web01')[1].d);
    expect(first?.incoming).toBe(true);
    // Back from kvm2 towards kvm1, over a link that is cut a second in: the job fails on kvm2.
    const back = migrateStart(
      { world: done, host: 'kvm2', now: T0 + 60_000 },
      { uuid: uuidOf(done, 'web01'), target: 'kvm1', live: true, linkCutAtS: 1 },
    );
    if (!back.ok) throw new Error(back.error.message);
    const failed = advanceJobs(back.value.world, T0 + 70_000).world;
    const there = copies(failed, 'web01').find((c) => c.host === 'kvm2')!.d;
    expect(there.lastJob?.stats).toEqual({ result: 'failed', reason: 'link cut' });
    expect(completedMigration(there)).toEqual(first);
    const again = migrateStart(
      { world: failed, host: 'kvm2', now: T0 + 80_000 },
      { uuid: uuidOf(failed, 'web01'), target: 'kvm1', live: true },
    );
    if (!again.ok) throw new Error(again.error.message);
    const aborted = migrateAbort({ world: again.value.world, host: 'kvm2', now: T0 + 80_100 }, there.uuid);
    if (!aborted.ok) throw new Error(aborted.error.message);
    expect(completedMigration(copies(aborted.value.world, 'web01').find((c) => c.host === 'kvm2')!.d)).toEqual(first);
  });

  it('a paused guest stays paused when its migration is cancelled', () => {
    const r = start(labWorld(), 'win10', {});
    if (!r.ok) throw new Error(r.error.message);
    const aborted = migrateAbort({ world: r.value.world, host: 'kvm1', now: T0 + 100 }, uuidOf(r.value.world, 'win10'));
    expect(aborted.ok && copies(aborted.value.world, 'win10')[0].d.state).toBe('paused');
  });

  it('state-changing operations get the job lock error while it runs', async () => {
    const { domainSuspend } = await import('../lifecycle');
    const r = start(labWorld(), 'web01', {});
    if (!r.ok) throw new Error(r.error.message);
    const s = domainSuspend({ world: r.value.world, host: 'kvm1', now: T0 + 10 }, uuidOf(r.value.world, 'web01'));
    expect(!s.ok && s.error.message).toMatch(/cannot acquire state change lock/);
  });
});
