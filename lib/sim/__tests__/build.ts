import type { Domain, DomainState, Driver, Host, World } from '../types';
import { makeDef, makeDomain, makeWorld } from '../worlds/builders';
import { testDriverHost } from '../worlds/test-default';

/** Small builders for simulator tests: a host of any driver, a world of hosts, a guest in any state. */
export const GUEST_UUID = '7e2b1f3a-0000-4000-8000-000000000001';

export function makeHost(name: string, driver: Driver, domains: Domain[] = []): Host {
  const hypervisor = { test: 'TEST', qemu: 'QEMU', xen: 'Xen' }[driver];
  return { ...testDriverHost(name, `${driver}:///${name}`), driver, hypervisor, hostname: `${name}.lab`, domains };
}

/** A persistent guest `g` in `state` (an active one with id 1 and a plausible reason). */
export function guest(state: DomainState, reason?: string): Domain {
  const d = makeDomain(makeDef('g', GUEST_UUID), { state, reason, id: 1 });
  return { ...d, reason: reason ?? (state === 'shut off' ? 'shutdown' : state === 'running' ? 'booted' : 'unknown') };
}

/** Host `h` of `driver` holding `d`, and an empty host `h2` of the same driver to migrate to. */
export const worldOf = (driver: Driver, d: Domain): World =>
  makeWorld([{ ...makeHost('h', driver, [d]), nextId: 2 }, makeHost('h2', driver)]);
