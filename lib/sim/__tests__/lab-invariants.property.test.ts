import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../../shell/console';
import { freeMemoryKiB } from '../host-memory';
import { hostCpuCount } from '../host-cpus';
import { incomingOf, migrationJobOf } from '../ops/migrate/jobs';
import { isActive } from '../states';
import { sharedWriters } from '../storage-sharing';
import type { World } from '../types';
import { labWorld } from '../worlds/lab';

/**
 * Model-based: random operations across the lab's four hosts (two KVM, two Xen) — lifecycle,
 * memory, vCPUs, pinning, save/restore, migrations and the passing of time — with the lab's invariants
 * checked after every one (issue #10, "Invariants the lab keeps"). 250 runs × 40 = 10,000 operations.
 */
const KVM = ['kvm1', 'kvm2'];
const XEN = ['xen1', 'xen2'];
const KVM_GUESTS = ['web01', 'db01', 'win10', 'build01', 'mail01', 'test01'];
const XEN_GUESTS = ['pv-web', 'hvm-win', 'pv-db', 'pv-app'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const size = pick(['512M', '1G', '2G', '3G', '6G', '7G', '9G', '15G', '40G']);
const mode = pick(['', ' --live', ' --config', ' --live --config']);

const common = (names: string[]) => [
  fc
    .tuple(
      pick(['start', 'shutdown', 'reboot', 'destroy', 'suspend', 'resume', 'managedsave', 'undefine']),
      pick(names),
    )
    .map(([a, n]) => `virsh ${a} ${n}`),
  fc.tuple(pick(['setmem', 'setmaxmem']), pick(names), size, mode).map(([c, n, s, m]) => `virsh ${c} ${n} ${s}${m}`),
  fc
    .tuple(pick(names), fc.integer({ min: 0, max: 3 }), pick(['0', '3', '7', '15', '0-15', '8-15']), mode)
    .map(([n, v, l, m]) => `virsh vcpupin ${n} ${v} ${l}${m}`),
  fc.tuple(pick(names), fc.integer({ min: 1, max: 4 }), mode).map(([n, c, m]) => `virsh setvcpus ${n} ${c}${m}`),
  fc.tuple(pick(names), pick(['a.sav', 'b.sav'])).map(([n, f]) => `virsh save ${n} /root/${f}`),
  pick(['virsh restore /root/a.sav', 'virsh restore /root/b.sav']),
];

const kvmLine = fc.oneof(
  ...common(KVM_GUESTS),
  fc
    .tuple(
      pick(KVM_GUESTS),
      pick(KVM),
      pick(['--live', '--live --postcopy', '--live --postcopy --postcopy-after-precopy', '']),
      pick(['', ' --persistent', ' --persistent --undefinesource']),
    )
    .map(([n, t, f, p]) => `virsh migrate ${f}${p} ${n} qemu+ssh://${t}.lab/system`),
);
const xenLine = fc.oneof(
  ...common(XEN_GUESTS),
  fc
    .tuple(pick(['mem-set', 'mem-max']), pick(XEN_GUESTS), pick(['512', '2048', '6144', '7168', '15000']))
    .map(([c, n, m]) => `xm ${c} ${n} ${m}`),
  fc.tuple(pick(XEN_GUESTS), pick(XEN)).map(([n, t]) => `xm migrate -l ${n} ${t}`),
  fc.tuple(pick(['start', 'new', 'create']), pick(XEN_GUESTS)).map(([c, n]) => `xm ${c} ${n}`),
);
/** A host, a line, seconds to wait before it, and whether a migration is left running (as the UI's is). */
const step = fc.oneof(
  fc.tuple(pick(KVM), kvmLine, fc.integer({ min: 0, max: 90 }), fc.boolean()),
  fc.tuple(pick(XEN), xenLine, fc.integer({ min: 0, max: 90 }), fc.boolean()),
);

/** Every copy of a domain that is active, by UUID: host and whether a migration links it to another copy. */
function activeCopies(world: World) {
  const copies = new Map<string, { host: string; out?: string; from?: string }[]>();
  for (const h of world.hosts)
    for (const d of h.domains) {
      if (!isActive(d.state)) continue;
      const out = migrationJobOf(d)?.targetHost;
      const from = incomingOf(d)?.source;
      copies.set(d.uuid, [...(copies.get(d.uuid) ?? []), { host: h.name, out, from }]);
    }
  return copies;
}

/** Guests and images the console warned about: the lab's Xen hosts have no lock manager (decision 023). */
type Warned = { uuids: Set<string>; paths: Set<string> };

/**
 * The invariants broken in `world`, as sentences; none when it is sound. Plain comparisons, with
 * one `expect` per operation on the list: an `expect` per check cost half the test's time (chai's
 * proxies, ~15 checks × 10,000 operations).
 */
function labViolations(world: World, warned: Warned): string[] {
  const broken: string[] = [];
  // A guest runs on one host; two copies only while a migration links them (source → target).
  for (const [uuid, on] of activeCopies(world)) {
    if (on.length === 1 || warned.uuids.has(uuid)) continue;
    if (on.length !== 2) {
      broken.push(`${uuid} active on ${on.map((c) => c.host)}`);
      continue;
    }
    const [a, b] = on;
    const linked = (a.out === b.host && b.from === a.host) || (b.out === a.host && a.from === b.host);
    if (!linked) broken.push(`${uuid} active on ${a.host} and ${b.host} without a migration between them`);
  }
  // A writable disk is held by one running guest across the storage a hypervisor's hosts share.
  const holders = new Map<string, string[]>();
  for (const h of world.hosts)
    for (const d of h.domains) {
      if (!isActive(d.state) || incomingOf(d)) continue;
      for (const k of d.live!.disks)
        if (!k.readonly && k.device === 'disk') holders.set(k.source, [...(holders.get(k.source) ?? []), h.name]);
    }
  for (const [path, on] of holders)
    if (on.length !== 1 && !warned.paths.has(path)) broken.push(`${path} open for writing on ${on}`);
  for (const h of world.hosts) {
    // Memory: what the guests, Domain-0 and hand-started QEMUs hold fits in the host's RAM.
    const free = freeMemoryKiB(h);
    if (free < 0) broken.push(`free memory on ${h.name} is ${free} KiB`);
    const cpus = hostCpuCount(h);
    for (const d of h.domains) {
      if (!d.live) continue;
      // Pins of online vCPUs only: libvirt keeps an offline vCPU's pin without writing its cgroup
      // (qemuDomainPinVcpuLive), so one may name a CPU a migration's target lacks until it goes online.
      for (const [v, pins] of Object.entries(d.live.vcpupin))
        for (const c of Number(v) < d.live.vcpus ? pins : [])
          if (c >= cpus) broken.push(`${h.name} ${d.live.name} vCPU ${v} pinned to CPU ${c} of ${cpus}`);
      // A guest the user had paused is never switched to post-copy: nothing runs on the target.
      if (migrationJobOf(d)?.wasPaused && d.reason === 'post-copy')
        broken.push(`${d.live.name} on ${h.name}: a paused guest switched to post-copy`);
    }
  }
  return broken;
}

describe('the lab keeps its invariants under random operations on every host', () => {
  it('10,000 operations: one host per guest, one writer per disk, memory within RAM, pins within the host, no post-copy of a paused guest', () => {
    let ops = 0;
    // Built once (it formats every guest's XML): each run starts from its own copy.
    const start = labWorld();
    fc.assert(
      fc.property(fc.array(step, { minLength: 40, maxLength: 40 }), (steps) => {
        let world = structuredClone(start);
        let now = 1_700_000_000_000;
        const warned: Warned = { uuids: new Set(), paths: new Set() };
        for (const [host, line, waitS, background] of steps) {
          now += 1000 + waitS * 1000;
          const r = runConsoleLine({ world, host, line, now, background });
          if (/TypeError|ReferenceError|at .*\.ts:\d+/.test(r.stderr)) expect.fail(`${line}: ${r.stderr}`);
          world = r.world;
          ops++;
          // A second writer of a Xen image is allowed, never silently: the console says so.
          for (const s of sharedWriters(world)) {
            if (warned.paths.has(s.path)) continue;
            expect(r.stderr, `${line}: no warning for ${s.path}`).toContain(
              `virtlab: warning: ${s.path} is now written by`,
            );
            expect(
              s.writers.every((w) => XEN.includes(w.host)),
              `${s.path} written twice on KVM`,
            ).toBe(true);
            warned.paths.add(s.path);
            for (const h of world.hosts)
              for (const d of h.domains) if (d.live?.disks.some((k) => k.source === s.path)) warned.uuids.add(d.uuid);
          }
          const broken = labViolations(world, warned);
          if (broken.length) expect(broken, `after "${line}" on ${host}`).toEqual([]);
        }
      }),
      { numRuns: 250, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
    expect(ops).toBeGreaterThanOrEqual(10_000);
  }, 120_000);
});
