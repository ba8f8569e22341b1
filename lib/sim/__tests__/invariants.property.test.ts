import { advanceJobs } from '../ops/migrate/advance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../../shell/console';
import { allowedFrom, outcomeOf, transitionFor, type LifecycleAction } from '../transitions';
import { isActive } from '../states';
import type { World } from '../types';
import { currentDef, domainName } from '../world';
import { labWorld } from '../worlds/lab';

const hosts = ['kvm1', 'kvm2', 'xen1', 'xen2'];
const names = [
  'web01',
  'db01',
  'win10',
  'build01',
  'mail01',
  'test01',
  'pv-web',
  'hvm-win',
  'pv-db',
  'pv-app',
  'nosuch',
];
const lifecycle: LifecycleAction[] = [
  'start',
  'shutdown',
  'reboot',
  'reset',
  'destroy',
  'suspend',
  'resume',
  'managedsave',
  'undefine',
];

const command = fc.oneof(
  fc.tuple(fc.constantFrom(...lifecycle), fc.constantFrom(...names)).map(([a, n]) => `virsh ${a} ${n}`),
  fc
    .tuple(
      fc.constantFrom(...names),
      fc.constantFrom('512M', '1G', '2G', '9G', '0', 'abc', '1.5G'),
      fc.constantFrom('', ' --config', ' --live', ' --current'),
    )
    .map(([n, s, f]) => `virsh setmem ${n} ${s}${f}`),
  fc
    .tuple(
      fc.constantFrom(...names),
      fc.integer({ min: -1, max: 9 }),
      fc.constantFrom('', ' --config', ' --maximum --config'),
    )
    .map(([n, c, f]) => `virsh setvcpus ${n} ${c}${f}`),
  fc
    .tuple(
      fc.constantFrom(...names),
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom('0', '1-3', '0-2,^1', '7', '64', 'r', 'x'),
    )
    .map(([n, v, l]) => `virsh vcpupin ${n} ${v} ${l}`),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom('', ' --disable')).map(([n, f]) => `virsh autostart ${n}${f}`),
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom('a.sav', '/root/b.sav', '/nonexistent/c.sav'))
    .map(([n, f]) => `virsh save ${n} ${f}`),
  fc.constantFrom('virsh restore a.sav', 'virsh restore /root/b.sav', 'virsh restore missing.sav'),
);

/**
 * The rules `world` breaks, as sentences; none when it keeps them. Plain comparisons and one
 * `expect` per line on the list: an `expect` per check was half the test's time (chai's proxies).
 */
function violations(world: World): string[] {
  const broken: string[] = [];
  const activeHosts = new Map<string, string[]>();
  for (const h of world.hosts) {
    const ids = h.domains.filter((d) => isActive(d.state)).map((d) => d.id);
    if (new Set(ids).size !== ids.length) broken.push(`ids not unique on ${h.name}: ${ids}`);
    const cpus = h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;
    for (const d of h.domains) {
      const name = `${h.name}/${domainName(d)}`;
      // A preserved Xen domain is shut off but still held, with its live definition.
      if ((isActive(d.state) || !!d.preserved) !== (d.live !== null))
        broken.push(`${name} is ${d.state} with live ${d.live !== null}`);
      for (const def of [d.live, d.config]) {
        if (!def) continue;
        if (def.currentMemoryKiB > def.memoryKiB)
          broken.push(`${name}: current memory ${def.currentMemoryKiB} > maximum ${def.memoryKiB}`);
        if (def.vcpus > def.vcpuMax) broken.push(`${name}: ${def.vcpus} vCPUs > maximum ${def.vcpuMax}`);
        for (const pins of Object.values(def.vcpupin))
          for (const c of pins) if (c >= cpus) broken.push(`${name}: pinned to CPU ${c} of ${cpus}`);
      }
      if (isActive(d.state)) activeHosts.set(d.uuid, [...(activeHosts.get(d.uuid) ?? []), h.name]);
    }
  }
  for (const [uuid, on] of activeHosts) if (on.length !== 1) broken.push(`active domain ${uuid} on ${on}`);
  return broken;
}

const stateOf = (w: World, host: string, name: string) => {
  const d = w.hosts.find((h) => h.name === host)!.domains.find((x) => domainName(x) === name);
  return d ? { state: d.state, def: currentDef(d) } : undefined;
};

describe('simulator invariants under random virsh command sequences', () => {
  it('keeps memory, vCPU, pinning, id and placement rules; failures change nothing; only legal transitions', () => {
    // Built once (it formats every guest's XML): each run starts from its own copy.
    const start = labWorld();
    fc.assert(
      fc.property(fc.constantFrom(...hosts), fc.array(command, { minLength: 1, maxLength: 20 }), (host, lines) => {
        let world = structuredClone(start);
        let now = 1_700_000_000_000;
        for (const line of lines) {
          now += 1000;
          // What time does on its own (a guest answering a shutdown asked for earlier) is not the line's doing.
          world = advanceJobs(world, now).world;
          const before = JSON.stringify(world.hosts);
          const [, action, name] = line.split(' ');
          const from = stateOf(world, host, name);
          const r = runConsoleLine({ world, host, line, now });
          if (/TypeError|ReferenceError|at .*\.ts:\d+/.test(r.stderr)) expect.fail(`${line}: ${r.stderr}`);
          if (r.status !== 0 && JSON.stringify(r.world.hosts) !== before)
            expect(JSON.stringify(r.world.hosts), `failed "${line}" changed nothing`).toBe(before);
          const to = stateOf(r.world, host, name);
          // A QEMU suspend of a paused guest (a Xen resume of a running one) succeeds as a no-op: only real changes are
          // transitions. A QEMU or Xen guest only takes a reboot (or shutdown) request, answered later.
          const driver = world.hosts.find((h) => h.name === host)!.driver;
          const changed =
            JSON.stringify(from) !== JSON.stringify(to) ||
            ['start', 'reset', 'managedsave'].includes(action) ||
            (action === 'reboot' && driver === 'test');
          if (r.status === 0 && from && changed && (lifecycle as string[]).includes(action) && action !== 'undefine') {
            const allowed = allowedFrom(transitionFor(action as LifecycleAction), driver);
            if (!allowed.includes(from.state)) expect(allowed, line).toContain(from.state);
            const o = outcomeOf(transitionFor(action as LifecycleAction), from.state);
            const expected = o === 'unchanged' ? from.state : o === 'removed' ? undefined : o.state;
            // start --paused is start's one flag that changes where it ends.
            if (to && to.state !== expected && !(action === 'start' && to.state === 'paused'))
              expect(to.state, `${line}: from ${from.state}`).toBe(expected);
          }
          world = r.world;
          const broken = violations(world);
          if (broken.length) expect(broken, `after "${line}" on ${host}`).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  }, 240_000);
});
